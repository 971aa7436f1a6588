package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// lexNames are the lexicographer file names of WordNet 3.0 by number (lexnames(5WN)), nouns and
// verbs only (03–44).
var lexNames = map[int]string{3: "noun.Tops", 4: "noun.act", 5: "noun.animal", 6: "noun.artifact", 7: "noun.attribute",
	8: "noun.body", 9: "noun.cognition", 10: "noun.communication", 11: "noun.event", 12: "noun.feeling", 13: "noun.food",
	14: "noun.group", 15: "noun.location", 16: "noun.motive", 17: "noun.object", 18: "noun.person", 19: "noun.phenomenon",
	20: "noun.plant", 21: "noun.possession", 22: "noun.process", 23: "noun.quantity", 24: "noun.relation", 25: "noun.shape",
	26: "noun.state", 27: "noun.substance", 28: "noun.time", 29: "verb.body", 30: "verb.change", 31: "verb.cognition",
	32: "verb.communication", 33: "verb.competition", 34: "verb.consumption", 35: "verb.contact", 36: "verb.creation",
	37: "verb.emotion", 38: "verb.motion", 39: "verb.perception", 40: "verb.possession", 41: "verb.social", 42: "verb.stative",
	43: "verb.weather"}

const lexnameHeader = "" +
	"# The lexicographer file of the first (most frequent) sense of WordNet 3.0's one-word nouns and\n" +
	"# verbs whose senses the SemCor corpus tags at least once (index.POS tagsense_cnt > 0), for the\n" +
	"# learned stance layer's features (stance/wordnet.go: \"wn=verb.communication\"). Generated from\n" +
	"# index.noun, index.verb, data.noun and data.verb (first synset offset → its lex_filenum) by\n" +
	"#   go run ./tools/wordnetclass -class lexname -o data/stance/wordnet-lexnames.txt\n" +
	"# (Debian wordnet-base 1:3.0, /usr/share/wordnet); do not edit by hand.\n" +
	"# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence notice:\n" +
	"# data/wordclasses/README.md (WordNet) and data/frames/source/LICENSE-wordnet.txt.\n" +
	"# Format: lexicographer file | word word …\n"

// lexnameLines returns "lexname | words" lines, nouns then verbs, lexnames and words sorted, at
// most 20 words a line.
func lexnameLines(dir string) ([]string, error) {
	var out []string
	for _, pos := range []string{"noun", "verb"} {
		lexfile, err := lexFiles(filepath.Join(dir, "data."+pos))
		if err != nil {
			return nil, err
		}
		by := map[string][]string{}
		path := filepath.Join(dir, "index."+pos)
		err = eachEntry(path, func(_ string, fs []string) error {
			if len(fs) < 4 || !oneWord(fs[0]) {
				return nil
			}
			ptrs, err := strconv.Atoi(fs[3])
			if err != nil || len(fs) < 4+ptrs+3 {
				return fmt.Errorf("%s: %s: malformed entry", path, fs[0])
			}
			if tagged, err := strconv.Atoi(fs[4+ptrs+1]); err != nil || tagged == 0 {
				return err
			}
			if name, ok := lexNames[lexfile[fs[4+ptrs+2]]]; ok {
				by[name] = append(by[name], fs[0])
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		names := make([]string, 0, len(by))
		for n := range by {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			ws := by[n]
			sort.Strings(ws)
			for i := 0; i < len(ws); i += 20 {
				out = append(out, n+" | "+strings.Join(ws[i:min(i+20, len(ws))], " "))
			}
		}
	}
	return out, nil
}
