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

// linkedAdjComplement returns the complement of adjective i that the parser hung on the linking
// verb i complements: the phrase right after the adjective that starts with prep ("to" for a
// to-infinitive, or the preposition of a prepositional complement), attached to the verb as
// xcomp, advcl, obl or nmod. An adjective complementing a linking verb ("stands ready to work
// with …", "remained open to talks") takes its prepositional complement (Quirk et al. 1985,
// 16.69) and its to-infinitive complement (16.75) immediately after it; the verb takes neither
// there. -1 when i is no xcomp of a verb, or no such phrase follows it directly (a comma or
// another word between: "remained open, to the dismay of …").
func (tr *tree) linkedAdjComplement(i int, prep string) int {
	h := tr.t[i].Head
	if h < 0 || tr.rel(i) != "xcomp" || tr.t[h].UPOS != "VERB" || h > i {
		return -1
	}
	_, end := tr.span(i)
	for _, k := range tr.kids[h] {
		if k <= i {
			continue
		}
		r := base(tr.rel(k))
		if r != "xcomp" && r != "advcl" && r != "obl" && r != "nmod" {
			continue
		}
		lo, _ := tr.span(k)
		if lo == end && tr.lemma(lo) == prep && tr.t[lo].Head == k && (r == "obl" || r == "nmod" || tr.t[k].UPOS == "VERB") {
			return k
		}
	}
	return -1
}

// adjacentComplement returns, for a verb cue i of a line that takes an infinitive, its
// to-infinitive parsed as an adjunct (adjacentInfinitive); for an adjective cue, the
// to-infinitive hung on the linking verb it complements (linkedAdjComplement); -1 otherwise.
func (tr *tree) adjacentComplement(i int, kind string) int {
	switch kind {
	case "verb":
		return tr.adjacentInfinitive(i)
	case "adj":
		return tr.linkedAdjComplement(i, "to")
	}
	return -1
}

// argElsewhere returns the prep-phrase argument of cue i found off i itself: a verb's on its
// particle, stranded passive or aid recipient (verbArgElsewhere); an adjective's hung on its
// linking verb (linkedAdjComplement); -1 otherwise.
func (tr *tree) argElsewhere(i int, prep string, c cand, kind string) int {
	switch kind {
	case "verb":
		return tr.verbArgElsewhere(i, prep, c)
	case "adj":
		return tr.linkedAdjComplement(i, prep)
	}
	return -1
}
