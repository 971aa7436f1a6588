package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/frames"
)

// The relations stage's copies of a frames relation for the earlier conjuncts of a coordinated
// nationality premodifier (moved from actor_coordmodifier.go, which finds the conjuncts, so that
// only the relations stage writes doc.rels: docs/layout/plan.md step 6).

// premodifierConjunctCopies copies relation r of frames match m for each earlier conjunct of a
// coordinated nationality premodifier (premodifierConjuncts) at its source token (when the
// source is the token's own actor, direct) and at its target token: each group or government
// the coordination names is the subject, or the one acted on ("imposed sanctions on Iranian and
// Nicaraguan officials").
func (d *doc) premodifierConjunctCopies(st *sent, fs *frameSentence, m frames.Match, direct bool, r *relCand) {
	if m.Source >= 0 && direct {
		for _, e := range actors.PremodifierConjuncts(d.Doc, st, fs.at[m.Source]) {
			if e != r.Src && e != r.Tgt {
				c := *r
				c.Src = e
				d.Rels = append(d.Rels, &c)
			}
		}
	}
	if m.Target >= 0 && m.Target != m.Content {
		for _, e := range actors.PremodifierConjuncts(d.Doc, st, fs.at[m.Target]) {
			if e != r.Src && e != r.Tgt {
				c := *r
				c.Tgt = e
				d.Rels = append(d.Rels, &c)
			}
		}
	}
}
