package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
)

// Coordinated present verbs read as plural nouns (issue 13, claims16; a new-user trial's "China
// supports X's efforts and calls on all parties to …"). In "Germany welcomes the ceasefire and
// urges both sides to respect it", "France condemns the coup and demands the release of the
// envoy" and "China supports Egypt's efforts and calls on all parties to return to the table"
// the tagger reads the second verb as an -s plural noun and the parser conjoins it to the first
// verb's object, so the second act is lost and its words swell the first act's target.
// Coordinated predicates without a subject of their own share the first conjunct's subject
// (Quirk et al. 1985, 13.46), and an -s form after the coordinator agrees, as a verb, with a
// third-person singular present (VBZ) first conjunct. The word is the verb when what follows it
// is a verb's complement: a noun phrase the parser labelled a direct object, which a noun never
// takes (noun complementation is prepositional: Quirk et al. 1985, 17.21–17.23), or a
// prepositional object with a to-infinitive of its own, the complex-transitive "call on X to V",
// "appeal to X to V" (Quirk et al. 1985, 16.62–16.63). Only a bare plural (no determiner,
// possessor or modifier of its own) is re-read: "the efforts and the calls" stays nominal.

// coordinatedPresentVerb reattaches each such noun as a VBZ verb conjoined to the verb g whose
// object it was conjoined to, and the complement that opens right after it as its object (obj) or
// prepositional object (obl). The object may be a nonfinite clause's, inside the first
// predicate's complement ("China commends the efforts made by Kabul in promoting peace and
// welcomes its decision to …": conjoined to "peace", the object of "promoting"): an -s verb
// agrees only with a finite present predicate, and the nearest VBZ verb above the object is the
// first conjunct whose subject it shares (control18; finiteVerbAbove).
func coordinatedPresentVerb(fs *frameSentence) {
	toks := fs.toks
	for c := range toks {
		h := toks[c].Head
		if toks[c].DepRel != "conj" || toks[c].UPOS != "NOUN" || toks[c].XPOS != "NNS" || h < 0 || h >= c || c+2 >= len(toks) {
			continue
		}
		g := -1
		switch {
		case toks[h].UPOS == "VERB" && toks[h].XPOS == "VBZ":
			g = h // "… takes this opportunity to express …, and announces that …": conjoined to the verb itself
		case nominalInObject(toks, h):
			g = finiteVerbAbove(toks, h)
		}
		if g < 0 {
			continue
		}
		cc, bare := false, true
		for k := 0; k < c; k++ {
			if toks[k].Head != c {
				continue
			}
			switch toks[k].DepRel {
			case "cc":
				w := strings.ToLower(toks[k].Form)
				cc = w == "and" || w == "but"
			case "det", "nmod:poss", "amod", "compound", "nummod":
				bare = false
			}
		}
		if !cc || !bare {
			continue
		}
		if v := thatClauseAfter(toks, c); v >= 0 {
			// "and announces that we have offered …": the that-clause the parser made a relative
			// clause of the noun is the verb's object clause (Quirk et al. 1985, 16.31)
			toks[c].Head, toks[c].UPOS, toks[c].XPOS = g, "VERB", "VBZ"
			toks[v].Head, toks[v].DepRel = c, "ccomp"
			toks[c+1].Head, toks[c+1].DepRel, toks[c+1].UPOS = v, "mark", "SCONJ"
			continue
		}
		n, rel := verbComplementAfter(toks, c)
		if n < 0 {
			continue
		}
		toks[c].Head, toks[c].UPOS, toks[c].XPOS = g, "VERB", "VBZ"
		toks[n].Head, toks[n].DepRel = c, rel
	}
}

// nominalInObject reports h as the object of a verb or a noun inside it: obj, or an nmod/obl
// noun whose chain of heads reaches an obj ("keeps watching the border with deep unease and
// calls on …": the -s form conjoined to "unease", a noun in the object's postmodifier). Session
// 23 class N5: the first conjunct's complement may end in a prepositional phrase.
func nominalInObject(toks []frames.Token, h int) bool {
	for a, steps := h, 0; a >= 0 && steps <= len(toks); a, steps = toks[a].Head, steps+1 {
		switch toks[a].DepRel {
		case "obj":
			return true
		case "nmod", "obl":
			if toks[a].UPOS != "NOUN" && toks[a].UPOS != "PROPN" {
				return false
			}
			if g := toks[a].Head; toks[a].DepRel == "obl" && g >= 0 && toks[g].UPOS == "VERB" {
				return true // a verb's prepositional complement ("watching the dispute over the glacier")
			}
		default:
			return false
		}
	}
	return false
}

// thatClauseAfter returns the verb of a that-clause opening right after c that the parser hung on
// c, as a relative clause ("announces that we have offered": "that" read as a relative pronoun
// with the clause's verb as acl:relcl of the noun) or as its complement clause; -1 when there is
// none.
func thatClauseAfter(toks []frames.Token, c int) int {
	if c+2 >= len(toks) || !strings.EqualFold(toks[c+1].Form, "that") {
		return -1
	}
	v := toks[c+1].Head
	if v <= c+1 || v >= len(toks) || toks[v].Head != c || toks[v].DepRel != "acl:relcl" && toks[v].DepRel != "ccomp" || toks[v].UPOS != "VERB" {
		return -1
	}
	for k := c + 2; k < v; k++ {
		if toks[k].Head == v && strings.HasPrefix(toks[k].DepRel, "nsubj") {
			return v // the clause has its own subject: "that" is no relative pronoun subject
		}
	}
	return -1
}

// finiteVerbAbove returns the nearest VBZ verb on the path from h up to the root, every step
// before h; -1 when there is none. A nonfinite verb (participle, gerund, infinitive) on the way
// is no conjunct for an -s form (coordination joins like constituents, Quirk et al. 1985, 13.5).
func finiteVerbAbove(toks []frames.Token, h int) int {
	for a, steps := toks[h].Head, 0; a >= 0 && a < h && steps <= len(toks); a, steps = toks[a].Head, steps+1 {
		if toks[a].UPOS == "VERB" && toks[a].XPOS == "VBZ" {
			return a
		}
	}
	return -1
}

// verbComplementAfter returns the head of the verb complement that opens right after c and the
// relation it takes under c as a verb: a noun phrase the parser labelled obj (obj), or "on",
// "upon" or "to" + a noun phrase that has a to-infinitive (obl); -1 when neither.
func verbComplementAfter(toks []frames.Token, c int) (int, string) {
	for n := c + 1; n < len(toks) && n <= c+5; n++ {
		if toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" && toks[n].UPOS != "PRON" {
			continue
		}
		first := n // the first word of n's phrase: n or a dependent before it
		for k := c + 1; k < n; k++ {
			if toks[k].Head == n {
				first = k
				break
			}
		}
		if first != c+1 {
			continue
		}
		if toks[n].DepRel == "obj" {
			return n, "obj"
		}
		p := strings.ToLower(toks[c+1].Form)
		if (p == "on" || p == "upon" || p == "to") && toks[c+1].Head == n && toInfinitiveOn(toks, n) {
			return n, "obl"
		}
	}
	return -1, ""
}

// toInfinitiveOn reports a to-infinitive clause (acl or advcl with the mark "to") on n.
func toInfinitiveOn(toks []frames.Token, n int) bool {
	for v := n + 1; v < len(toks); v++ {
		if toks[v].Head != n || toks[v].DepRel != "acl" && toks[v].DepRel != "advcl" {
			continue
		}
		for m := n + 1; m < v; m++ {
			if toks[m].Head == v && toks[m].DepRel == "mark" && strings.EqualFold(toks[m].Form, "to") {
				return true
			}
		}
	}
	return false
}
