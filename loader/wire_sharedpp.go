package loader

// A list inside a prepositional complement (issue 13, nu23 B3). In "deplore the armed
// intervention against the independence, sovereignty and territorial integrity of Kampuchea" the
// parser hangs "sovereignty" and "integrity" on "intervention", the object, so the verb gets
// three targets and the stance is inverted (the speaker opposes the sovereignty it defends).
// Coordination is at the lowest level that gives a well-formed constituent (Quirk et al. 1985,
// 13.63), and a list whose last member alone carries the postmodifier shares it across all its
// members, with one determiner before the first (13.73–13.74 on shared determiners and final
// postmodifiers, "the independence, sovereignty and integrity of X"): such a list is one noun
// phrase, the complement of the preposition, not a list of objects.

// sharedPostmodifierList reattaches such conjuncts: a noun h with a prepositional nmod p (a
// common noun with a case word and a determiner of its own, no postmodifier of its own) and two or
// more conj dependents after p (the first may be hung as an appos after a comma, the others as its
// conj: the same list misparsed), none with a determiner; every one but the last bare (no nmod, no
// case), the last with a postmodifier (an nmod). The conjuncts become p's.
func sharedPostmodifierList(fs *frameSentence) {
	n := len(fs.toks)
	deps := func(h int) (det, mod, cas bool) {
		for k := 0; k < n; k++ {
			if fs.toks[k].Head != h || k == h {
				continue
			}
			switch fs.toks[k].DepRel {
			case "det", "nmod:poss":
				det = true
			case "nmod":
				mod = true
			case "case":
				cas = true
			}
		}
		return
	}
	for p := 0; p < n; p++ {
		h := fs.toks[p].Head
		if fs.toks[p].DepRel != "nmod" || fs.toks[p].UPOS != "NOUN" || h < 0 || h >= p || fs.toks[h].UPOS != "NOUN" {
			continue
		}
		if det, mod, cas := deps(p); !det || mod || !cas {
			continue
		}
		var cs []int
		for k := p + 1; k < n; k++ {
			r, g := fs.toks[k].DepRel, fs.toks[k].Head
			if fs.toks[k].UPOS == "NOUN" && (g == h && (r == "conj" || r == "appos" && len(cs) == 0 && fs.toks[k-1].Form == ",") || r == "conj" && len(cs) > 0 && g == cs[0]) {
				cs = append(cs, k)
			}
		}
		if len(cs) < 2 {
			continue
		}
		ok := true
		for i, c := range cs {
			det, mod, cas := deps(c)
			last := i == len(cs)-1
			ok = ok && !det && !cas && mod == last
		}
		if !ok {
			continue
		}
		for _, c := range cs {
			fs.toks[c].Head, fs.toks[c].DepRel = p, "conj"
		}
	}
}
