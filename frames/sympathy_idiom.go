package frames

import "github.com/claimgraph/claimgraph/graph"

// sympathyIdiom matches the idioms of sympathy (issue 13, idiom22 L4) "<someone's> thoughts /
// prayers are with <people>" and "<someone's> heart(s) / prayers go out to <people>" (modality.txt
// sympathy-idiom: Collins COBUILD English Dictionary, thought n., "if you say that your thoughts
// are with someone, you are thinking about them, especially with sympathy"; Cambridge
// International Dictionary of Idioms, "your heart goes out to someone": you feel great sympathy
// for them): the possessor (a possessive, or an of-phrase: "the thoughts of all Estonians")
// expresses sympathy toward the people named, CAMEO 018 "make empathetic comment", SUPPORTS as
// the nouns of condolence and sympathy are (cue-classes.txt condolence, sympathy). i is the
// predicate: the with-phrase's noun under a copula, or the verb go with out and a to-phrase.
// Left out: a negated predicate, a subject noun with no possessor (no one named as feeling),
// "thoughts on" or "at the heart of" (no such predicate). Rule
// "frames:idiom-sympathy:modality/sympathy-idiom/<noun>".
func (lx *Lexicon) sympathyIdiom(tr *tree, i int) []Match {
	tgt := -1
	switch {
	case tr.child(i, "cop") >= 0 && tr.caseOf(i) == "with" && tr.t[i].UPOS != "VERB":
		tgt = i // "our thoughts are with the victims"
	case tr.t[i].UPOS == "VERB" && tr.lemma(i) == "go" && tr.childWord(i, "out"):
		tgt = tr.argOf(i, "to") // "our hearts go out to the families"
	}
	if tgt < 0 || lx.negated(tr, i) {
		return nil
	}
	n := tr.child(i, "nsubj")
	if n < 0 || tr.t[n].UPOS != "NOUN" || !lx.in("sympathy-idiom", tr.lemma(n)) {
		return nil
	}
	src := tr.child(n, "nmod:poss")
	if src < 0 {
		src = tr.argOf(n, "of")
	}
	if src < 0 {
		return nil
	}
	return []Match{{Cue: n, Kind: "noun", Type: graph.Supports, Source: src, Target: tgt, Content: -1, Mode: Asserted,
		Scope: Own, Outer: -1, Code: "018", Plover: "",
		Rule: "frames:idiom-sympathy:modality/sympathy-idiom/" + tr.lemma(n)}}
}

// childWord reports a dependent of i whose lower-case form is w ("go out": the parser makes the
// particle an advmod or a compound:prt).
func (tr *tree) childWord(i int, w string) bool {
	for _, k := range tr.kids[i] {
		if tr.lower[k] == w {
			return true
		}
	}
	return false
}
