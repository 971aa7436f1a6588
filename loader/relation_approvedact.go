package loader

import (
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// approverOfPossessed returns the approver a possessive pronoun does not name: when token h is a
// possessive pronoun (nmod:poss) on a noun that is the direct object of a verb of approval (a
// match of the sentence with that verb as cue and type SUPPORTS: "welcomes its decision to
// extend the ceasefire", "praised their offer to mediate"), the pronoun names the author of the
// act approved, not the approver: approval is of another's policy, action or actor (CAMEO 051
// "praise or endorse", PLOVER SUPPORT "express support for, commend, approve policy, action, or
// actor", both relations between two actors; one's own act takes "own", Quirk et al. 1985,
// 6.30). The act's agent is the possessor of the noun it complements (noun-complement control,
// Quirk 17.31), so excluding the approver sends the pronoun to its antecedent among the others.
// nil otherwise.
func (d *doc) approverOfPossessed(st *sent, fs *frameSentence, ms []frames.Match, h int) *entity {
	if h < 0 || fs.toks[h].DepRel != "nmod:poss" || !text.IsPronoun(st.Toks[fs.at[h]]) {
		return nil
	}
	n := fs.toks[h].Head
	if n < 0 || fs.toks[n].DepRel != "obj" {
		return nil
	}
	for _, k := range fs.kids[n] {
		if fs.toks[k].DepRel == "amod" && fs.toks[k].Lemma == "own" {
			return nil // "welcomed its own decision"
		}
	}
	g := fs.toks[n].Head
	for _, a := range ms {
		if a.Cue == g && a.Type == graph.Supports && a.Source >= 0 && a.Source != h {
			if e, _ := d.frameActor(st, fs, a.Source, a.Cue, nil); e != nil {
				return e
			}
		}
	}
	return nil
}
