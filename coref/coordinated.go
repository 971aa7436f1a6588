package coref

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// CoordinatedAntecedent returns the actors of the coordinated subject ("Germany and France",
// "Brazil, Argentina and Uruguay") that the plural pronoun "they" at token i (outside quotation
// marks) refers to: that of the sentence before when "they" opens st (or opens its clause after
// a fronted adjunct, frontedAdjunctEnd), or that of st itself when
// "they" is the subject of the complement of its speech verb ("A and B said (on Tuesday) (that)
// they …"); nil
// otherwise: no coordination of two actors or more opening that sentence, or the sentence before
// in another turn.
func CoordinatedAntecedent(d *doc.Doc, st *doc.Sent, i int) []*doc.Entity {
	if i >= len(st.Toks) || st.Toks[i].Lower != "they" || st.InQuote[i] {
		return nil
	}
	if i > actors.Dateline(d, st, 0) && i != FrontedAdjunctEnd(st, actors.Dateline(d, st, 0)) {
		// "they" after a fronted adjunct ("In a statement, they urged …") opens its clause as
		// it would the sentence (coref_frontedadjunct.go); elsewhere it may be the subject of
		// a said-complement
		v := i - 1
		if v > 0 && st.Toks[v].Lower == "that" {
			v--
		}
		if v > 0 {
			v = doc.TimeAdverbialEnd(st, v) // "said on Tuesday they …"
		}
		if v < 1 || !doc.SpeechVerbAt(d.Lx, st, v) {
			return nil
		}
		if out, end := coordinationAt(d, st, actors.Dateline(d, st, 0)); len(out) > 1 && end == v {
			return out
		}
		return nil
	}
	if st.Idx == 0 {
		return nil
	}
	prev := d.Sents[st.Idx-1]
	if actors.OtherTurn(st, prev) || prev.Question {
		return nil
	}
	out, end := coordinationAt(d, prev, actors.Dateline(d, prev, 0))
	if len(out) < 2 || prev.Toks[end].Kind != text.Word || prev.Toks[end].Cap {
		return nil // the coordination must end the subject: a verb or adverb follows
	}
	return out
}

// coordinationAt reads the coordination of two actors or more starting at token k of st ("A and
// B", "A, B and C", "A, B, and C"), outside quotation marks, and returns its conjuncts with the
// token after it (within the sentence); nil when there is none.
func coordinationAt(d *doc.Doc, prev *doc.Sent, k int) ([]*doc.Entity, int) {
	var out []*doc.Entity
	last := false // the conjunction "and" read: the next conjunct is the last
	for k < len(prev.Toks) {
		m := actors.MentionAt(d, prev, k)
		if m == nil || m.Ts != k || !doc.ActorKind(m.Ent) || prev.InQuote[k] {
			return nil, 0
		}
		e := m.Ent.Final()
		for _, o := range out {
			if o == e {
				return nil, 0 // one actor twice is no coordination of two
			}
		}
		out = append(out, e)
		if k = m.Te; k >= len(prev.Toks) {
			return nil, 0
		}
		if last {
			if len(out) < 2 {
				return nil, 0
			}
			return out, k
		}
		switch t := prev.Toks[k]; {
		case t.Lower == "and":
			k, last = k+1, true
		case t.Text == ",":
			k++
			if k < len(prev.Toks) && prev.Toks[k].Lower == "and" {
				k, last = k+1, true // the serial comma
			}
		default:
			return nil, 0
		}
	}
	return nil, 0
}
