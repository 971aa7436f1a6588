package frames

// agentNounTarget returns what the act of verb i's subject agent noun is aimed at, for a CAMEO
// pattern whose only slot is that subject noun on a verb of saying ("- CRITICS *" [111] in
// CAMEO.2.0.txt's EXPLAIN_VERBAL block: "Critics said the measure risked …"): the pattern codes
// the agent noun, a critic being one who criticizes, and the verb of saying adds only the
// saying, whose content is a claim (the claims stage), not what is criticized. What an agent
// noun's act is aimed at is its of-complement, as the verb's object is (Quirk et al. 1985, 17.52
// on postmodifying of-phrases of agentive nouns: "critics of the plan"); -1 when it has none,
// and the criticism then names no target.
func (tr *tree) agentNounTarget(i int) int {
	if s := tr.child(i, "nsubj"); s >= 0 {
		return tr.argOf(s, "of")
	}
	return -1
}
