package frames

import "github.com/claimgraph/claimgraph/graph"

// disavowal matches "Senator Dahl's comments do not reflect the views of the cabinet" (issue 13,
// idiom22 L9): a negated verb of representing (modality.txt represent: OED represent v. "to
// speak or act for, to express the views of"; reflect v. "to express, embody") whose subject is
// a noun of speech (modality.txt utterance) with a possessor — the speaker — and whose object is
// a noun of standpoint (modality.txt standpoint) with an of-phrase or possessor — the body whose
// views those are. The body disowns the speaker's words, a public expression of disapproval of
// them, CAMEO 110 "disapprove" (PLOVER DISAPPROVE "express disapproval"): OPPOSES from the body
// to the speaker. Left out: the verb not negated (an endorsement is no disavowal), a subject
// without a possessor ("these comments"), a standpoint with no owner named. Rule
// "frames:disavowal:modality/represent/<verb>".
func (lx *Lexicon) disavowal(tr *tree, i int) []Match {
	if tr.t[i].UPOS != "VERB" || !lx.in("represent", tr.lemma(i)) || !lx.negated(tr, i) {
		return nil
	}
	n, o := tr.child(i, "nsubj"), tr.object(i)
	if n < 0 || o < 0 || !lx.in("utterance", tr.lemma(n)) || !lx.in("standpoint", tr.lemma(o)) {
		return nil
	}
	spk := tr.child(n, "nmod:poss")
	owner := tr.argOf(o, "of")
	if owner < 0 {
		owner = tr.child(o, "nmod:poss")
	}
	if spk < 0 || owner < 0 {
		return nil
	}
	return []Match{{Cue: i, Kind: "verb", Type: graph.Opposes, Source: owner, Target: spk, Content: -1, Mode: Asserted,
		Scope: Own, Outer: -1, Code: "110", Plover: "DISAPPROVE",
		Rule: "frames:disavowal:modality/represent/" + tr.lemma(i)}}
}
