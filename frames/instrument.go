package frames

// instrumentVerb returns the verb of striking or striking back (modality.txt class instrument)
// whose with-phrase noun cue n is, -1 when none: "Washington hit Beijing with tariffs", "the EU
// struck back with sanctions on …", "China retaliated with duties". The with-phrase of such a
// verb names the means by which its subject acts (Quirk et al. 1985, 9.48: with of instrument;
// Levin 1993, 18.1 Hit verbs), and when the means is a cue noun — a measure, a threat, a
// criticism, an offer — that act is what the subject does, the blow being its figure: the verb
// adds no act of its own, as a support verb adds none to its object (Mel'čuk 1996, Oper1).
// CAMEO.2.0.txt codes the same reading in its PHYSICAL_CONFLICT block (HIT, STRIKE, RETALIATE):
// "- * (WITH SANCTIONS)" and "- * (BY SANCTIONS)" [163] "impose embargo, boycott, or sanctions",
// not the block's 190 force. The parser hangs the phrase on the verb or on its particle ("struck
// back with", the obl of "back").
func (lx *Lexicon) instrumentVerb(tr *tree, n int) int {
	h := tr.t[n].Head
	if h < 0 || base(tr.rel(n)) != "obl" || tr.caseOf(n) != "with" {
		return -1
	}
	if tr.t[h].UPOS != "VERB" {
		if v := tr.t[h].Head; v >= 0 && tr.particleAt(v) == h {
			h = v // "hit back with tariffs": the phrase on the particle
		} else {
			return -1
		}
	}
	if tr.t[h].UPOS != "VERB" || !lx.in("instrument", tr.lemma(h)) {
		return -1
	}
	return h
}

// instrumentTarget returns whom verb v of striking aims at: its object ("hit Beijing with
// tariffs"), its passive subject ("Russia was hit with sanctions"), or the at- or against-phrase
// of its particle or of itself ("hit back at Washington with tariffs"); -1 when none, and the
// noun keeps its own target ("struck back with tariffs on soybeans").
func (tr *tree) instrumentTarget(v int) int {
	if o := tr.child(v, "obj"); o >= 0 {
		return o
	}
	if tr.passive(v) {
		if s := tr.child(v, "nsubj:pass"); s >= 0 {
			return s
		}
	}
	for _, p := range []string{"at", "against"} {
		if k := tr.particleArg(v, p); k >= 0 {
			return k
		}
		if k := tr.argOf(v, p); k >= 0 {
			return k
		}
	}
	return -1
}
