package frames

// receivedOfAgent returns the named agent in the of-phrase of noun cue n, the object of a verb
// of receiving (modality.txt undergo: "The plan won the backing of Jordan", "Lima received the
// support of Quito"), or -1. The subject of such a verb is what the act is aimed at
// (undergoVerb: CAMEO.2.0.txt "WIN * BACKING" [:051], "RECEIVE * BACKING" [:051]), so the
// of-phrase cannot name it again: it is the subjective of-genitive, the noun's agent, as
// "Jordan's backing" (Quirk et al. 1985, 17.40-17.41 on the subjective genitive and its
// of-form). Only a proper name is read so ("faced criticism of its policy" names what is
// criticised, the objective reading), and only when the verb has a subject.
func (lx *Lexicon) receivedOfAgent(tr *tree, n int) int {
	a := tr.oblWith(n, "of")
	if a < 0 || tr.t[a].UPOS != "PROPN" {
		return -1
	}
	if s, _ := lx.undergoer(tr, n); s < 0 || s == a {
		return -1
	}
	return a
}
