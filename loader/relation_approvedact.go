package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// approverOfPossessed returns the approver a possessive pronoun does not name: when token h is a
// possessive pronoun (nmod:poss) on a noun that is the direct object of a verb of approval or
// disapproval (a match of the sentence with that verb as cue, evaluationOfOther: "welcomes its
// decision to extend the ceasefire", "praised their offer to mediate", "condemned its decision
// to impose tariffs", "deplored its refusal to sign"), the pronoun names the author of the act
// judged, not the judge: approval is of another's policy, action or actor (CAMEO 051 "praise or
// endorse", PLOVER SUPPORT "express support for, commend, approve policy, action, or actor"), and
// so is disapproval (CAMEO 111 "criticize or denounce", 12 "reject", PLOVER DISAPPROVE and
// REJECT), all relations between two actors; one's own act takes "own", Quirk et al. 1985,
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
		if a.Cue == g && evaluationOfOther(d.x.frames, fs, a) && a.Source >= 0 && a.Source != h {
			if e, _ := d.frameActor(st, fs, a.Source, a.Cue, nil); e != nil {
				return e
			}
		}
	}
	return nil
}

// evaluationOfOther reports a verb match that judges another actor's act: a SUPPORTS verb other
// than a verb of defending (modality.txt defence: CAMEO 052 "defend verbally policy, action, or
// personnel of self or others", so "defended its decision" is most often the subject's own), or
// an OPPOSES verb of disapproval or rejection (CAMEO 11, 12; not a declared refusal, Refused,
// which opposes what the subject would do itself).
func evaluationOfOther(fr *frames.Lexicon, fs *frameSentence, a frames.Match) bool {
	if a.Kind != "verb" {
		return false
	}
	switch a.Type {
	case graph.Supports:
		return !fr.InClass("defence", strings.ToLower(lemmaOf(fs.toks[a.Cue])))
	case graph.Opposes:
		return a.Refused == "" && (strings.HasPrefix(a.Code, "11") || strings.HasPrefix(a.Code, "12"))
	}
	return false
}
