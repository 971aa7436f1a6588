package frames

// A verb of defence whose object is the subject's own abstract stake.

// ownDefence reports a verb of defence i (modality.txt defence: CAMEO.2.0.txt DEFEND [074]
// defend, protect, safeguard) whose direct object is a noun of a state's own stake (modality.txt
// own-stake: sovereignty, territory, integrity, interests, borders, …) determined by a possessive
// pronoun ("its", "their", "our"): "Venezuela would protect its territorial integrity",
// "safeguard our interests". CAMEO 074 "provide military protection or peacekeeping" is aid
// (PLOVER AID) given to a party other than the actor; guarding one's own sovereignty gives
// nothing to anyone, so the verb codes no OFFERS. A possessive pronoun in the object of a clause
// refers to its subject unless another antecedent is named (Quirk et al. 1985, 6.30 on possessive
// determiners); a named possessor ("protect Paraguay's border posts") or a protected party
// ("protect civilians") keeps the dictionary's 074. A verb of intent over it ("pledged to
// safeguard its sovereignty", modality.txt intent) commits its subject to that act and to no
// other: it codes no AGREE (030) of its own either (match.go verbCand).
func (lx *Lexicon) ownDefence(tr *tree, i int) bool {
	if !lx.in("defence", tr.lemma(i)) {
		return false
	}
	o := tr.child(i, "obj")
	if o < 0 || !lx.in("own-stake", tr.lemma(o)) {
		return false
	}
	return tr.ownPossessed(o)
}

// ownPossessed reports noun o determined by a possessive pronoun (nmod:poss tagged PRP$: "its",
// "their", "our"), which in a clause's object refers to the subject (Quirk et al. 1985, 6.30);
// ownDefence's stake and ownEvacuation's people.
func (tr *tree) ownPossessed(o int) bool {
	p := tr.child(o, "nmod:poss")
	return p >= 0 && tr.t[p].XPOS == "PRP$"
}

// ownEvacuation reports verb i with a subjectless to-infinitive of purpose (advcl or xcomp)
// whose verb brings people back or out (modality.txt evacuate: bring, fly, evacuate, repatriate,
// airlift) and whose object is the subject's own people, determined by a possessive pronoun
// ("will send a plane to bring its citizens home", "dispatched two ships to evacuate their
// nationals"). A purpose clause states what the act is for (Quirk et al. 1985, 15.48), and
// fetching one's own nationals is aimed at no other party: no coercion (CAMEO.2.0.txt's "SEND *
// &AIRCRAFT" [166] codes aircraft sent against a party) and no aid to another (CAMEO 07), so
// the verb codes nothing.
func (lx *Lexicon) ownEvacuation(tr *tree, i int) bool {
	ks := append([]int(nil), tr.kids[i]...)
	if o := tr.child(i, "obj"); o >= 0 {
		// "send an airliner to fly the workers home": the parser hangs the purpose infinitive
		// on the vehicle as an infinitival postmodifier (Quirk et al. 1985, 17.30, purpose)
		for _, k := range tr.kids[o] {
			if tr.rel(k) == "acl" {
				ks = append(ks, k)
			}
		}
	}
	for _, k := range ks {
		if r := tr.rel(k); r != "advcl" && r != "xcomp" && r != "acl" || k < i || tr.caseOf(k) != "to" || tr.subject(k) >= 0 || !lx.in("evacuate", tr.lemma(k)) {
			continue
		}
		if o := tr.child(k, "obj"); o >= 0 {
			if tr.ownPossessed(o) {
				return true
			}
			if d := tr.child(o, "det"); d >= 0 && tr.lemma(d) == "the" && tr.homeward(k) {
				// "send an airliner to fly the stranded workers home": a definite object
				// brought "home" is the subject's own people (home adv. "to one's own
				// country", OED home adv. 1b), as a possessive says it
				return true
			}
		}
	}
	return false
}

// homeward reports the adverb "home" (OED home adv. 1b "to one's own country") among the
// dependents of verb v.
func (tr *tree) homeward(v int) bool {
	for _, k := range tr.kids[v] {
		if tr.lemma(k) == "home" {
			return true
		}
	}
	return false
}
