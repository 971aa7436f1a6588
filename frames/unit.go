package frames

// unitCompounds re-heads a compound whose head is a unit noun (modality.txt class unit: package,
// round, raft, tranche …) and whose modifier is a cue noun of the hand classes ("the EU's latest
// sanctions package", "a new tariff package"), and a unit noun's of-phrase holding one ("a new
// round of sanctions"). Such a head names a quantity of what the modifier
// names, as the partitive "a package of sanctions" does (Quirk et al. 1985, 5.8-5.9: unit and
// typical partitive nouns, "a set of", "a series of", "a round of"), so the compound denotes
// the measures themselves and is no classifier of another thing ("the sanctions committee",
// classifier); so is the partitive itself, "a fresh round of sanctions on Iran". The cue noun takes the head's place in the tree (its head and relation; the unit
// noun hangs on it as compound), so its frame finds the support verb and the arguments the whole
// phrase has; the unit noun keeps its premodifiers (determiner, possessor), its postmodifiers
// ("against Iran") go with the cue noun.
func (lx *Lexicon) unitCompounds(tr *tree) {
	changed := false
	for i := range tr.t {
		h := tr.t[i].Head
		if h < 0 || tr.t[i].UPOS != "NOUN" || !lx.in("unit", tr.lemma(h)) || len(lx.classes["noun "+tr.lemma(i)]) == 0 {
			continue
		}
		switch {
		case tr.rel(i) == "compound" && h > i:
			tr.t[i].Head, tr.t[i].DepRel = tr.t[h].Head, tr.t[h].DepRel
			tr.t[h].Head, tr.t[h].DepRel = i, "compound"
		case base(tr.rel(i)) == "nmod" && h < i && tr.caseOf(i) == "of" && tr.rel(h) != "compound":
			// "a fresh round of sanctions on Iran": the partitive's of-noun is the head of the
			// meaning; its "of" goes with the unit noun, now a modifier before it
			for _, k := range tr.kids[i] {
				if tr.rel(k) == "case" {
					tr.t[k].Head = h
				}
			}
			tr.t[i].Head, tr.t[i].DepRel = tr.t[h].Head, tr.t[h].DepRel
			tr.t[h].Head, tr.t[h].DepRel = i, "nmod"
		default:
			continue
		}
		for _, k := range tr.kids[h] {
			if r := base(tr.rel(k)); k > h && k != i && (r == "nmod" || r == "acl") {
				// a postmodifier of the phrase ("package against Iran") goes with the new head
				tr.t[k].Head = i
			}
		}
		changed = true
	}
	if !changed {
		return
	}
	for i := range tr.kids {
		tr.kids[i] = tr.kids[i][:0]
	}
	for i, tk := range tr.t {
		if tk.Head >= 0 && tk.Head < len(tr.t) && tk.Head != i {
			tr.kids[tk.Head] = append(tr.kids[tk.Head], i)
		}
	}
}
