package frames

// Readings of two shapes that do not depend on where the parser hangs a phrase. Each test looks
// at the surface shape (commas, word order, tags) and accepts the attachments that UD, the
// embedded parser and the parsers trained on more data give it (NOTES-syntax.md, third and sixth
// passes; branch parse26), so that a better parse does not lose a reading a worse one had.

// supplementive returns the source of an -ing participle i set off by a comma after the subject
// of its clause and before that clause's verb ("The ministry, citing a report, warned …"), and
// the frame that names the reading; (-1, "") when i is not in that shape. Such a participle is a
// supplementive clause whose implied subject is the subject of the matrix clause (Quirk et al.
// 1985, 15.58–15.60), not a conjunct of the noun (coordination joins like constituents, 13.5)
// nor the verb's clausal subject. Accepted attachments:
//   - conj of the subject noun, with no conjunction (the embedded parser): the noun, "verb-attached";
//   - advcl (UD), csubj, parataxis or dep of the matrix verb h that follows it, when h has a
//     nominal subject before i: h's source, "verb-adjunct".
//
// Indices are token positions in tr; depth bounds the recursion of verbSource.
func (tr *tree) supplementive(i, depth int) (int, string) {
	h := tr.t[i].Head
	if h < 0 || tr.t[i].XPOS != "VBG" || i == 0 || tr.t[i-1].Form != "," || tr.child(i, "cc") >= 0 || tr.child(i, "nsubj") >= 0 {
		return -1, ""
	}
	switch r := base(tr.rel(i)); {
	case r == "conj" && tr.nominal(h) && h < i && (tr.rel(h) == "nsubj" || tr.rel(h) == "nsubj:pass"):
		return h, "verb-attached"
	case (r == "advcl" || r == "csubj" || r == "parataxis" || r == "dep") && h > i && tr.t[h].UPOS == "VERB":
		s := tr.child(h, "nsubj", "nsubj:pass")
		if s < 0 || s > i || !tr.nominal(s) {
			return -1, ""
		}
		if src, _ := tr.verbSource(h, depth+1); src >= 0 {
			return src, "verb-adjunct"
		}
	}
	return -1, ""
}
