package doc

import "github.com/claimgraph/claimgraph/text"

// BodyStart is the first token of st after its paragraph's speaker label ("Gao Feng:", "A:"),
// and in a question's first sentence after the questioner's outlet that follows the label ("Q:
// Reuters: Australia says …", outletLabel): what is said or asked starts there.
func BodyStart(st *Sent) int {
	a := LabelEnd(st)
	if lo, hi := OutletLabel(st, a); hi > lo {
		return hi + 1
	}
	return a
}

// OutletLabel is the token span [lo, hi) of the second label of a question turn ("Q: Nordic
// Wire: Yesterday …", the ministries' transcript convention of naming the asking journalist's
// outlet after "Q:"): up to six capitalized words right after the label a of st's paragraph,
// ending at a colon (hi is the colon's index). lo == hi when there is none.
func OutletLabel(st *Sent, a int) (int, int) {
	if !st.Question || a == 0 {
		return a, a
	}
	for k := a; k < len(st.Toks) && k < a+7; k++ {
		if t := st.Toks[k]; t.Text == ":" {
			return a, k
		} else if t.Kind != text.Word || !t.Cap {
			break
		}
	}
	return a, a
}

// LabelEnd is the first token of st after its paragraph's speaker label; 0 when st does not
// hold the label.
func LabelEnd(st *Sent) int {
	if st.Unit == nil || st.Unit.Body <= st.S.Start {
		return 0
	}
	for k, t := range st.Toks {
		if t.Start >= st.Unit.Body {
			return k
		}
	}
	return len(st.Toks)
}

// LabelToken reports token k of st as part of its turn's label ("CHAIRMAN KOROS:"): a label
// names who takes the turn, so its title takes no organization from the words of the turn
// before ("… the United Nations Security Council." then "CHAIRMAN KOROS: …" is no chairman of
// the Council); the hearing's heading gives a legislator's body (hearingMembers).
func LabelToken(st *Sent, k int) bool {
	u := st.Unit
	return u != nil && !u.Speaker.Empty() && k < len(st.Toks) && st.Toks[k].Start >= u.Speaker.Start && st.Toks[k].Start < u.Body
}
