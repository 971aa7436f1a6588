package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
)

// postponedAsObject repairs the parse of a verb of describing or regarding whose object is
// postponed after its as-complement: "India dismissed as baseless Pakistan's charge that …",
// "the office rubbished as “untrue” and “mischievous” a report published …". English moves a
// long object after a short object complement for end-weight (Quirk et al. 1985, 16.44 note on
// the complex-transitive "Object + Complement" order, 18.39 on postponement for end-weight;
// Huddleston & Pullum 2002, ch. 16, heavy-NP postposing), and the parser, which has seen few of
// these, hangs the object on the complement (as its obj, an unmarked nmod, or as the noun the
// adjective modifies, with the "as" its case). The complement, introduced by "as" right after
// verb v (modality.txt judge-as), is an adjective, or a word of data/lexicons/evaluations.txt
// the tagger made a noun ("untrue"), with its coordinated second word ("“untrue” and
// “mischievous”"); the object is the first noun after it whose head lies before it, with every
// word between its own. The repair: the complement becomes v's xcomp with the "as" its mark, its
// conjuncts its conj, the object v's obj, and a that-clause the parser hung on v right after the
// object the object's appositive clause (acl; Quirk et al. 1985, 17.26). A verb with an object of
// its own, or a noun phrase after "as" ("described as a betrayal the decision …" is not written),
// is left alone; a repair that would make a cycle is undone.
func postponedAsObject(d *doc, fs *frameSentence) {
	fr, eval := d.x.frames, d.Lx.Evaluation
	toks := fs.toks
	n := len(toks)
	quote := func(k int) bool { return toks[k].UPOS == "PUNCT" && strings.ContainsAny(toks[k].Form, "\"“”'`") }
	compl := func(k int) bool {
		return toks[k].UPOS == "ADJ" || toks[k].UPOS == "NOUN" && eval[strings.ToLower(toks[k].Form)] != 0 && !hasDeterminer(toks, k)
	}
	for v := 0; v+3 < n; v++ {
		if toks[v].UPOS != "VERB" || !fr.InClass("judge-as", strings.ToLower(lemmaOf(toks[v]))) || hasChild(toks, v, "obj") {
			continue
		}
		as := v + 1
		if strings.ToLower(toks[as].Form) != "as" {
			continue
		}
		k := as + 1
		for k < n && quote(k) {
			k++
		}
		if k >= n || !compl(k) {
			continue
		}
		c, conjs, cc := k, []int(nil), []int(nil)
		k++
		for k < n {
			for k < n && quote(k) {
				k++
			}
			j := k
			if j < n && (toks[j].Form == "," || strings.ToLower(toks[j].Form) == "and") {
				j++
				if j < n && strings.ToLower(toks[j].Form) == "and" {
					j++
				}
				for j < n && quote(j) {
					j++
				}
				if j < n && (compl(j) || (toks[j].Head == c || toks[j].Head == v) && toks[j].DepRel == "conj" && toks[j].UPOS != "PROPN") {
					// (the parser's own conjunct of the complement, whatever its tag: "mischievous"
					// read as a verb)
					cc = append(cc, k)
					conjs = append(conjs, j)
					k = j + 1
					continue
				}
			}
			break
		}
		e := k // the object's phrase begins here
		o := -1
		for j := e; j < n && o < 0; j++ {
			if (toks[j].UPOS == "NOUN" || toks[j].UPOS == "PROPN") && toks[j].Head < e {
				o = j
				break
			}
			if toks[j].Head >= 0 && toks[j].Head < e || toks[j].UPOS == "VERB" || toks[j].UPOS == "PUNCT" && !quote(j) {
				break // a word between that is not the object's own
			}
		}
		if o < 0 {
			continue
		}
		for j := e; j < o; j++ {
			if h := toks[j].Head; h < e || h > o {
				o = -1
				break
			}
		}
		if o < 0 {
			continue
		}
		saved := append([]frames.Token(nil), toks...)
		toks[o].Head, toks[o].DepRel = v, "obj"
		toks[c].Head, toks[c].DepRel = v, "xcomp"
		toks[as].Head, toks[as].DepRel = c, "mark"
		for i, x := range conjs {
			toks[x].Head, toks[x].DepRel = c, "conj"
			if toks[x].UPOS == "VERB" {
				toks[x].UPOS = "ADJ" // a conjunct of an adjective complement is one (Quirk et al. 1985, 13.50)
			}
			if w := cc[i]; toks[w].UPOS == "CCONJ" {
				toks[w].Head, toks[w].DepRel = x, "cc"
			}
		}
		_, hi := subtreeSpan(toks, o, -1)
		for j := hi; j < n; j++ {
			if toks[j].Head == v && toks[j].DepRel == "ccomp" && hasChild(toks, j, "mark") {
				if lo, _ := subtreeSpan(toks, j, -1); lo == hi {
					toks[j].Head, toks[j].DepRel = o, "acl"
				}
			}
		}
		if !acyclic(toks) {
			copy(toks, saved)
		}
	}
}

// hasDeterminer reports a word with a determiner of its own (a noun phrase, no bare complement).
func hasDeterminer(toks []frames.Token, k int) bool {
	return hasChild(toks, k, "det")
}

// acyclic reports that every head chain ends at a root.
func acyclic(toks []frames.Token) bool {
	for i := range toks {
		h, steps := toks[i].Head, 0
		for h >= 0 && steps <= len(toks) {
			h, steps = toks[h].Head, steps+1
		}
		if h >= 0 {
			return false
		}
	}
	return true
}
