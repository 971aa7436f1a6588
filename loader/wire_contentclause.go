package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
)

// Content clauses of the nearer verb (issue 13, session 13 trial finding 4): in "We have lodged
// representations to the United States, reminding it that if it uses …, it will harm …" the
// that-clause is the content of "reminding", not of "lodged": a content clause follows the verb
// that licenses it and that verb's objects (Quirk et al. 1985, 16.31–16.35: the that-clause as
// direct object after an indirect object, "reminded them that …"), and a clause after a
// participle clause closes that participle's phrase (late closure, Frazier 1978: a constituent
// attaches to the phrase being built). The EWT-trained parser often hangs the clause on the main
// verb, so a cue inside it is read as the writer's assertion instead of the reminder's content.

// contentClauseNearer reattaches each ccomp of a verb v that begins with "that" after a verb of
// saying or belief r (the frames report or scope class) inside v's phrase, between v and the
// clause, when r has an object or indirect object and no clause of its own: the clause is r's.
func contentClauseNearer(ex *Extractor, fs *frameSentence) {
	if ex.frames == nil {
		return
	}
	for c := range fs.toks {
		v := fs.toks[c].Head
		if fs.toks[c].DepRel != "ccomp" || v < 0 || v >= c {
			continue
		}
		that := -1
		for k := v + 1; k < c; k++ {
			if fs.toks[k].Head == c && fs.toks[k].DepRel == "mark" && strings.EqualFold(fs.toks[k].Form, "that") {
				that = k
				break
			}
		}
		if that < 0 {
			continue
		}
		for r := that - 1; r > v; r-- {
			if fs.toks[r].UPOS != "VERB" || !dominates(fs.toks, v, r) {
				continue
			}
			l := strings.ToLower(lemmaOf(fs.toks[r]))
			if !ex.frames.InClass("report", l) && !ex.frames.InClass("scope", l) {
				continue
			}
			obj, own := false, false
			for k := range fs.toks {
				if fs.toks[k].Head == r {
					rel := fs.toks[k].DepRel
					obj = obj || (rel == "obj" || rel == "iobj") && k < that
					own = own || rel == "ccomp" || rel == "xcomp"
				}
			}
			if obj && !own {
				fs.toks[c].Head = r
			}
			break // the nearest verb of saying decides
		}
	}
}

// dominates reports whether token a is an ancestor of token b in the tree toks.
func dominates(toks []frames.Token, a, b int) bool {
	for k, n := toks[b].Head, 0; k >= 0 && n < len(toks); k, n = toks[k].Head, n+1 {
		if k == a {
			return true
		}
	}
	return false
}
