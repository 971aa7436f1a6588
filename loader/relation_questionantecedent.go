package loader

import (
	"github.com/claimgraph/claimgraph/claims"
	"github.com/claimgraph/claimgraph/discourse"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// The question's proposition as the antecedent of an answer's opening pronoun (issuer22, class
// L10). In a transcript the answer is the second part of an adjacency pair (Schegloff & Sacks
// 1973, "Opening up closings"): "Q: The premier said all ports will close. Is that worrying to
// Oslo? / A: Naturally it is worrying …", "Q: Aircraft entered our airspace again. What is your
// position? / A: … this is a breach of our sovereignty". A demonstrative, or "it", as the judged
// subject of the answer's first sentence refers to the proposition the question put forward
// (Halliday & Hasan 1976, 2.4.2, extended reference and reference to fact), as the demonstrative
// of an ordinary text refers to the statement before it (demonstrativeAntecedent); the answer's
// "it" takes up the question's own demonstrative ("Is that worrying?" / "it is worrying"), not
// an actor the question names ("to Oslo"). The proposition is the question turn's last statement,
// a sentence of it that is no question, or, when that statement reports speech ("The premier
// said all ports will close"), its reported clause. A question with no statement ("Is this a
// concern?") gives none, and the frame no relation.

// questionAntecedent is the target an opening pronoun of the answer sentence st refers to (see
// above), or nil when st is not the answer's first sentence or the question states nothing.
func (d *doc) questionAntecedent(st *sent) *entity {
	if st.Idx == 0 || st.Unit == nil || st.Unit.Role != discourse.Answer && st.Unit.Role != discourse.Turn {
		return nil
	}
	prev := d.Sents[st.Idx-1]
	if prev.Unit == nil || prev.Unit.Role != discourse.Question || prev.Unit == st.Unit {
		return nil // not the answer's first sentence, or no question before it
	}
	for i := st.Idx - 1; i >= 0 && d.Sents[i].Unit == prev.Unit; i-- {
		q := d.Sents[i]
		if text.IsQuestion(q.Toks) || len(q.Toks) < 4 {
			continue
		}
		b := docpkg.BodyStart(q)
		for k := b; k < len(q.Toks); k++ {
			if le, ok := docpkg.AttitudeAt(d.Lx, q, k); ok && le.Speech != "" {
				if cs, ce := claims.ClauseAfter(d.Lx, q, k); ce > cs {
					return surface.PolicyTarget(d.Doc, q, cs, ce, "") // "The premier said [all ports will close]"
				}
				break
			}
		}
		return surface.PolicyTarget(d.Doc, q, b, len(q.Toks), "")
	}
	return nil
}
