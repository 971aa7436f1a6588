package frames

// headlineSubject reports a to-infinitive i whose governor h is a proper noun the parser made the
// root, with no subject or copula of its own: a headline "Ghana to keep poultry ban" is "Ghana is
// to keep …" with the copula left out (Quirk et al. 1985, 4.48 on be to for arranged future; the
// AP Stylebook's headline style drops forms of be), so the name is the verb's subject (rule
// verb-headline; trial26, issue 14).
func (tr *tree) headlineSubject(i, h int) bool {
	return tr.rel(h) == "root" && tr.t[h].UPOS == "PROPN" && tr.toInfinitive(i) && tr.child(h, "nsubj", "cop") < 0
}
