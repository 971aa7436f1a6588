package frames

// titledName reports a proper name k premodified by a common noun of the modality.txt class
// (close apposition with the title first: "U.S. envoy David Hale", "Chilean envoy Juan Perez",
// the parser's compound on the name; Quirk et al. 1985, 17.72-17.76 on close apposition, "the
// poet Burns"; AP Stylebook, titles: a title before a name is capitalized as part of it or set
// in lower case as a descriptor): the name denotes a member of the class, as "the Chilean
// envoy" does. A name modified by a noun of another class ("Senator John Smith" for diplomat)
// is none.
func (lx *Lexicon) titledName(tr *tree, k int, class string) bool {
	if k < 0 || tr.t[k].UPOS != "PROPN" {
		return false
	}
	for _, m := range tr.kids[k] {
		if m < k && tr.rel(m) == "compound" && tr.t[m].UPOS == "NOUN" && lx.in(class, tr.lemma(m)) {
			return true
		}
	}
	return false
}
