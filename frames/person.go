package frames

import "strings"

// otherPerson reports a third-person pronoun src ("it", "they", "he", "she") in the content clause
// of the verb of saying h whose speaker is a first-person pronoun ("We told them that they …",
// "We have lodged representations, reminding it that … it will harm …": the speaker of a
// participle with no subject of its own is the governing clause's). A speaker refers to itself in
// the first person, so a third-person pronoun in its reported clause is someone else (Quirk et
// al. 1985, 6.11–6.13 on person; Huddleston & Pullum 2002, 17.2.1: first person is the speaker).
func (lx *Lexicon) otherPerson(tr *tree, src, h int) bool {
	switch strings.ToLower(tr.t[src].Form) {
	case "it", "they", "he", "she":
	default:
		return false
	}
	s := tr.child(h, "nsubj")
	if g := tr.t[h].Head; s < 0 && g >= 0 && (base(tr.rel(h)) == "advcl" || tr.rel(h) == "conj" || tr.rel(h) == "xcomp") {
		s = tr.child(g, "nsubj")
	}
	if s < 0 {
		return false
	}
	switch strings.ToLower(tr.t[s].Form) {
	case "we", "i":
		return true
	}
	return false
}
