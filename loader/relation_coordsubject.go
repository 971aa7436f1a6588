package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/syntax/retag"
)

// Coordinated actor subjects (branch cons28). "Cypriot lawmakers and Madagascar proposed …",
// "The Sri Lankan foreign ministry and Dominican Republic condemned …", "Uruguay and Equatorial
// Guinea gave …": two actors' names joined by "and" before the finite verb are one subject of
// two conjuncts, and each conjunct acts (Huddleston & Pullum 2002, ch. 15, coordination: the
// coordinates share the function of the whole; Quirk et al. 1985, 13.36, coordinated subjects).
// The EWT parser reads the first name as a sentence of its own with the second name's clause
// conjoined to it ("lawmakers" root, "proposed" its conj with "Madagascar" for subject), hangs
// it on the verb as an unmarked oblique, or splits a two-word name between the two ("[Uruguay
// and Equatorial] Guinea"). A proper name is one unit (H&P 5.20), so the conjuncts are the two
// names; the first becomes the verb's subject, the second its conjunct. Only "and" (an
// "or" subject names one of the two, H&P 15.2.2), only a coordination that opens the
// sentence, and only before a finite verb; a parse that already conjoins the two is left.

// coordinatedSubject re-attaches such a coordinated subject in fs (fs.at must be set).
func (d *doc) coordinatedSubject(st *sent, fs *frameSentence) {
	n := len(fs.toks)
	men := func(i int) *mention {
		if i < 0 || i >= n {
			return nil
		}
		m := actors.MentionAt(d.Doc, st, fs.at[i])
		if m == nil || !docpkg.ActorKind(m.Ent) {
			return nil
		}
		return m
	}
	a0 := 0
	if a0 < n && fs.toks[a0].UPOS == "DET" && men(a0) == nil {
		a0++
	}
	mA := men(a0)
	if mA == nil {
		return
	}
	a1 := a0
	for a1 < n && men(a1) != nil {
		a1++ // the name and the actor noun it premodifies ("New Zealand lawmakers")
	}
	k := a1 // the coordinator
	if k+1 >= n || strings.ToLower(fs.toks[k].Form) != "and" {
		return
	}
	b0 := k + 1
	if fs.toks[b0].UPOS == "DET" && men(b0) == nil {
		b0++
	}
	mB := men(b0)
	if mB == nil || mB == mA {
		return
	}
	b1 := b0
	for b1 < n && men(b1) != nil {
		b1++
	}
	v := b1
	if v < n && fs.toks[v].UPOS == "ADV" {
		v++
	}
	if v >= n || !retag.FiniteVerb(fs.toks[v].UPOS, fs.toks[v].XPOS) {
		return
	}
	inU := func(i int) bool { return i >= 0 && i < b1 }
	hA, hB := nameHead(fs, 0, a1), nameHead(fs, k+1, b1)
	if fs.toks[hB].Head == hA && fs.toks[hB].DepRel == "conj" {
		return // already conjoined
	}
	if vh := fs.toks[v].Head; inU(vh) {
		// the verb hung on a conjunct ("lawmakers" root, "proposed" its conj): it takes the
		// place the first name held
		oh, orel := fs.toks[hA].Head, fs.toks[hA].DepRel
		if inU(oh) || oh == v {
			oh, orel = -1, "root"
		}
		fs.toks[v].Head, fs.toks[v].DepRel = oh, orel
	}
	for i := 0; i < b1; i++ {
		switch {
		case i == hA:
			fs.toks[i].Head, fs.toks[i].DepRel = v, "nsubj"
		case i == hB:
			fs.toks[i].Head, fs.toks[i].DepRel = hA, "conj"
		case i == k:
			fs.toks[i].Head, fs.toks[i].DepRel = hB, "cc"
		case i < k:
			attachInName(fs, i, 0, a1, hA)
		default:
			attachInName(fs, i, k+1, b1, hB)
		}
	}
	for i := b1; i < n; i++ {
		if i != v && inU(fs.toks[i].Head) {
			fs.toks[i].Head = v // what follows the subject is the verb's
		}
	}
}

// nameHead is the head of the phrase [lo, hi): its one word governed from outside it, or its
// last word (a name's head is its last word, Quirk et al. 1985, 17.2).
func nameHead(fs *frameSentence, lo, hi int) int {
	h := -1
	for i := lo; i < hi; i++ {
		if g := fs.toks[i].Head; g < lo || g >= hi {
			if h >= 0 {
				return hi - 1
			}
			h = i
		}
	}
	if h < 0 || fs.toks[h].UPOS == "DET" || fs.toks[h].UPOS == "ADJ" && h < hi-1 {
		return hi - 1
	}
	return h
}

// attachInName hangs word i of the phrase [lo, hi) on its head h when the parser hung it outside
// the phrase: a determiner as det, an adjective as amod, any other word as compound.
func attachInName(fs *frameSentence, i, lo, hi, h int) {
	if i == h {
		return
	}
	if g := fs.toks[i].Head; g >= lo && g < hi && g != i {
		return
	}
	rel := "compound"
	switch fs.toks[i].UPOS {
	case "DET":
		rel = "det"
	case "ADJ":
		rel = "amod"
	}
	fs.toks[i].Head, fs.toks[i].DepRel = h, rel
}
