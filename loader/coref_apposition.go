package loader

// Apposition and its look-alikes (coref15, issue 14): which phrases after a name's comma can be
// its appositive (Quirk et al. 1985, 17.65–17.80: an appositive is a noun phrase that corefers
// with the name), and which cannot.

// adverbialOpener reports a subordinator (data/wordclasses/subordinators.txt, grammar-sourced
// entries only) that opens an adverbial clause after a comma: "Vox, after the company failed to
// appoint a representative, …" is no apposition (Quirk et al. 1985, 14.12 simple subordinators;
// 17.65 an appositive is a noun phrase). "as" is left out: "Ana Costa, as foreign minister,
// signed" states her role in the manner of an appositive (Quirk et al. 1985, 17.72 "as"
// marking apposition), so it keeps its reading.
func adverbialOpener(w string) bool {
	return w != "as" && w != "asked" && subordinators.Has(w)
}
