package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
)

// demonymAdjectives re-tags as an adjective (Penn JJ, UPOS ADJ) a nationality word of
// data/lexicons/countries.txt (a demonym: "Georgian", "Latvian", "Burmese") that the EWT tagger
// read as a proper noun (NNP) or common noun where it premodifies a common noun: before a
// lower-case noun, directly or after lower-case adjectives ("Latvian timber", "Belarusian
// military equipment"), or as the first of coordinated premodifiers whose last
// conjunct stands before the noun ("Georgian and Moldovan wine", "Lithuanian, Latvian and
// Estonian timber"). A nationality word before a noun in a noun phrase is the adjective, the
// noun use needs a determiner or a plural ("a Georgian", "the Georgians": Quirk et al. 1985,
// 7.36 on nationality adjectives and nouns, 17.108 on their place among premodifiers), and
// coordinated conjuncts are of one category (Quirk 13.2, 13.72 on coordinated premodifiers
// sharing a head). With the tags right the parser attaches each demonym to the head noun (amod)
// instead of reading "of Georgian" as the of-phrase's head, so the party of a measure on the
// goods is found (relation_measureparty.go). A word inside an actor's name of two words or more
// (name, from nameWords: "Russian Federation") is left, but for a demonym right before a
// lower-case plural noun, the head of a group's description ("Tongan lawmakers"); demon[i] reports that syntax word i is
// a capitalized demonym (demonymWords).
func demonymAdjectives(forms, upos, xpos []string, name, demon []bool) {
	commonNoun := func(j int) bool {
		return j < len(forms) && (xpos[j] == "NN" || xpos[j] == "NNS") && forms[j] == strings.ToLower(forms[j])
	}
	for i := range forms {
		if !demon[i] || xpos[i] == "JJ" || name[i] && !(i+1 < len(forms) && xpos[i+1] == "NNS" && commonNoun(i+1)) {
			// a demonym before a lower-case plural noun is the adjective even inside a group's
			// mention ("Tongan lawmakers", group:unnamed): the description's head is the common
			// noun, the nationality word premodifies it (Quirk et al. 1985, 7.36); read as a
			// proper noun it let VerbAfterSubject take "lawmakers" for the verb
			continue
		}
		// the end of the run of coordinated demonyms from i: "Georgian and Moldovan", "A, B and C"
		j := i
		for {
			n := j + 1
			for n < len(forms) && (forms[n] == "," || xpos[n] == "CC") {
				n++
			}
			if n == j+1 || n >= len(forms) || !demon[n] || name[n] {
				break
			}
			j = n
		}
		n := j + 1
		for n < len(forms) && xpos[n] == "JJ" && forms[n] == strings.ToLower(forms[n]) {
			n++ // "Russian and Belarusian military equipment": a classifying adjective after the nationality (Quirk 17.108)
		}
		if !commonNoun(n) {
			continue
		}
		for k := i; k <= j; k++ {
			if demon[k] && (xpos[k] == "NNP" || xpos[k] == "NN" || xpos[k] == "NNPS") {
				upos[k], xpos[k] = "ADJ", "JJ"
			}
		}
	}
}

// demonymWords reports, for each syntax word (by its code-point start), whether it is a
// capitalized one-word demonym of data/lexicons/countries.txt (actors.DemonymEndingAt).
func (d *doc) demonymWords(st *sent, starts []int) []bool {
	out := make([]bool, len(starts))
	for i, k := range docpkg.TokensAt(st, starts) {
		if k < 0 || !st.Toks[k].Cap {
			continue
		}
		out[i] = actors.DemonymEndingAt(d.Doc, st, k) != nil
	}
	return out
}
