package frames

// statePresent reports verb i of class afford (offer) in the state present: the simple present,
// a subject that is not the speaker's "I" or "we" (a first-person simple present is the
// performative, "we offer our support": Quirk et al. 1985, 4.8), and no recipient or proposal —
// no indirect object, to- or for-phrase, or clausal complement ("offers Kenya a loan", "offers
// to mediate" stay offers). The verb then presents or affords what its object names (modality.txt
// afford; Quirk et al. 1985, 4.6-4.7: the simple present of a verb not in commentary states a
// state or a habit), not an offer made to someone (CAMEO 03 "express intent to cooperate"). Only
// the verb's default entry: a dictionary pattern naming what is offered ("OFFER * TALKS" 036,
// "* AID" 0333) keeps the act.
func (lx *Lexicon) statePresent(tr *tree, i int) bool {
	if !tr.simplePresent(i) || tr.firstPersonSubject(i) || tr.child(i, "nsubj") < 0 {
		return false
	}
	if tr.child(i, "iobj", "xcomp", "ccomp") >= 0 || tr.argOf(i, "to") >= 0 || tr.argOf(i, "for") >= 0 {
		return false
	}
	// two objects: the parser's obj for an indirect object ("offers Athens a joint patrol")
	return len(tr.children(i, "obj")) < 2
}
