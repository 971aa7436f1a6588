package frames

// goodsHead returns the noun that names what object o of a transfer verb transfers: o itself, or,
// when o is a measure, typical or quantifying partitive with an of-phrase ("200 tonnes of grain",
// "a shipment of rifles", "hundreds of doctors", "thousands of rounds of ammunition"), the noun of
// that of-phrase, followed through nested partitives. In a partitive the of-noun is the head of
// the meaning (Quirk et al. 1985, 5.8-5.9 on partitives of measure and typical partitives, 5.25 on
// quantifying nouns); the nouns are the modality.txt classes measure, unit and partitive (cues27,
// analysis26 4b). o < 0 gives -1; a noun that is no partitive, or has no of-phrase, gives o.
func (lx *Lexicon) goodsHead(tr *tree, o int) int {
	for hops := 0; o >= 0 && hops < 3; hops++ {
		l := tr.lemma(o)
		if !lx.in("measure", l) && !lx.in("unit", l) && !lx.in("partitive", l) {
			return o
		}
		n := tr.oblWith(o, "of")
		if n < 0 {
			return o
		}
		o = n
	}
	return o
}

// goodsIn reports whether noun n (an index, -1 for none) is of the modality.txt class by its
// lemma or its lower-cased form: WordNet lists plural-only goods nouns ("arms", "munitions") that
// the lemmatizer reduces to another word ("arm").
func (lx *Lexicon) goodsIn(tr *tree, n int, class string) bool {
	return n >= 0 && (lx.in(class, tr.lemma(n)) || lx.in(class, tr.lower[n]))
}
