package frames

import (
	"strconv"

	"github.com/claimgraph/claimgraph/graph"
)

// hopedAct matches a verb of CAMEO.2.0.txt's HOPE block head ("--- HOPE [020] ---") over a
// content clause whose subject is to act under will, would, can or could: "We hope India will
// engage in good faith", "Oslo hoped that both sides would return to talks". The dictionary
// codes HOPE itself 020 "make an appeal or request" (CAMEO 02 "appeal", our DEMANDS: cameo-types.txt
// row 02); hoping that another will act is appealing to it to act. Candidates (lx.cands) leave a
// hope over a clause out, as the content of a belief (the scope rule); this frame reads
// the appeal instead, so the acts in the clause stay unasserted.
//
// The clause must have a subject before its verb (the one appealed to; the loader keeps the match
// only when it names an actor other than the hoper), a modal of the future, condition or ability
// (modality.txt future, conditional, ability: what is hoped is yet to come) and no negation ("we
// hope Iran will not …" hopes for a restraint; left out as the surface rule did). A passive
// clause has its patient as subject, not an actor appealed to, and is left out.
//
// Source: the hoper (verbSource); target: the clause's subject; content: the clause; mode,
// negation and scope: the hope verb's. Rule "frames:hope:cameo@<line of HOPE>". Code and PLOVER
// are the HOPE entry's (020; PLOVER codes no appeal: "a request or appeal … is not coded").
func (lx *Lexicon) hopedAct(tr *tree, i int) []Match {
	if tr.t[i].UPOS != "VERB" {
		return nil
	}
	h, ok := lx.blockHead("HOPE")
	if !ok || tr.lemma(i) != "hope" || !h.types.demands() {
		return nil
	}
	c := tr.child(i, "ccomp")
	if c < 0 {
		// "he hopes China will expand …" parsed as xcomp: a complement with a subject and a
		// modal of its own is a finite content clause whatever the label (Quirk et al. 1985,
		// 16.38 on hope + that-clause; hope takes no object + to-infinitive)
		c = tr.child(i, "xcomp")
	}
	if c < 0 || tr.t[c].UPOS != "VERB" || tr.passive(c) {
		return nil
	}
	s := tr.child(c, "nsubj")
	if s < 0 || s > c {
		return nil
	}
	modal := false
	for _, k := range tr.kids[c] {
		switch l := tr.lemma(k); {
		case base(tr.rel(k)) == "aux" && (lx.in("future", l) || lx.in("conditional", l) || lx.in("ability", l)):
			modal = modal || k > s
		case lx.in("negation", l) && (tr.rel(k) == "advmod" || base(tr.rel(k)) == "aux"):
			return nil
		}
	}
	if !modal {
		return nil
	}
	src, _ := tr.verbSource(i, 0)
	mode, neg, hedged := lx.modality(tr, i)
	scope, outer := lx.scope(tr, i, mode, src)
	m := Match{Cue: i, Kind: "verb", Type: graph.Demands, Source: src, Target: s, Content: c, Mode: mode,
		Negated: neg, Hedged: hedged, Scope: scope, Outer: outer, Code: h.code, Plover: h.plover,
		Rule: "frames:hope:cameo@" + strconv.Itoa(h.line)}
	return tr.perSource(m, src)
}
