package frames

// Cue senses that express no stance (issue 13, branch cues14): a dictionary verb used in a sense
// that is no act towards anyone. Each function is one class with its source.

// propositional reports a content clause c that states a proposition: tensed (indicative), or
// with a modal of possibility or ability (modality.txt hedge, ability: "that China may not
// change", "that the talks could fail", "that Kenya cannot pay"). Epistemic and dynamic
// possibility keep the clause declarative (Huddleston & Pullum 2002, 11.3–11.4; Palmer 2001,
// ch. 2–3): nothing possible is agreed to as an act. Not so the mandative subjunctive and
// should/must (Quirk et al. 1985, 16.32: "agreed that talks should resume"), nor will/shall,
// which after a verb of agreement may state the course agreed on ("agreed that the banks will
// coordinate": volition, not only prediction, Quirk et al. 1985, 4.57–4.58).
func (lx *Lexicon) propositional(tr *tree, c int) bool {
	if tr.indicative(c) {
		return true
	}
	if lx.deontic(tr, c) >= 0 {
		return false
	}
	for _, k := range tr.kids[c] {
		if l := tr.lemma(k); base(tr.rel(k)) == "aux" && tr.t[k].XPOS == "MD" && (lx.in("hedge", l) || lx.in("ability", l)) {
			return true
		}
	}
	return false
}

// raisingUse reports verb i used as an ordinary raising verb (modality.txt raising: tend, seem,
// appear, happen, chance, prove): active, with a to-infinitive complement (xcomp) and no object.
// Its subject is the infinitive's, not its own argument (Huddleston & Pullum 2002, 14.2.1), so
// none of the verb's dictionary senses applies: "money from China tends to flow to the United
// States" is no DEFEND 074 (TEND "tend the wounded"); the infinitive's own cue, if any, is
// matched on the infinitive.
func (lx *Lexicon) raisingUse(tr *tree, i int) bool {
	if tr.t[i].UPOS != "VERB" || !lx.in("raising", tr.lemma(i)) || tr.passive(i) || tr.child(i, "obj", "iobj") >= 0 {
		return false
	}
	x := tr.child(i, "xcomp")
	return x >= 0 && tr.caseOf(x) == "to"
}
