package frames

// partyTarget reports that class cue c at i has its target in the tree and that the target names
// a party (cue-classes.txt "party-target"): its head is a name (a proper noun or a capitalized
// word inside the sentence, as namedTarget reads one), or a personal pronoun that refers to
// persons (him, her, them, us, me; Quirk et al. 1985, 6.11–6.13 on the personal pronouns). Unlike
// namedTarget, a named modifier is not enough: "took on a larger role in Afghanistan" names a
// place, not the party taken on. A prepositional or phrasal verb of attack or rivalry
// ("turned on the chairman's rivals", "took him on") has a literal sense with a thing as object
// ("turned on the lights", "took on debt"; Quirk et al. 1985, 16.2–16.5); CAMEO codes events
// between actors (CAMEO codebook 1.1b3, ch. 1), so only a party makes the sense of attack.
func (lx *Lexicon) partyTarget(tr *tree, i int, c classCue, kind string) bool {
	t, _ := tr.targetOf(i, cand{targets: c.targets}, kind, -1)
	if t < 0 {
		return false
	}
	if !tr.timeNoun(t) && (tr.t[t].UPOS == "PROPN" || t > 0 && startsUpper(tr.t[t].Form)) {
		return true
	}
	if tr.t[t].UPOS != "PRON" {
		return false
	}
	switch tr.lower[t] {
	case "him", "her", "them", "us", "me":
		return true
	}
	return false
}
