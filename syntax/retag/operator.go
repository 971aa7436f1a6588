package retag

import "strings"

// participleOperators are the forms of "be" and "have" (and their clitics) that take an -ed
// participle after them: passive be, perfect have (Quirk et al. 1985, 3.54, 3.63).
var participleOperators = map[string]bool{
	"be": true, "is": true, "are": true, "am": true, "was": true, "were": true, "been": true, "being": true,
	"'s": true, "'re": true, "'m": true, "has": true, "have": true, "had": true, "having": true, "'ve": true,
}

// ParticipleAfterOperator re-tags as an -ed participle (VERB, Penn VBN) a word the tagger read as
// a past tense (VBD) right after a form of "be" or "have" tagged an auxiliary, or after one and
// adverbs (RB: "were not", "has already"), when the word is an -ed participle form
// (participleForm): "Kiprono's calls for lower rates were rejected by the committee" (rejected
// VBD). The verb phrase has one finite verb, its first (Quirk 3.52, 3.54); a passive is be
// followed by the -ed participle and a perfect have followed by the -ed participle (Quirk 3.54,
// 3.63, 4.18), so the -ed form after the operator cannot be a second past tense. Returns the
// number of words re-tagged.
func ParticipleAfterOperator(forms, upos, xpos []string) int {
	n := 0
	for i := 1; i < len(forms); i++ {
		if xpos[i] != "VBD" || !participleForm(strings.ToLower(forms[i])) {
			continue
		}
		o := i - 1
		for o > 0 && xpos[o] == "RB" {
			o--
		}
		if upos[o] != "AUX" || !participleOperators[strings.ToLower(forms[o])] {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBN"
		n++
	}
	return n
}
