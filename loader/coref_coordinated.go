package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// The plural pronoun after a coordinated subject (rule coref:pronoun): "Germany and France
// presented a joint plan after talks with officials from Poland and the Baltic states. They
// called on Russia to …". "They" takes the coordination in subject position of the sentence
// before as its antecedent, every conjunct, not the nearest plural noun inside a prepositional
// phrase: the subject of the previous utterance is its preferred center, which a pronoun subject
// continues (Grosz, Joshi & Weinstein 1995, centering, rule 1; Lappin & Leass 1994, subject
// emphasis), and a coordination of noun phrases is one plural noun phrase (Quirk et al. 1985,
// 10.36, concord with coordinated subjects: "Germany and France are …"), whose members each do
// what the plural pronoun does.

// The plural pronoun subject of a said-complement (rule coref:pronoun, same sentence): "Kenya
// and Uganda said they would close the border". "They", subject of the complement clause of a
// verb of saying, takes the coordinated subject of that verb, every conjunct: the reported
// clause's pronoun refers back to the reporting clause's subject (Quirk et al. 1985, 6.10–6.12,
// anaphoric reference of the third-person pronoun, and 14.31–14.33, indirect speech), and a
// coordination is one plural noun phrase (Quirk et al. 1985, 10.36; 13.2, coordination of noun
// phrases). "Kenya said they would …" has no coordination and keeps the ordinary reading.

// coordinatedAntecedent returns the actors of the coordinated subject ("Germany and France",
// "Brazil, Argentina and Uruguay") that the plural pronoun "they" at token i (outside quotation
// marks) refers to: that of the sentence before when "they" opens st (or opens its clause after
// a fronted adjunct, frontedAdjunctEnd), or that of st itself when
// "they" is the subject of the complement of its speech verb ("A and B said (on Tuesday) (that)
// they …"); nil
// otherwise: no coordination of two actors or more opening that sentence, or the sentence before
// in another turn.
func (d *doc) coordinatedAntecedent(st *sent, i int) []*entity {
	if i >= len(st.Toks) || st.Toks[i].Lower != "they" || st.InQuote[i] {
		return nil
	}
	if i > actors.Dateline(d.Doc, st, 0) && i != frontedAdjunctEnd(st, actors.Dateline(d.Doc, st, 0)) {
		// "they" after a fronted adjunct ("In a statement, they urged …") opens its clause as
		// it would the sentence (coref_frontedadjunct.go); elsewhere it may be the subject of
		// a said-complement
		v := i - 1
		if v > 0 && st.Toks[v].Lower == "that" {
			v--
		}
		if v > 0 {
			v = docpkg.TimeAdverbialEnd(st, v) // "said on Tuesday they …"
		}
		if v < 1 || !docpkg.SpeechVerbAt(d.Lx, st, v) {
			return nil
		}
		if out, end := d.coordinationAt(st, actors.Dateline(d.Doc, st, 0)); len(out) > 1 && end == v {
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
	out, end := d.coordinationAt(prev, actors.Dateline(d.Doc, prev, 0))
	if len(out) < 2 || prev.Toks[end].Kind != text.Word || prev.Toks[end].Cap {
		return nil // the coordination must end the subject: a verb or adverb follows
	}
	return out
}

// coordinationAt reads the coordination of two actors or more starting at token k of st ("A and
// B", "A, B and C", "A, B, and C"), outside quotation marks, and returns its conjuncts with the
// token after it (within the sentence); nil when there is none.
func (d *doc) coordinationAt(prev *sent, k int) ([]*entity, int) {
	var out []*entity
	last := false // the conjunction "and" read: the next conjunct is the last
	for k < len(prev.Toks) {
		m := actors.MentionAt(d.Doc, prev, k)
		if m == nil || m.Ts != k || !docpkg.ActorKind(m.Ent) || prev.InQuote[k] {
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
