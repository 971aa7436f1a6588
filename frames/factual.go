package frames

// modalContent reports a that-clause of cue i whose verb carries a future, conditional or
// deontic modal (modality.txt future, conditional, deontic: will, would, could, might, should,
// must). "agreed that their countries should cooperate" commits to a course of action (the
// mandative reading of a that-clause after verbs of agreeing and deciding, Quirk et al. 1985,
// 16.32; PLOVER AGREE "agree to"); a predictive modal ("agreed that the reform would be hard")
// differs from it only in the modal's sense, which the parse does not give, so any such modal
// counts. A clause with none states a view ("agreed that the deficit is large"). Read by
// cue-classes.txt's needs "factual".
func (lx *Lexicon) modalContent(tr *tree, i int) bool {
	for _, k := range tr.kids[i] {
		if tr.rel(k) != "ccomp" {
			continue
		}
		for _, m := range tr.kids[k] {
			if tr.rel(m) != "aux" {
				continue
			}
			if l := tr.lemma(m); lx.in("future", l) || lx.in("conditional", l) || lx.in("deontic", l) {
				return true
			}
		}
	}
	return false
}
