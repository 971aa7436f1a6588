package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// conjoinedSubjectVerb returns the cue or speech verb (verbAfter; a support verb over a cue noun,
// supportVerbAfter, with support true) whose subject the agent phrase [hs, end) coordinates
// with another noun phrase: the phrase is followed by "and"/"or" and a noun phrase of at most
// eight words (no punctuation but a genitive) right before the verb, or by a comma-set phrase
// opened by a quasi-coordinator and closed by a comma right before the verb; or the phrase is
// itself the last term of such a comma-set phrase ("…, as well as two student groups,
// denounced"). -1 otherwise.
func conjoinedSubjectVerb(fr doc.Frames, lx *lexicon.Lexicons, st *doc.Sent, hs, end int) (int, bool) {
	toks := st.Toks
	verb := func(k int) (int, bool) {
		if v := supportVerbAfter(fr, lx, st, k); v >= 0 {
			return v, true
		}
		return doc.VerbAfter(lx, st, k), false
	}
	if end+1 >= len(toks) {
		return -1, false
	}
	switch {
	case toks[end].Lower == "and" || toks[end].Lower == "or":
		for c := end + 2; c < len(toks) && c <= end+9; c++ {
			if t := toks[c-1]; t.Kind != text.Word && t.Lower != "'s" {
				return -1, false
			}
			if v, sup := verb(c); v >= 0 {
				return v, sup
			}
		}
	case toks[end].Text == "," && QuasiCoordinators.Has(toks[end+1].Lower):
		for c := end + 2; c < len(toks) && c <= end+12; c++ {
			if toks[c].Text == "," {
				return verb(c + 1)
			}
			if toks[c].Kind != text.Word && toks[c].Lower != "'s" {
				return -1, false
			}
		}
	case toks[end].Text == ",":
		// the last term of a comma-set quasi-coordinated phrase: its comma and coordinator
		// before the agent phrase, words only between
		for j := hs - 1; j > 0 && j >= hs-6; j-- {
			if toks[j].Text == "," {
				if QuasiCoordinators.Has(toks[j+1].Lower) {
					return verb(end + 1)
				}
				break
			}
			if toks[j].Kind != text.Word && toks[j].Lower != "'s" {
				break
			}
		}
	}
	return -1, false
}

// controllingVerb returns k when the word at k is a verb in the past or the third person present
// (an -ed form, a past form of lexicon PastForms, or an -s form) followed by a to-infinitive
// or by a by + -ing clause whose verb is a cue or speech verb (verbAfter): "Farmers moved to
// block …", "Teachers sought to overturn …", "The union responded by calling …". The implied
// subject of a subject-controlled to-infinitive complement (try to, seek to) and of a nonfinite
// adverbial clause of purpose or means is the subject of the verb it depends on (Quirk et al.
// 1985, ch. 16 on subject control and ch. 15 on nonfinite adverbial clauses), so an agent noun
// before that verb is the cue's subject as it is right before a cue verb. -1 otherwise.
func controllingVerb(lx *lexicon.Lexicons, st *doc.Sent, k int) int {
	toks := st.Toks
	if k+2 >= len(toks) {
		return -1
	}
	w := toks[k]
	if w.Kind != text.Word || w.Cap || lx.Stop[w.Lower] || !(strings.HasSuffix(w.Lower, "ed") || lx.PastForms[w.Lower] || strings.HasSuffix(w.Lower, "s")) {
		return -1
	}
	switch toks[k+1].Lower {
	case "to":
	case "by":
		if !strings.HasSuffix(toks[k+2].Lower, "ing") {
			return -1
		}
	default:
		return -1
	}
	if doc.VerbAfter(lx, st, k+2) != k+2 {
		return -1
	}
	return k
}
