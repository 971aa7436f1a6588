package loader

import (
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

// coordinatedAntecedent returns the actors of the coordinated subject ("Germany and France",
// "Brazil, Argentina and Uruguay") of the sentence before st when the sentence-initial plural
// pronoun "they" at token i (outside quotation marks) continues it; nil otherwise: "they" not
// the sentence's first word, no coordination of two actors or more opening the sentence before,
// or that sentence in another turn.
func (d *doc) coordinatedAntecedent(st *sent, i int) []*entity {
	if st.Idx == 0 || i >= len(st.Toks) || st.Toks[i].Lower != "they" || st.InQuote[i] || i > d.dateline(st, 0) {
		return nil
	}
	prev := d.sents[st.Idx-1]
	if otherTurn(st, prev) || prev.Question {
		return nil
	}
	k := d.dateline(prev, 0)
	var out []*entity
	last := false // the conjunction "and" read: the next conjunct is the last
	for k < len(prev.Toks) {
		m := d.mentionAt(prev, k)
		if m == nil || m.Ts != k || !actorKind(m.Ent) || prev.InQuote[k] {
			return nil
		}
		e := m.Ent.Final()
		for _, o := range out {
			if o == e {
				return nil // one actor twice is no coordination of two
			}
		}
		out = append(out, e)
		if k = m.Te; k >= len(prev.Toks) {
			return nil
		}
		if last {
			if len(out) < 2 || prev.Toks[k].Kind != text.Word || prev.Toks[k].Cap {
				return nil // the coordination must end the subject: a verb or adverb follows
			}
			return out
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
			return nil
		}
	}
	return nil
}
