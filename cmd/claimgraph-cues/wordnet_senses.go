package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/internal/wordnet"
)

// The lexicographer file of a noun's first WordNet sense (index.noun lists a lemma's senses by
// their frequency in the tagged corpora, most frequent first: wndb(5WN), "sense_cnt … synset
// offsets … ordered by frequency") is the noun's ordinary class: "issue" is first a cognition
// ("an important question that is in dispute"), "heart" a cognition, "video" a communication,
// "district" a location, "gun" an artifact. The frames package reads it where a dictionary code
// is defined on a kind of thing: CAMEO 171 "seize or damage property" takes property, not an
// idea, a feeling or a territory (frames/seizure.go).
//
// firstSenseLexnames are the files written out: the abstract noun files (WordNet's lexicographer
// files for acts, attributes, cognitions, communications, events, feelings, motives, phenomena,
// processes, quantities, relations, shapes, states and times; lexnames(5WN)) and noun.location.
// Nouns whose first sense is concrete (artifact, body, food, object, plant, animal, possession,
// substance, person, group) are not listed: the reader treats an unlisted noun as concrete.
var firstSenseLexnames = map[int]string{4: "noun.act", 7: "noun.attribute", 9: "noun.cognition",
	10: "noun.communication", 11: "noun.event", 12: "noun.feeling", 15: "noun.location",
	16: "noun.motive", 19: "noun.phenomenon", 22: "noun.process", 23: "noun.quantity",
	24: "noun.relation", 25: "noun.shape", 26: "noun.state", 28: "noun.time"}

// firstSenseExtract writes "lexicographer file | noun noun …" lines (nouns sorted, wrapped) for
// every one-word noun of index.noun whose first sense is in one of firstSenseLexnames, and every
// place name of several words ("new_hampshire") whose first sense is a location.
func firstSenseExtract(wnDir string, w io.Writer) error {
	nouns, err := readWordNetData(filepath.Join(wnDir, "data.noun"))
	if err != nil {
		return err
	}
	by := map[string][]string{}
	err = wordnet.EachLine(filepath.Join(wnDir, "index.noun"), func(_ int, line string) error {
		fs := strings.Fields(line)
		if len(fs) < 6 || strings.ContainsAny(fs[0], "-.'") {
			return nil
		}
		var pc int
		fmt.Sscan(fs[3], &pc)
		first := 4 + pc + 2
		if first >= len(fs) {
			return fmt.Errorf("index.noun: %s: no synset offsets", fs[0])
		}
		s := nouns[fs[first]]
		if s == nil {
			return fmt.Errorf("index.noun: %s: no synset %s", fs[0], fs[first])
		}
		if lex, ok := firstSenseLexnames[s.lexfile]; ok && (!strings.Contains(fs[0], "_") || lex == "noun.location") {
			// (a phrase only as a place name, "new_hampshire": the matcher reads a common
			// noun's head word, a proper name whole)
			by[lex] = append(by[lex], fs[0])
			return nil
		}
		for _, o := range fs[first+1:] {
			// a name whose senses are untagged is listed in no frequency order ("iowa": the
			// people first, the state second): any location sense makes it a place name
			if t := nouns[o]; t != nil && t.lexfile == 15 {
				by["place"] = append(by["place"], fs[0])
				break
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	lexes := make([]string, 0, len(by))
	for l := range by {
		lexes = append(lexes, l)
	}
	sort.Strings(lexes)
	fmt.Fprint(w, firstSenseHeader)
	for _, l := range lexes {
		ws := by[l]
		sort.Strings(ws)
		for len(ws) > 0 {
			n := min(len(ws), 12)
			fmt.Fprintf(w, "%s | %s\n", l, strings.Join(ws[:n], " "))
			ws = ws[n:]
		}
	}
	return nil
}

// writeFirstSenses rewrites source/wordnet-first-senses.txt from the WordNet database in wnDir.
func writeFirstSenses(dir, wnDir string) error {
	var b strings.Builder
	if err := firstSenseExtract(wnDir, &b); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "source/wordnet-first-senses.txt"), []byte(b.String()), 0o644)
}

const firstSenseHeader = `# The lexicographer file of the first (most frequent) sense of WordNet 3.0's one-word nouns, for
# the abstract files and noun.location only, and of its place names of several words ("_" for space) (a noun not listed is first a concrete thing, a
# person or a group). Written by "go run ./cmd/claimgraph-cues -wordnet /usr/share/wordnet"
# (Debian wordnet-base 1:3.0); do not edit by hand. Read by frames/seizure.go.
# "place" lists the nouns with a location sense that is not their first ("iowa": a people, then
# the state); the reader takes a proper name listed there or under noun.location as a place.
# lexicographer file | nouns
` + wordnetLicence
