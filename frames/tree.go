package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/syntax"
)

// Token is one word of a parsed sentence: syntax.Token, as syntax.Model.Annotate fills it. Head
// is the index of the head word in the sentence, -1 for the root; Start and End are the caller's
// offsets (Unicode code points into the cleaned text), carried and never read.
type Token = syntax.Token

// tree indexes a sentence's dependents once.
type tree struct {
	t     []Token
	kids  [][]int
	lem   []string // lower-cased lemma (the form when the lemma is missing)
	lower []string // lower-cased form
	lx    *Lexicon // the word classes, for Match's trees (nil for Span's)
	// sought marks a verb of obtaining read as "seek" under an attempt (attemptedObtaining); nil
	// when none
	sought []bool
	// enacting is set while enactedMeasure asks the candidates of a complement, whose class
	// choice reads modality again: the inner question is answered no, ending the recursion
	enacting bool
	// refusing is set while refusedOpposition asks the candidates of a refused infinitive, whose
	// modality climbs to the refusal again: the inner question is answered no
	refusing bool
}

// timeNoun reports a noun heading a time adjunct ("on Tuesday", "next week"; modality.txt class
// time) or a number ("in 1998"): such a phrase is an adjunct, never an argument.
func (tr *tree) timeNoun(k int) bool {
	return tr.t[k].UPOS == "NUM" || (tr.lx != nil && tr.lx.in("time", tr.lemma(k)))
}

func newTree(in []Token) *tree {
	// a copy whose heads form a tree: an out-of-range head, a self-loop or a cycle becomes a root,
	// so that no walk up or down the tree can loop
	toks := append([]Token(nil), in...)
	for i := range toks {
		if h := toks[i].Head; h < -1 || h >= len(toks) || h == i {
			toks[i].Head = -1
		}
	}
	for i := range toks {
		slow := i
		for steps := 0; toks[slow].Head >= 0; steps++ {
			if steps > len(toks) {
				toks[i].Head = -1 // i reaches a cycle: cut it here
				break
			}
			slow = toks[slow].Head
		}
	}
	// the possessive clitic (Penn POS) is never a copula (the contracted "is" is tagged VBZ):
	// "Vietnam's refusal to accept …" parsed with "'s" as cop and Vietnam as subject is the
	// possessive phrase "Vietnam's" on the noun (UD: the possessor nmod:poss, the clitic its case)
	for i := range toks {
		if toks[i].XPOS == "POS" && toks[i].DepRel == "cop" && i > 0 && toks[i-1].Head == toks[i].Head && strings.HasPrefix(toks[i-1].DepRel, "nsubj") {
			toks[i-1].DepRel = "nmod:poss"
			toks[i].Head, toks[i].DepRel = i-1, "case"
		}
	}
	subjunctiveContent(toks)
	invertedCondition(toks) // inversion.go
	infinitiveNouns(toks)
	conjToMatrix(toks)         // conjmatrix.go
	againstToPredicate(toks)   // locative.go
	finiteAcl(toks)            // finiteacl.go
	agentAfterSupplement(toks) // supplement.go
	adverbOblique(toks)        // supplement.go
	adverbCase(toks)           // supplement.go
	coordinatedAdverbs(toks)   // interposed.go
	postponedObject(toks)      // interposed.go
	tr := &tree{t: toks, kids: make([][]int, len(toks)), lem: make([]string, len(toks)), lower: make([]string, len(toks))}
	for i, tk := range toks {
		tr.lower[i] = strings.ToLower(tk.Form)
		if l := tk.Lemma; l != "" && l != "_" {
			tr.lem[i] = strings.ToLower(l)
		} else {
			tr.lem[i] = tr.lower[i]
		}
		if currencySign(tk.Form) {
			tr.lem[i] = "currency" // "$40 million" is an amount of money (money.go)
		}
		if tk.Head >= 0 && tk.Head < len(toks) && tk.Head != i {
			tr.kids[tk.Head] = append(tr.kids[tk.Head], i)
		}
	}
	for i, tk := range toks {
		if currencyCode(tk.Form) && tr.child(i, "nummod") >= 0 {
			tr.lem[i] = "currency" // "NOK 200 million" is an amount of money as "$200 million" is (money.go)
		}
	}
	return tr
}

// lemma returns the lower-cased lemma of token i, or its lower-cased form when the lemma is
// missing.
func (tr *tree) lemma(i int) string { return tr.lem[i] }

// rel returns the relation of token i to its head.
func (tr *tree) rel(i int) string { return tr.t[i].DepRel }

// base returns the universal part of a relation ("obl" of "obl:agent").
func base(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// child returns the first dependent of i whose relation is one of rels (exact match), or -1.
func (tr *tree) child(i int, rels ...string) int {
	for _, k := range tr.kids[i] {
		for _, r := range rels {
			if tr.rel(k) == r {
				return k
			}
		}
	}
	return -1
}

// children returns every dependent of i with relation rel (exact).
func (tr *tree) children(i int, rel string) []int {
	var out []int
	for _, k := range tr.kids[i] {
		if tr.rel(k) == rel {
			out = append(out, k)
		}
	}
	return out
}

// caseOf returns the lemma of the case (or mark) dependent of i, "" when none: "on" in "on Iran".
func (tr *tree) caseOf(i int) string {
	for _, k := range tr.kids[i] {
		if r := tr.rel(k); r == "case" || r == "mark" {
			return tr.lemma(k)
		}
	}
	return ""
}

// conjuncts returns i and the tokens coordinated with it (conj dependents, transitively). A
// verb the parser conjoined to a noun is left out: coordination joins like constituents (Quirk
// et al. 1985, 13.5), so "Kenya's health ministry, citing a report, warned" has one subject.
func (tr *tree) conjuncts(i int) []int {
	out := []int{i}
	for k := 0; k < len(out); k++ {
		cs := tr.children(out[k], "conj")
		for _, c := range cs {
			if tr.nominal(out[k]) && tr.t[c].UPOS == "VERB" {
				continue
			}
			if tr.appositiveConjunct(out[k], c, cs) {
				continue
			}
			out = append(out, c)
		}
	}
	return out
}

// Span returns the token range [start, end) of the subtree headed by i in toks: the words of the
// phrase it heads ("the Chinese government" for "government").
func Span(toks []Token, i int) (int, int) {
	tr := newTree(toks)
	return tr.span(i)
}

func (tr *tree) span(i int) (int, int) {
	lo, hi := i, i+1
	stack := []int{i}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, k := range tr.kids[n] {
			if n != i || tr.rel(k) != "conj" && tr.rel(k) != "cc" {
				if k < lo {
					lo = k
				}
				if k+1 > hi {
					hi = k + 1
				}
				stack = append(stack, k)
			}
		}
	}
	return lo, hi
}

// subjunctiveContent relabels as a content clause (UD acl, its "that" the mark) a relative
// clause the parser hung on a noun ("Ethiopia's demand that Egypt return to talks": "that" the
// object of "return", acl:relcl) whose verb is the bare base form (Penn VB, no auxiliary) with a
// third person singular subject of its own (a name or singular noun). A relative clause's verb
// is finite and agrees with its subject ("the demand that Egypt made", "… that Egypt returns"),
// so the base form there is the mandative subjunctive, which stands in a that-clause after a noun
// or verb of demand, request or proposal (Quirk et al. 1985, 3.58–3.59, 16.32; Huddleston &
// Pullum 2002, 11.7.1): the clause is the noun's content, "that" no pronoun of it. Only the
// labels change, not the heads.
func subjunctiveContent(toks []Token) {
	for v := range toks {
		n := toks[v].Head
		if toks[v].DepRel != "acl:relcl" || toks[v].XPOS != "VB" || n < 0 || n >= v || toks[n].UPOS != "NOUN" {
			continue
		}
		subj, that, aux := -1, -1, false
		for k := range toks {
			if toks[k].Head != v {
				continue
			}
			switch {
			case toks[k].DepRel == "nsubj" && k > n && k < v && (toks[k].XPOS == "NNP" || toks[k].XPOS == "NN"):
				subj = k
			case strings.EqualFold(toks[k].Form, "that") && k == n+1:
				that = k
			case strings.HasPrefix(toks[k].DepRel, "aux"):
				aux = true
			}
		}
		if subj < 0 || that < 0 || aux {
			continue
		}
		toks[that].DepRel = "mark"
		toks[v].DepRel = "acl"
	}
}

// pronounObjectAntecedent returns the target of relative clause verb i whose target is its obj
// and that obj is the relative pronoun ("the plan that Japan rejected" with "that" obj, as UD
// annotates it: the relative pronoun takes the grammatical role of the gap, UD guidelines
// acl:relcl): the noun the clause modifies, which the pronoun stands for (Quirk et al. 1985,
// 17.10). Otherwise, and when i is no relative clause after a nominal head, or its head is a
// pronoun or a general noun (modality.txt class general, as in objectRelative), target unchanged
// (a demonstrative "that", "Chile welcomed that", keeps its target).
func (tr *tree) pronounObjectAntecedent(i, target int) int {
	if target < 0 || tr.rel(target) != "obj" || tr.t[target].Head != i || !relativePronouns[tr.lower[target]] {
		return target
	}
	h := tr.t[i].Head
	if tr.rel(i) != "acl:relcl" || h < 0 || h > i || !tr.nominal(h) || tr.t[h].UPOS == "PRON" {
		return target
	}
	if tr.lx != nil && tr.lx.in("general", tr.lemma(h)) {
		return target
	}
	return h
}

// adverbialAntecedents are the nouns whose relative clause a relative adverb (when, where, why,
// how) or its that/zero alternative opens: the gap is an adjunct, not an object ("the day Japan
// withdrew", "the reason Egypt protested"; Quirk et al. 1985, 17.12 on relative adverbs with
// time, place, reason and manner antecedents). Time nouns are modality.txt class time.
var adverbialAntecedents = map[string]bool{"reason": true, "way": true, "place": true}

// objectRelative returns, for a relative clause verb i (acl:relcl) with a subject of its own and
// no object, the noun the clause modifies, which fills the object gap: "the accord the rebels had
// rejected" (zero relative), "the plan that Japan rejected" (that-relative; the parser may leave
// "that" without the obj relation). In an object relative clause the relative pronoun, or the
// zero relative, stands for the antecedent in the object position (Quirk et al. 1985, 17.10 and
// 17.15: that and zero as object relatives). -1 for a subject relative (the relative word is the
// subject), a prepositional relative ("the plan on which"), a clause with a clausal complement,
// an adverbial antecedent (adverbialAntecedents, time nouns) and a general noun (modality.txt
// class general: "the only thing I will not accept is …", a pseudo-cleft whose content is the
// complement, Quirk et al. 1985, 18.29).
func (tr *tree) objectRelative(i int) int {
	h := tr.t[i].Head
	if tr.rel(i) != "acl:relcl" || h < 0 || h > i || !tr.nominal(h) || tr.t[h].UPOS == "PRON" {
		return -1
	}
	s := tr.child(i, "nsubj")
	if s < 0 || relativePronouns[tr.lower[s]] || tr.child(i, "ccomp", "xcomp", "iobj") >= 0 {
		return -1
	}
	for _, k := range tr.kids[i] {
		if k < s && tr.t[k].UPOS == "PRON" && (relativePronouns[tr.lower[k]] || tr.lower[k] == "whom") && tr.child(k, "case") >= 0 {
			return -1 // "the plan on which Japan relied"
		}
		if tr.t[k].UPOS == "ADV" && k < s && (tr.lower[k] == "when" || tr.lower[k] == "where" || tr.lower[k] == "why" || tr.lower[k] == "how") {
			return -1
		}
	}
	if tr.timeNoun(h) || adverbialAntecedents[tr.lemma(h)] || tr.lx != nil && tr.lx.in("general", tr.lemma(h)) {
		return -1 // "the only thing I will not accept is silence": a general noun names no position
	}
	return h
}

// appositiveConjunct reports a conj c of noun h that is an indefinite noun phrase set off by a
// comma with no coordinator in the coordination ("Turkey, a key NATO ally, threatened …" parsed
// with "NATO" conjoined to "Turkey"): a comma-set indefinite noun phrase after a name describes
// it, a non-restrictive appositive (Quirk et al. 1985, 17.65 ff.), and coordination of noun
// phrases has a coordinator before the last conjunct (Quirk et al. 1985, ch. 13; an asyndetic list "France,
// Germany, Italy" has no article on its conjuncts). So it names no second actor.
func (tr *tree) appositiveConjunct(h, c int, cs []int) bool {
	if !tr.nominal(h) {
		return false
	}
	for _, k := range cs {
		if tr.child(k, "cc") >= 0 {
			return false
		}
	}
	d := tr.child(c, "det")
	if d < 0 || d > c || tr.lower[d] != "a" && tr.lower[d] != "an" {
		return false
	}
	p := tr.child(c, "punct")
	return p >= 0 && p < d && tr.t[p].Form == ","
}

// infinitiveNouns re-tags as the base verb a singular common noun the parser made the head of a
// clause marked by "to" ("will continue to challenge China's practices" with challenge tagged
// NN, its "to" a mark): "to" marks only the to-infinitive clause, never a noun phrase (UD mark
// introduces a subordinate clause; Quirk et al. 1985, 3.56 and 16.38 ff. on the to-infinitive),
// and an English noun–verb homograph in that place is the infinitive (the base form, VB). Only
// the copy the matcher reads is changed.
func infinitiveNouns(toks []Token) {
	for i := range toks {
		if toks[i].UPOS != "NOUN" || toks[i].XPOS != "NN" {
			continue
		}
		switch toks[i].DepRel {
		case "xcomp", "advcl", "acl", "ccomp", "csubj":
		default:
			continue
		}
		for j := range toks {
			if toks[j].Head == i && toks[j].DepRel == "mark" && strings.EqualFold(toks[j].Form, "to") && j == i-1 {
				toks[i].UPOS, toks[i].XPOS = "VERB", "VB"
				break
			}
		}
	}
}

// objectInfinitive reports whether verb i has a to-infinitive complement: an xcomp of the verb,
// or, where the parser hangs it on the object ("authorized the police to search": acl of
// "police"), a to-marked acl of its direct object. Quirk et al. 1985, 16.63: object +
// to-infinitive after verbs of permitting and causing ("authorize/allow X to V").
func (tr *tree) objectInfinitive(i int) bool {
	if x := tr.child(i, "xcomp"); x >= 0 && tr.t[x].UPOS == "VERB" {
		return true
	}
	o := tr.child(i, "obj")
	if o < 0 {
		return false
	}
	for _, a := range tr.children(o, "acl") {
		if m := tr.child(a, "mark"); m >= 0 && strings.EqualFold(tr.t[m].Form, "to") && m < a {
			return true
		}
	}
	return false
}
