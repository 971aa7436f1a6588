package frames

import "strings"

// genericSubjectClause returns the predicate whose subject is the subjectless -ing clause
// headed by c ("Raising tariffs won't solve any problem", "Imposing sanctions only hurts
// ordinary people"); -1 when c heads no such clause. A nonfinite clause with no subject of its
// own has an understood subject recovered from its matrix clause or, in subject function,
// none (its reading is indefinite or generic: Quirk et al. 1985, 15.10; Huddleston & Pullum
// 2002, 14.9.1), and a clause in subject position is the topic its predicate evaluates, not an
// event the sentence reports (Quirk et al. 1985, 15.5): so its act is no one's. The parser also
// hangs such a gerund as a modifier (compound, amod) of its own object when that object is the
// subject noun ("Raising tariffs" → "tariffs" nsubj); that reading is taken the same way. A
// gerund with its own subject ("China raising tariffs hurt trade") names its actor and is left
// alone, and so is an -ing clause beside a subject of the predicate ("The ministry, citing a
// report, warned": supplementive, not the subject).
func (tr *tree) genericSubjectClause(c int) int {
	if c < 0 {
		return -1
	}
	if h := tr.t[c].Head; h >= 0 && tr.rel(c) == "obj" && tr.t[h].XPOS == "VBG" && tr.t[c].UPOS == "NOUN" {
		c = h // the cue noun as the gerund's object: "Imposing sanctions …"
	}
	if n := tr.t[c].Head; (tr.rel(c) == "nsubj" || tr.rel(c) == "nsubj:pass") && n > c && tr.t[c].UPOS == "NOUN" {
		// the cue noun is the gerund's object hung as the subject: "Raising tariffs won't …"
		if g := tr.firstOf(c); g < c && tr.t[g].Head == c && (tr.rel(g) == "compound" || tr.rel(g) == "amod") && ingForm(tr, g) && tr.child(c, "det", "nmod:poss") < 0 {
			return n
		}
	}
	if tr.t[c].XPOS != "VBG" || tr.t[c].UPOS != "VERB" || tr.child(c, "nsubj", "nmod:poss", "mark", "case", "expl") >= 0 {
		return -1
	}
	h := tr.t[c].Head
	if h < 0 {
		return -1
	}
	if tr.rel(c) == "csubj" && h > c && tr.child(h, "nsubj", "nsubj:pass", "expl") < 0 {
		return h
	}
	return -1
}

// ingForm reports a -ing form the parser may tag VBG, JJ or NN when it opens a noun phrase
// ("Imposing sanctions" read as an adjective): the -ing participle of a verb (Quirk et al.
// 1985, 3.16).
func ingForm(tr *tree, g int) bool {
	w := strings.ToLower(tr.t[g].Form)
	return tr.t[g].XPOS == "VBG" || (tr.t[g].XPOS == "JJ" || tr.t[g].XPOS == "NN") && len(w) > 5 && strings.HasSuffix(w, "ing")
}

// firstOf returns the first token of the subtree headed by n.
func (tr *tree) firstOf(n int) int {
	f := n
	for _, k := range tr.kids[n] {
		if g := tr.firstOf(k); g < f {
			f = g
		}
	}
	return f
}
