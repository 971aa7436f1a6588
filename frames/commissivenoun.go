package frames

// commissiveNoun reports whether noun o, the object of verb v, is a noun of promising
// (modality.txt intent and commitment: pledge, promise, vow) that v supports (modality.txt
// support, Oper1 in Mel'čuk 1996: renew, reaffirm, repeat, make, give) with no possessor or a
// possessive pronoun, which the verb's subject binds. Noun and support verb then say what the verb
// of promising says: "renewed its pledge to protect the fishermen" is "pledged again to protect
// the fishermen" (a noun with a to-infinitive complement corresponds to the verb with one, Quirk
// et al. 1985, 17.31-17.34; the support verb's subject is the noun's first argument, Mel'čuk
// 1996), so the infinitive is the subject's own announced act, scoped as the infinitive of the
// intent verb is (scope, xcomp), and not the noun's reported content as for a threat or a
// refusal ("dropped its threat to veto").
func (lx *Lexicon) commissiveNoun(tr *tree, o, v int) bool {
	if o < 0 || v < 0 || tr.t[o].UPOS != "NOUN" || tr.t[v].UPOS != "VERB" || !lx.in("support", tr.lemma(v)) {
		return false
	}
	if l := tr.lemma(o); !lx.in("intent", l) || !lx.in("commitment", l) {
		return false
	}
	if p := tr.child(o, "nmod:poss"); p >= 0 && tr.t[p].UPOS != "PRON" {
		return false // "renewed Ghana's pledge": another's promise
	}
	return true
}
