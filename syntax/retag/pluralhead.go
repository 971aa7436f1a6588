package retag

import "strings"

// PluralHeadBeforeVerb re-tags as a plural noun (Penn NNS) a lower-case -s word that the tagger
// read as a verb (VBZ) between a capitalized premodifier that opens a clause and the clause's
// verb: "unless Korean warships quit the strait" (Korean NNP, warships VBZ, quit VB). A clause
// opened by a subordinator (or the sentence's start) has a subject before its one finite verb
// (Quirk et al. 1985, 2.13, 14.11); a nationality word or name alone before an -s verb would be
// that subject, but a finite verb cannot follow the -s verb directly, with no coordinator, as a
// second verb of the same clause (Quirk 3.23-3.24: the verb phrase has one finite element, its
// first word) — so the -s word is the homographic plural noun (Quirk 3.5, the -s ending of nouns
// and verbs), the head of the subject noun phrase, and the word after it the clause's verb. The
// word after must be tagged a finite verb or modal (VB, VBD, VBP, MD); "help" and "dare" take a
// bare infinitive ("helps build", Quirk 16.52) and are left. It returns whether it re-tagged.
func PluralHeadBeforeVerb(forms, upos, xpos []string) bool {
	done := false
	for k := 1; k+1 < len(forms); k++ {
		if xpos[k] != "VBZ" || forms[k] != strings.ToLower(forms[k]) || !strings.HasSuffix(forms[k], "s") {
			continue
		}
		p := forms[k-1]
		if p == "" || p[:1] == strings.ToLower(p[:1]) || xpos[k-1] != "NNP" && xpos[k-1] != "NNPS" && xpos[k-1] != "JJ" {
			continue
		}
		if !(k-1 == 0 || upos[k-2] == "SCONJ") {
			continue // the capitalized word opens the clause (sentence start or after a subordinator)
		}
		switch xpos[k+1] {
		case "VB", "VBD", "VBP", "MD":
		default:
			continue
		}
		switch strings.ToLower(forms[k]) {
		case "helps", "dares":
			continue
		}
		upos[k], xpos[k] = "NOUN", "NNS"
		done = true
	}
	return done
}
