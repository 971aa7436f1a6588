package loader

import (
	"strings"

	docpkg "github.com/claimgraph/claimgraph/doc"
)

// relativeSupplementVerb finds a non-restrictive relative clause set off by commas between a
// sentence-initial subject and its finite verb ("Italy, whose ships were stopped at the strait
// last week, condemned Libya …", "Japan, which has sent two envoys to the region, warned …") and
// returns c1 (the opening comma), c2 (the last word before the verb that the clause and a time
// adjunct after it span) and e (the matrix verb), or 0, 0, 0. A non-restrictive relative clause
// is a supplement, omissible without changing the grammar of the matrix clause (Quirk et al.
// 1985, 17.22; Huddleston & Pullum 2002, 12.3.1, 15.5); it closes at the comma before the matrix
// predicate, the first comma followed by a verb (an adverb, or a time adjunct "on Monday", may
// stand between) that agrees with the subject before the opening comma (Quirk 10.2–10.4 concord:
// a VBZ verb needs a singular subject, a VBP verb a plural or coordinated one), or by an -ed form
// tagged as an adjective with a noun phrase after it (edObject). Shape: subject = determiners,
// adjectives, nouns and proper nouns from the sentence start, "and" between two of them allowed;
// then ", which/who/whose"; the clause holds a verb of its own before the closing comma, and no
// punctuation but commas. The matrix verb may be tagged VBN (the -ed form is the same; the
// subject has no other predicate before it). analysis25 PARSE 2a: the EWT tagger reads that
// -ed verb as an adjective after the comma, the cue gate then finds no verb and the wire parse
// (wireParse, insertions in wire_split.go) sees no finite verb to close the insertion at.
func relativeSupplementVerb(forms, upos, xpos []string) (int, int, int) {
	s0, plural := 0, false
	for s0 < len(forms) {
		u := upos[s0]
		if u == "DET" || u == "ADJ" || u == "NOUN" || u == "PROPN" || u == "PART" || u == "NUM" {
			s0++
			continue
		}
		if strings.ToLower(forms[s0]) == "and" && s0 > 0 && (upos[s0-1] == "NOUN" || upos[s0-1] == "PROPN") {
			plural = true
			s0++
			continue
		}
		break
	}
	if s0 < 1 || s0+4 >= len(forms) || forms[s0] != "," || !(upos[s0-1] == "NOUN" || upos[s0-1] == "PROPN") {
		return 0, 0, 0
	}
	plural = plural || xpos[s0-1] == "NNS" || xpos[s0-1] == "NNPS"
	if rel := strings.ToLower(forms[s0+1]); rel != "which" && rel != "who" && rel != "whose" {
		return 0, 0, 0
	}
	verb := false
	for c2 := s0 + 2; c2+1 < len(forms); c2++ {
		if upos[c2] == "PUNCT" && forms[c2] != "," {
			return 0, 0, 0
		}
		if upos[c2] == "VERB" || upos[c2] == "AUX" {
			verb = true
		}
		if forms[c2] != "," || !verb {
			continue
		}
		e, last := c2+1, c2
		if upos[e] == "ADV" && e+1 < len(forms) {
			e++ // an adverb stays in the parse ("…, also condemned")
		} else {
			t := e
			if strings.ToLower(forms[t]) == "on" {
				t++
			}
			d := t
			for d < len(forms) && docpkg.WireDays.Has(strings.ToLower(forms[d])) && upos[d] != "AUX" {
				d++
			}
			if d > t && d < len(forms) {
				e, last = d, d-1 // a time adjunct after the closing comma ("…, on Monday lodged")
			}
		}
		if !matrixVerb(upos[e], xpos[e], plural) && !edObject(forms, upos, xpos, e) {
			continue
		}
		return s0, last, e
	}
	return 0, 0, 0
}

// matrixVerb reports whether a word tagged upos/xpos can be the finite predicate of a subject
// (plural: plural or coordinated, Quirk et al. 1985, 10.34): VBD, MD, VBN (read as the past,
// same form), VBZ only for a singular subject, VBP only for a plural one (concord, Quirk 10.2).
func matrixVerb(upos, xpos string, plural bool) bool {
	if upos != "VERB" && upos != "AUX" {
		return false
	}
	switch xpos {
	case "VBD", "MD":
		return true
	case "VBN":
		return upos == "VERB"
	case "VBZ":
		return !plural
	case "VBP":
		return plural
	}
	return false
}

// edObject reports whether word e is an -ed form tagged as an adjective (JJ) that is followed by
// a determiner, a possessive, a pronoun or a proper noun: an adjective takes no noun phrase
// object (Quirk et al. 1985, 7.2, 16.19: complementation of adjectives is prepositional or
// clausal), so the -ed form with a noun phrase after it is the past of a verb ("…, condemned
// Libya for …"), which the EWT tagger reads as an adjective after a comma.
func edObject(forms, upos, xpos []string, e int) bool {
	if e+1 >= len(forms) || xpos[e] != "JJ" || !strings.HasSuffix(strings.ToLower(forms[e]), "ed") {
		return false
	}
	n := upos[e+1]
	return n == "DET" || n == "PROPN" || n == "PRON" || xpos[e+1] == "PRP$"
}

// supplementPastVerb re-tags as a past verb (VERB, VBD) the -ed form after the closing comma of a
// non-restrictive relative clause (relativeSupplement) that the tagger read as an adjective with
// a noun phrase after it ("Italy, whose ships were stopped at the strait, condemned Libya …"):
// an adjective takes no noun phrase object (edObject), and the subject before the clause has no
// other predicate. Run before the cue gate, which looks for a verb. Returns the words re-tagged.
func supplementPastVerb(forms, upos, xpos []string) int {
	if _, _, e := relativeSupplementVerb(forms, upos, xpos); e > 0 && edObject(forms, upos, xpos, e) {
		upos[e], xpos[e] = "VERB", "VBD"
		return 1
	}
	return 0
}
