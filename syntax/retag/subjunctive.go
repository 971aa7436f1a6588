package retag

import "strings"

// SubjunctiveBase re-tags as the base form (VERB, Penn VB) the verb of a mandative that-clause
// after a singular subject that the tagger read as a present tense (VBP), or as a singular noun
// or adjective before a particle (RP): "Austria demanded that Serbia release the prisoners"
// (release VBP), "demanded that Kenya phase out fuel subsidies" (phase NN, out RP). The verbs of
// mandativeverbs and the nouns of mandativenouns take a content clause in the mandative
// subjunctive, whose verb is the bare base form whatever its subject (Quirk et al. 1985, 16.32;
// Huddleston & Pullum 2002, ch. 11 §7.1), which UD English EWT tags VB; after a singular subject
// (a noun phrase whose head is NN or NNP, or he, she, it) the VBP form cannot be an indicative
// present, whose third person singular ends in -s (Quirk 3.54). A particle (Penn RP) follows
// its verb (Quirk 16.2-16.3), so a noun or adjective with a verb reading (baseverbs) right
// before one, after the subject, is the clause's verb; so is one before a preposition when no
// base-form verb follows in the sentence ("Ghana's demand that Togo return to the talks was
// welcomed": "was" cannot be the subjunctive clause's verb, and a content clause has a verb,
// Quirk 14.2-14.3; baseVerbLater). The subject is an optional determiner
// and nouns and adjectives, as MandativeClauseVerb reads it. Returns the number re-tagged.
func SubjunctiveBase(forms, upos, xpos []string) int {
	n := 0
	for m := 0; m+3 < len(forms); m++ {
		t := mandativeThat(forms, upos, xpos, m) // mandative.go
		if t < 0 || t+2 >= len(forms) {
			continue
		}
		if v := subjunctiveAfterSubject(forms, upos, xpos, t+1); v > 0 {
			upos[v], xpos[v] = "VERB", "VB"
			n++
		}
	}
	return n
}

// subjunctiveAfterSubject returns the index of the VBP verb after a singular subject opening at
// s, or of a noun or adjective with a verb reading before a particle, or -1 (SubjunctiveBase).
func subjunctiveAfterSubject(forms, upos, xpos []string, s int) int {
	k := s
	if xpos[k] == "PRP" {
		switch strings.ToLower(forms[k]) {
		case "he", "she", "it":
			if k+1 < len(forms) && xpos[k+1] == "VBP" {
				return k + 1
			}
		}
		return -1
	}
	if xpos[k] == "DT" || xpos[k] == "PRP$" {
		k++
	}
	start := k
	for ; k < len(forms); k++ {
		x := xpos[k]
		if k > start && (x == "NN" || x == "JJ") && k+1 < len(forms) && xpos[k+1] == "RP" {
			if w := forms[k]; w == strings.ToLower(w) && baseVerbs.Has(w) {
				return k
			}
		}
		if k > start && x == "NN" && k+1 < len(forms) && xpos[k+1] == "IN" && simplePrepositions.Has(strings.ToLower(forms[k+1])) {
			if w := forms[k]; w == strings.ToLower(w) && !strings.HasSuffix(w, "s") && baseVerbs.Has(w) && !baseVerbLater(upos, xpos, k+1) {
				return k
			}
		}
		if x != "JJ" && x != "NN" && x != "NNP" && x != "NNPS" && x != "NNS" {
			break
		}
	}
	if k == start || k >= len(forms) || xpos[k] != "VBP" {
		return -1
	}
	if h := xpos[k-1]; h != "NN" && h != "NNP" {
		return -1 // a plural subject: the VBP may be an indicative present ("insisted that they are")
	}
	return k
}

// baseVerbLater reports that the first verb or auxiliary from j on may be a mandative clause's
// own: a base form, a non-third-person present or a modal (VB, VBP, MD; "should", putative
// should, Quirk 16.32), or an -ing or -ed participle. A past or -s present (VBD, VBZ), or none,
// is no mandative subjunctive's, whose verb is the bare base form (Quirk 16.32): the clause
// then has no verb but the noun-tagged candidate before it.
func baseVerbLater(upos, xpos []string, j int) bool {
	for k := j; k < len(xpos); k++ {
		if upos[k] == "VERB" || upos[k] == "AUX" {
			return xpos[k] != "VBD" && xpos[k] != "VBZ"
		}
	}
	return false
}
