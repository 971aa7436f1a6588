package claims

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// ownConjunctEnd returns the index of the comma of the ", and" / ", but" that joins a main
// clause [a, j) of st to a later one holding the cue of a claim of another speaker than sp
// (claims: the claims of st's sentence), when [a, j) has a finite verb of its own and no claim's
// cue; -1 otherwise (no such coordination, or every claim of st is sp's or starts before it).
func ownConjunctEnd(d *doc.Doc, st *doc.Sent, a int, sp *doc.Entity, claims []*doc.ClaimCand) int {
	cue := -1 // the first token that is the cue of another speaker's claim
	for _, c := range claims {
		if c.Cue == "" || c.Speaker == nil || c.Speaker.Final() == sp {
			return -1
		}
		for k := a; k < len(st.Toks); k++ {
			if st.Toks[k].Start == c.CueStart && (cue < 0 || k < cue) {
				cue = k
			}
		}
	}
	if cue < 0 {
		return -1
	}
	for j := cue - 2; j > a+2; j-- {
		if st.InQuote[j] {
			return -1
		}
		if st.Toks[j].Text != "," {
			continue
		}
		if w := st.Toks[j+1].Lower; (w == "and" || w == "but") && finiteVerbIn(d, st, a, j) && clauseSubjectAfter(st, j+2, cue) {
			return j
		}
	}
	return -1
}

// finiteVerbIn reports a finite verb in tokens [a, b) of st: a finite auxiliary, or a verb the
// parse tags as past or present tense or a modal (Penn tags VBD, VBZ, VBP, MD).
func finiteVerbIn(d *doc.Doc, st *doc.Sent, a, b int) bool {
	if doc.FiniteIn(st, a, b) {
		return true
	}
	t := d.Parse.Of(st) // the relations stage's parse (doc.Parses)
	if t == nil {
		return false
	}
	for i, pt := range t.Toks {
		if k := t.At[i]; k >= a && k < b {
			switch pt.XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

// clauseSubjectAfter reports a noun phrase subject at token k, before the cue at token cue: a
// determiner or a capitalized word opening a new clause (not a verb of the first clause's
// predicate, as in ", and urged …", where the conjuncts share the subject).
func clauseSubjectAfter(st *doc.Sent, k, cue int) bool {
	if k >= cue {
		return false
	}
	t := st.Toks[k]
	if t.Kind != text.Word {
		return false
	}
	switch t.Lower {
	case "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those":
		return true
	}
	return t.Cap
}
