package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// Target phrase boundaries of English phrase structure (issue 13, trial 15 B14): what the parse
// hangs inside a target's noun phrase but is no part of what the target names.

// nominalHead reports a word that heads a noun phrase (UD nominals, and the numbers and symbols
// that head a measure phrase: "$150 billion").
func nominalHead(upos string) bool {
	switch upos {
	case "NOUN", "PROPN", "PRON", "NUM", "SYM":
		return true
	}
	return false
}

// verbConjunctOfNominal reports a conjunct k that is a verb coordinated with the nominal n ("…
// tariffs on $150 billion in Chinese goods and dismayed by suggestions …": the participle is the
// subject's second predicate, which the parser hung on the last noun). Coordination joins
// constituents of like category (Quirk et al. 1985, 13.5 and 13.41: coordinated units are
// syntactically alike; Huddleston & Pullum 2002, 15.4 on likeness of coordinates), so a verb
// phrase after a coordinator does not continue a noun phrase: the phrase ends before the
// coordinator.
func (fs *frameSentence) verbConjunctOfNominal(n, k int) bool {
	return fs.toks[k].DepRel == "conj" && (fs.toks[k].UPOS == "VERB" || fs.toks[k].UPOS == "AUX") && nominalHead(fs.toks[n].UPOS)
}

// channelStart cuts the end hi of the target phrase headed by h before a through- or via-phrase
// on h whose noun is a body or person, not a place: the intermediary the act went through ("lodged
// protests to the two companies through its representative office") is an adjunct of means of
// the clause (Quirk et al. 1985, 9.48–9.50: through and via of means and intermediate agency),
// not a postmodifier of the target, which a channel of transmission does not describe. A place
// ("the pipeline via Turkey", "the road through the Andes") is the spatial postmodifier of a
// path noun and stays. hi otherwise.
func (d *doc) channelStart(st *sent, fs *frameSentence, h, hi int) int {
	for _, k := range fs.kids[h] {
		if k < h || k >= hi || (fs.toks[k].DepRel != "nmod" && fs.toks[k].DepRel != "obl") {
			continue
		}
		c := fs.caseOf(k)
		if c < 0 || (!strings.EqualFold(fs.toks[c].Form, "through") && !strings.EqualFold(fs.toks[c].Form, "via")) {
			continue
		}
		mm := d.mentionAt(st, fs.at[k])
		if mm == nil || !actorKind(mm.Ent) || mm.Ent.Final().Kind == graph.Country {
			continue
		}
		lo, _ := fs.span(k)
		if lo > h {
			return lo
		}
	}
	return hi
}

// caseOf is the case-marking preposition of nominal k (its UD case dependent before it), or -1.
func (fs *frameSentence) caseOf(k int) int {
	for _, c := range fs.kids[k] {
		if c < k && fs.toks[c].DepRel == "case" {
			return c
		}
	}
	return -1
}

// leadingCoordinator moves the start lo of the phrase headed by h past a comma and a coordinator
// that open it (", and will be producing …"): a coordinator links its coordinate to what goes
// before and is no part of the coordinate's content (Quirk et al. 1985, 13.18; Huddleston &
// Pullum 2002, 15.2: the coordinator marks the coordinate, it does not belong to what it names),
// and neither is the comma before it (nor the function word that attaches the phrase after
// them, as phrase drops it).
func (fs *frameSentence) leadingCoordinator(h, lo int) int {
	for lo < h {
		switch r := fs.toks[lo].DepRel; {
		case r == "cc" || r == "punct":
		case (r == "case" || r == "mark") && fs.toks[lo].Head == h:
		default:
			return lo
		}
		lo++
	}
	return lo
}

// verblessRootEnd cuts the end hi of the content clause headed by verb c before the sentence's
// main predicate when the parser, having made a noun the root of the sentence ("Chinese pressure
// on Nepal to sign the pact is intense": root "pressure"), hung that predicate inside the
// clause. An independent clause has a finite verb (Quirk et al. 1985, 3.52 and 10.1: the
// finite verb phrase of the clause's predicate), so with a root that is neither a verb nor a
// copular predicate the first finite verb inside the content clause that no subordinator or
// relative clause introduces is the main clause's, and the content ends before it ("Nepal
// signing the pact", not "… the pact is intense"). hi otherwise.
func (fs *frameSentence) verblessRootEnd(c, hi int) int {
	for r := range fs.toks {
		if fs.toks[r].Head >= 0 {
			continue
		}
		if u := fs.toks[r].UPOS; u == "VERB" || u == "AUX" {
			return hi
		}
		for _, k := range fs.kids[r] {
			if fs.toks[k].DepRel == "cop" {
				return hi
			}
		}
	}
	for k := c + 1; k < hi; k++ {
		switch fs.toks[k].XPOS {
		case "VBZ", "VBP", "VBD", "MD":
		default:
			continue
		}
		p := k
		if r := fs.toks[k].DepRel; (r == "aux" || r == "aux:pass" || r == "cop") && fs.toks[k].Head >= 0 {
			p = fs.toks[k].Head
		}
		subordinate := fs.toks[p].DepRel == "acl:relcl"
		for _, m := range fs.kids[p] {
			if r := fs.toks[m].DepRel; r == "mark" || r == "nsubj" && fs.toks[m].UPOS == "PRON" && whPronoun[strings.ToLower(fs.toks[m].Form)] {
				subordinate = true
			}
		}
		if !subordinate {
			return k
		}
	}
	return hi
}

// serialListEnd extends the end hi of a target phrase over the rest of a list its last word
// opens: "in each of 2026, 2027, and 2028" cut after "2026" because the parser hung the later
// items elsewhere (as an apposition, or on the verb). A coordination of more than two conjuncts
// is one constituent, written "A, B, and C" with commas between the conjuncts and the
// coordinator before the last (Quirk et al. 1985, 13.18 and 13.33; Huddleston & Pullum 2002,
// 15.2: the coordinates of a coordination are alike in category), so a phrase boundary does not
// fall inside it. The list is read on the surface: after the phrase's last word, one or more
// ", X" and a final "[,] and|or X", every X a single word of the last word's part of speech. hi
// otherwise.
func (fs *frameSentence) serialListEnd(lo, hi int) int {
	n := len(fs.toks)
	if hi <= lo || hi >= n || fs.toks[hi].Form != "," {
		return hi
	}
	pos := fs.toks[hi-1].UPOS
	if pos != "NUM" && pos != "PROPN" && pos != "NOUN" {
		return hi
	}
	alike := func(i int) bool { return i < n && fs.toks[i].UPOS == pos && (i+1 >= n || fs.toks[i+1].UPOS != pos) }
	for i, items := hi, 0; i < n; {
		if fs.toks[i].Form == "," {
			i++
		}
		if i < n && fs.toks[i].UPOS == "CCONJ" && (strings.EqualFold(fs.toks[i].Form, "and") || strings.EqualFold(fs.toks[i].Form, "or")) {
			if items > 0 && alike(i+1) {
				return i + 2
			}
			return hi
		}
		if !alike(i) || i+1 >= n || fs.toks[i+1].Form != "," && fs.toks[i+1].UPOS != "CCONJ" {
			return hi
		}
		i, items = i+1, items+1
	}
	return hi
}

// strandedParticiple cuts the end hi of a target phrase before a participle that ends it while
// its own complements were cut away ("the tariffs on Chinese imports imposed" from "… imposed
// to curb fentanyl flows by …"): a non-finite postmodifying clause is a reduced relative clause
// (Quirk et al. 1985, 17.27–17.30), a constituent the boundary keeps whole or leaves out, never
// its verb alone. hi otherwise.
func (fs *frameSentence) strandedParticiple(lo, hi int) int {
	for hi-1 > lo {
		v := hi - 1
		if fs.toks[v].UPOS != "VERB" || !strings.HasPrefix(fs.toks[v].DepRel, "acl") {
			return hi
		}
		cut := false // a dependent of the participle after the phrase's end
		for _, k := range fs.kids[v] {
			cut = cut || k >= hi && fs.toks[k].UPOS != "PUNCT"
		}
		if !cut {
			return hi
		}
		hi = v
		for hi-1 > lo && fs.toks[hi-1].UPOS == "PUNCT" {
			hi--
		}
	}
	return hi
}
