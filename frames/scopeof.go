package frames

// ScopeOf is scope over a parsed sentence: whose act the predicate at token p is, for the
// candidate holder at token src (-1 when the holder is not a token of the sentence, as for a
// quotation's speaker). It returns Own when the predicate is asserted as the holder's act, else
// Belief, Prediction, Content, Hypothesis or Background and the token of the word that scopes
// it. The learned stance layer (loader/relation_stance.go) asks it so that its relations keep
// the rule the cue frames keep (issue 13; Quirk et al. 1985, 15.36 on conditional clauses, 16.31
// on verbs of belief and prediction): a stance inside another actor's belief, prediction or
// hope, inside an if-clause, or told as dated background, is no act of the embedded holder.
// An index outside the sentence gives Own, -1.
func (lx *Lexicon) ScopeOf(toks []Token, p, src int) (Scope, int) {
	if p < 0 || p >= len(toks) {
		return Own, -1
	}
	if src >= len(toks) {
		src = -1
	}
	return lx.scope(newTree(toks), p, Asserted, src)
}
