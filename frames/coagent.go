package frames

// Co-agents of an in-gerund adjunct (args32).
//
// "The mayor joined Governor Smith in calling for a special prosecutor": join in this use (OED
// join v. "to take part with (a person) in some action") names, as its object, one who already
// does the act of the in-gerund, and its subject as one who now does it too. The gerund's covert
// subject is the matrix subject (Quirk et al. 1985, 15.60), which verbSource finds; the object
// is a second agent of the same act, as a conjunct of the subject would be ("the mayor and
// Governor Smith called for …"). Words: modality.txt co-agent.

// joinedAgent returns the object of a co-agent verb (modality.txt co-agent) when cue i is its
// subjectless in-gerund adjunct (advcl, VBG, marked "in"), or the noun of its with-phrase when it
// has no object ("joined with the unions in opposing …"); -1 otherwise, and for a pronoun object
// of the first or second person ("join us in calling for …" is an appeal to the addressee, whose
// act is wanted, not done).
func (lx *Lexicon) joinedAgent(tr *tree, i int) int {
	h := tr.t[i].Head
	if h < 0 || h > i || tr.t[i].XPOS != "VBG" || base(tr.rel(i)) != "advcl" || tr.caseOf(i) != "in" || tr.child(i, "nsubj") >= 0 {
		return -1
	}
	if tr.t[h].UPOS != "VERB" || !lx.in("co-agent", tr.lemma(h)) {
		return -1
	}
	o := tr.child(h, "obj")
	if o < 0 {
		o = tr.oblWith(h, "with")
	}
	if o < 0 || o > i || !tr.nominal(o) || tr.timeNoun(o) {
		return -1
	}
	switch tr.lower[o] {
	case "us", "me", "you":
		return -1
	}
	return o
}
