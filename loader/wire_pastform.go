package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/syntax/retag"
)

// pastAfterSubject re-tags as a past tense (Penn VBD) an irregular simple past form the tagger
// read as a noun right after the subject's noun, before any finite verb: "The plan drew criticism
// from Germany" tagged "drew/NN", so that the parser finds no predicate. An independent sentence
// has a finite verb (Quirk et al. 1985, 2.3, 3.52), and the simple past of an irregular verb
// (data/lexicons/irregular.txt, Quirk et al. 1985, 3.14–3.16 and Appendix I) is no noun; the
// word after the subject's head is the predicate, as syntax/retag VerbAfterSubject has it for the
// -s form; so is the word after the comma that closes an appositive on the subject
// (closesInsertion). The first such word is taken. When the sentence has a finite verb later (a relative
// clause's, "The move drew criticism from Amnesty, which called it …", or one the tagger invented,
// "the M23 rebels" read VBZ), only a form that is past only (pastOnly: "drew", "froze", not "cut"
// or "thought", which are nouns too) is re-tagged. A past-only form is re-tagged whatever class
// the tagger gave it (a proper noun after a name, "Canada froze/NNP", an adverb or preposition,
// "froze/RB", "froze/IN"): it is the past tense of its verb and nothing else (Quirk 3.14–3.16).
//
// The relations stage calls it twice: first with the past-only forms alone, before
// syntax/retag's rules for a sentence without a finite verb, and again after them. A past-only
// form is no noun, so it is the sentence's finite verb before those rules look for one; else
// VerbAfterSubject takes the -s noun after it for the verb ("Kenya froze Libyan assets" with
// "assets" read VBZ after "Libyan"), and the sentence gets two (issue 13, auditT19).
func pastAfterSubject(past, pastOnly map[string]bool, forms, upos, xpos []string) {
	finite := false
	for i := range forms {
		finite = finite || retag.FiniteVerb(upos[i], xpos[i])
	}
	for i := 1; i < len(forms); i++ {
		if retag.FiniteVerb(upos[i-1], xpos[i-1]) {
			return // a finite verb before it: the predicate is there
		}
		w := strings.ToLower(forms[i])
		if upos[i] != "NOUN" && !(pastOnly[w] && upos[i] != "VERB" && upos[i] != "AUX") || !past[w] || finite && !pastOnly[w] {
			continue // (a past-only form is no word of any other class either: "Canada froze/NNP", "froze/RB")
		}
		if p := xpos[i-1]; p != "NN" && p != "NNS" && p != "NNP" && p != "NNPS" && !closesInsertion(forms, xpos, i-1) {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBD"
		return
	}
}

// closesInsertion reports that the comma at c closes a phrase set off after a noun: an earlier
// comma follows a noun ("Mongolia, a close partner of Russia, froze talks …"). A supplementive
// appositive or other insertion between the subject and its verb is closed by its comma (Quirk
// et al. 1985, 17.65-17.67 on non-restrictive apposition, 15.54), so the word after that comma
// stands where the word after the subject's noun does; pastAfterSubject has found no finite verb
// before it.
func closesInsertion(forms, xpos []string, c int) bool {
	if c < 0 || forms[c] != "," {
		return false
	}
	for k := c - 1; k > 0; k-- {
		if forms[k] == "," {
			p := xpos[k-1]
			return p == "NN" || p == "NNS" || p == "NNP" || p == "NNPS"
		}
	}
	return false
}
