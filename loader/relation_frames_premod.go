package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/frames"
)

// The relations stage's copies of a frames relation for the earlier conjuncts of a coordinated
// nationality premodifier (moved from actor_coordmodifier.go, which finds the conjuncts, so that
// only the relations stage writes doc.rels: docs/layout/plan.md step 6).

// premodifierConjunctCopies copies relation r of frames match m for each earlier conjunct of a
// coordinated nationality premodifier (premodifierConjuncts) at its source token (when the
// source is the token's own actor, direct) and at its target token: each group or government
// the coordination names is the subject, or the one acted on ("imposed sanctions on Iranian and
// Nicaraguan officials").
func (d *doc) premodifierConjunctCopies(st *sent, fs *frameSentence, m frames.Match, direct bool, r *relCand) {
	if m.Source >= 0 && direct {
		for _, e := range actors.PremodifierConjuncts(d.Doc, st, fs.at[m.Source]) {
			if e != r.Src && e != r.Tgt {
				c := *r
				c.Src = e
				d.Rels = append(d.Rels, &c)
			}
		}
	}
	if m.Target >= 0 && m.Target != m.Content {
		for _, e := range actors.PremodifierConjuncts(d.Doc, st, fs.at[m.Target]) {
			if e != r.Src && e != r.Tgt {
				c := *r
				c.Tgt = e
				d.Rels = append(d.Rels, &c)
			}
		}
	}
}

// coordinatedPremodifiers extends the end hi of the phrase of an adjective h that the parser made
// the head of a coordination ending in a noun ("support free, fair and reciprocal trading
// relationships" parsed as free with fair and relationships as its conjuncts) to the end of that
// noun's phrase. Coordinated attributive adjectives modify the noun they precede (Quirk et al.
// 1985, ch. 13 on coordinated premodifiers: "free, fair and reciprocal" is one premodifier), so
// the noun heads the phrase and the adjectives alone name nothing. Only when every earlier
// conjunct is an adjective and the noun has no determiner of its own (a determiner starts a new
// noun phrase: "open, and the talks").
func (fs *frameSentence) coordinatedPremodifiers(h, hi int) int {
	if fs.toks[h].UPOS != "ADJ" {
		return hi
	}
	var conj []int
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel == "conj" {
			conj = append(conj, k)
		}
	}
	if n := fs.nounConjOfGovernor(h, conj); n >= 0 {
		conj = append(conj, n) // "supports free, fair, and reciprocal trading relationships" (news pair)
	}
	if len(conj) == 0 {
		return hi
	}
	last := conj[len(conj)-1]
	if last < h || fs.toks[last].UPOS != "NOUN" {
		return hi
	}
	for _, k := range conj[:len(conj)-1] {
		if fs.toks[k].UPOS != "ADJ" {
			return hi
		}
	}
	for _, k := range fs.kids[last] {
		if r := fs.toks[k].DepRel; (r == "det" || r == "nmod:poss") && k < last {
			return hi
		}
	}
	_, e := fs.span(last)
	return max(hi, e)
}

// nounConjOfGovernor returns the noun that closes the coordination of adjective h when the parser
// hung it on h's governor instead of on h ("supports free, fair, and reciprocal trading
// relationships" with relationships a conj of supports and free its xcomp): the noun's phrase
// must begin right after the last of h's adjective conjuncts, with only the coordinator and
// punctuation between, so nothing but the coordination separates them. A noun phrase is no conjunct of the verb it completes
// (coordination joins like constituents, Quirk et al. 1985, 13.5). -1 when there is none.
func (fs *frameSentence) nounConjOfGovernor(h int, conj []int) int {
	g := fs.toks[h].Head
	if g < 0 || fs.toks[h].DepRel != "xcomp" && fs.toks[h].DepRel != "obj" || fs.toks[g].UPOS != "VERB" {
		return -1
	}
	end := h
	for _, k := range conj {
		if fs.toks[k].UPOS != "ADJ" {
			return -1
		}
		end = max(end, k)
	}
	for _, k := range fs.kids[g] {
		if k <= end || fs.toks[k].DepRel != "conj" || fs.toks[k].UPOS != "NOUN" {
			continue
		}
		lo, _ := fs.span(k)
		for j := end + 1; j < lo; j++ {
			if u := fs.toks[j].UPOS; u != "PUNCT" && u != "CCONJ" {
				return -1
			}
		}
		return k
	}
	return -1
}

// premodifierCoordinationStart moves the start lo of the phrase of noun h back to the first of
// the coordinated attributive adjectives that end in it, when the parser made h a conjunct of the
// first adjective ("need better and more balanced trade": trade conj of better) or of the verb
// that adjective complements ("supports free, fair, and reciprocal trading relationships":
// relationships conj of supports, free its xcomp). The frames read the noun as the verb's object
// (frames/premodcoord.go), and the adjectives are its premodifiers (Quirk et al. 1985, 13.5 on
// coordination of like constituents; coordinatedPremodifiers for the adjective-headed target).
// Only when every conjunct before h is an adjective, only coordinators, punctuation and
// adjectives' modifiers stand between, and h has no determiner or possessive. lo otherwise.
func (fs *frameSentence) premodifierCoordinationStart(h, lo int) int {
	g := fs.toks[h].Head
	if fs.toks[h].UPOS != "NOUN" || fs.toks[h].DepRel != "conj" || g < 0 || g > h {
		return lo
	}
	a := g
	if fs.toks[g].UPOS == "VERB" {
		a = -1
		for _, k := range fs.kids[g] {
			if fs.toks[k].DepRel == "xcomp" && fs.toks[k].UPOS == "ADJ" && k > g && k < h {
				a = k
			}
		}
	}
	if a < 0 || fs.toks[a].UPOS != "ADJ" {
		return lo
	}
	for _, k := range fs.kids[h] {
		if r := fs.toks[k].DepRel; (r == "det" || r == "nmod:poss") && k < h {
			return lo
		}
	}
	for k := a + 1; k < lo; k++ {
		t := fs.toks[k]
		switch {
		case t.UPOS == "PUNCT", t.UPOS == "CCONJ":
		case t.UPOS == "ADJ" && t.DepRel == "conj" && t.Head == a:
		case t.DepRel == "advmod" && t.Head > k && t.Head < lo:
		default:
			return lo
		}
	}
	start := a
	for _, k := range fs.kids[a] {
		if fs.toks[k].DepRel == "advmod" && k < start {
			start = k // "more open, fair … trade"
		}
	}
	return min(lo, start)
}

// purposeEnd extends the end hi of the act headed by verb c over a purpose to-infinitive that
// follows it without a comma ("further steps must be taken to persuade Peru to lift its ban"):
// an integrated purpose adjunct is part of the act named (Quirk et al. 1985, 15.48 on purpose
// clauses; 8.87 ff. on adjuncts integrated in the clause), where the news pair hangs it as advcl
// (UD) and the old pair as xcomp, which the phrase kept. One set off by a comma, or separated
// from the act's phrase by anything but nothing, stays out. hi otherwise.
func (fs *frameSentence) purposeEnd(c, hi int) int {
	for _, k := range fs.kids[c] {
		if fs.toks[k].DepRel != "advcl" || k < hi {
			continue
		}
		lo, e := fs.span(k)
		if lo != hi || !strings.EqualFold(fs.toks[lo].Form, "to") || fs.toks[lo].DepRel != "mark" || fs.toks[lo].Head != k {
			continue
		}
		hi = e
	}
	return hi
}
