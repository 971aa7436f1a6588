package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
)

// judgementRoot is a verb synset whose troponyms (WordNet's hyponym pointers "~" between verb
// synsets, "to V1 is to V2 in some manner", Fellbaum 1998, ch. 3) name one stance: the lemma's
// sense (1-based, in index.verb's frequency order), how many troponym levels below it are taken,
// and the source key written beside each word.
type judgementRoot struct {
	lemma string
	sense int
	depth int
	key   string
}

// Troponym chains drift from the root's meaning further down ("praise" → "applaud" → "cheer" →
// "lighten": to make more cheerful), so each root is taken to the depth whose lemmas are still
// kinds of it; criticize's third level holds vilify and revile (attack.v.02 → abuse.v.02 →
// vilify), praise's and endorse's next ones hold cheering and guaranteeing.
var judgementRoots = map[string][]judgementRoot{
	"disapprove": {{"criticize", 1, 3, "wordnet-criticize"}, {"dislike", 1, 2, "wordnet-dislike"}},
	"approve":    {{"praise", 1, 2, "wordnet-praise"}, {"endorse", 1, 1, "wordnet-endorse"}},
}

// disapproveHeader and approveHeader are the comment blocks of data/wordclasses/disapproveverbs.txt
// (-class disapprove) and approveverbs.txt (-class approve).
const disapproveHeader = "" +
	"# disapproveVerbs: verbs of criticism and dislike, the one-word lemmas of WordNet 3.0 (Princeton,\n" +
	"# Fellbaum 1998; the Debian package wordnet-base 1:3.0, /usr/share/wordnet) whose first sense in\n" +
	"# index.verb (senses ordered by frequency in the SemCor tagged corpus) is criticize.v.01 \"find\n" +
	"# fault with; express criticism of\" or one of its troponyms down to three levels (censure, deplore,\n" +
	"# denounce, disparage, vilify: Levin 1993, 33 judgement verbs), or dislike.v.01 or its troponyms\n" +
	"# down to two levels (despise, detest, hate, loathe, resent: Levin 1993, 31.2 admire verbs, their\n" +
	"# negative members). A word whose first sense is another (\"blast\", \"knock\", \"pan\": weather,\n" +
	"# striking, cameras) is left out. Read by frames (wordnetverbs.go): such a verb with an object and\n" +
	"# no entry of its own in the CAMEO dictionary or cue-classes.txt opposes its object, CAMEO 111\n" +
	"# \"criticize or denounce\" (PLOVER DISAPPROVE). Generated from index.verb and data.verb by\n" +
	"# tools/wordnetclass; do not edit by hand. To regenerate, from the module root:\n" +
	"#   go run ./tools/wordnetclass -class disapprove -o data/wordclasses/disapproveverbs.txt\n" +
	"# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence notice:\n" +
	"# data/wordclasses/README.md (WordNet) and data/frames/source/LICENSE-wordnet.txt.\n" +
	"# Format: word | source (a key below). Words are lower case, as the tokenizer's lower field.\n" +
	"# Sources:\n" +
	"#   wordnet-criticize = WordNet 3.0, first sense criticize.v.01 or a troponym (3 levels)\n" +
	"#   wordnet-dislike = WordNet 3.0, first sense dislike.v.01 or a troponym (2 levels)\n"

const approveHeader = "" +
	"# approveVerbs: verbs of praise and endorsement, the one-word lemmas of WordNet 3.0 (Princeton,\n" +
	"# Fellbaum 1998; the Debian package wordnet-base 1:3.0, /usr/share/wordnet) whose first sense in\n" +
	"# index.verb (senses ordered by frequency in the SemCor tagged corpus) is praise.v.01 \"express\n" +
	"# approval of\" or one of its troponyms down to two levels (laud, extol, eulogize, flatter:\n" +
	"# Levin 1993, 33 judgement verbs), or endorse.v.01 \"be behind; approve of\" (back, endorse,\n" +
	"# support) or its troponyms one level down (champion). A word whose first sense is another is\n" +
	"# left out. Read by frames (wordnetverbs.go): such a verb with an object and no entry of its own\n" +
	"# in the CAMEO dictionary or cue-classes.txt supports its object, CAMEO 051 \"praise or\n" +
	"# endorse\" (PLOVER SUPPORT). Generated from index.verb and data.verb by tools/wordnetclass; do\n" +
	"# not edit by hand. To regenerate, from the module root:\n" +
	"#   go run ./tools/wordnetclass -class approve -o data/wordclasses/approveverbs.txt\n" +
	"# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence notice:\n" +
	"# data/wordclasses/README.md (WordNet) and data/frames/source/LICENSE-wordnet.txt.\n" +
	"# Format: word | source (a key below). Words are lower case, as the tokenizer's lower field.\n" +
	"# Sources:\n" +
	"#   wordnet-praise = WordNet 3.0, first sense praise.v.01 or a troponym (2 levels)\n" +
	"#   wordnet-endorse = WordNet 3.0, first sense endorse.v.01 or a troponym (1 level)\n"

// judgementVerbs returns the output lines "word | key" of class (a key of judgementRoots): the
// one-word lower-case lemmas of index.verb whose first synset is a root's or a troponym's within
// its depth, each under the first root that holds it, sorted.
func judgementVerbs(dir, class string) ([]string, error) {
	roots, ok := judgementRoots[class]
	if !ok {
		return nil, fmt.Errorf("no judgement class %q", class)
	}
	first := map[string]string{}    // lemma → first synset offset
	senses := map[string][]string{} // lemma → synset offsets in sense order
	if err := nounLemmas(filepath.Join(dir, "index.verb"), func(lemma string, offs []string) {
		first[lemma], senses[lemma] = offs[0], offs
	}); err != nil {
		return nil, err
	}
	words := map[string][]string{} // synset offset → lemmas
	tropo := map[string][]string{} // synset offset → troponym offsets
	path := filepath.Join(dir, "data.verb")
	err := eachEntry(path, func(_ string, fs []string) error {
		// offset lex_filenum ss_type w_cnt(hex) word lex_id … p_cnt pointer(symbol offset pos src/tgt)…
		if len(fs) < 4 {
			return nil
		}
		n, err := strconv.ParseInt(fs[3], 16, 0)
		if err != nil || len(fs) < 5+2*int(n) {
			return fmt.Errorf("%s: %s: bad word count %q", path, fs[0], fs[3])
		}
		for i := 0; i < int(n); i++ {
			words[fs[0]] = append(words[fs[0]], fs[4+2*i])
		}
		p := 4 + 2*int(n)
		pc, err := strconv.Atoi(fs[p])
		if err != nil || len(fs) < p+1+4*pc {
			return fmt.Errorf("%s: %s: bad pointer count %q", path, fs[0], fs[p])
		}
		for k := 0; k < pc; k++ {
			if q := fs[p+1+4*k:]; q[0] == "~" && q[2] == "v" {
				tropo[fs[0]] = append(tropo[fs[0]], q[1])
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	keyOf := map[string]string{}
	for _, r := range roots {
		offs := senses[r.lemma]
		if len(offs) < r.sense {
			return nil, fmt.Errorf("%s: %s has no verb sense %d", path, r.lemma, r.sense)
		}
		seen := map[string]bool{}
		level := []string{offs[r.sense-1]}
		for d := 0; d <= r.depth && len(level) > 0; d++ {
			var next []string
			for _, o := range level {
				if seen[o] {
					continue
				}
				seen[o] = true
				for _, w := range words[o] {
					if _, taken := keyOf[w]; !taken && oneWord(w) && first[w] == o {
						keyOf[w] = r.key
					}
				}
				next = append(next, tropo[o]...)
			}
			level = next
		}
	}
	var out []string
	for w, k := range keyOf {
		out = append(out, w+" | "+k)
	}
	sort.Strings(out)
	return out, nil
}
