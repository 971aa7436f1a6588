package loader

import (
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
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
		mm := actors.MentionAt(d.Doc, st, fs.at[k])
		if mm == nil || !docpkg.ActorKind(mm.Ent) || mm.Ent.Final().Kind == graph.Country {
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

// participialSubordinators are the participles that, before "that", form a complex subordinator
// of condition or reason (Quirk et al. 1985, 14.12: given that, granted that, provided that,
// providing that, seeing that, considering that, assuming that, supposing that): grammar
// machinery, a closed class (data/wordclasses/participialsubordinators.txt).
var participialSubordinators = lexicon.WordClass("participialsubordinators")

// reasonClauseStart cuts the end hi of a target phrase [lo, hi) before the first participial
// subordinator before "that" inside it ("changes in quotas given that the IMF has ample resources
// …", "levies considering that prices have risen"): a clause of reason or condition is an
// adjunct of its clause (Quirk et al. 1985, 15.45–15.46; 15.33 on conditional clauses), never a
// postmodifier of a noun or part of the act a clause names, whatever the parser hangs it on. hi
// otherwise.
func (fs *frameSentence) reasonClauseStart(lo, hi int) int {
	for k := lo + 1; k < hi; k++ {
		w := strings.ToLower(fs.toks[k].Form)
		if participialSubordinators.Has(w) && k+1 < hi && strings.EqualFold(fs.toks[k+1].Form, "that") {
			return k
		}
	}
	return hi
}

// predicateNounStart moves the start lo of the phrase headed by h past the subject and copula of
// h when h is a predicate nominal ("It was a measure that Germany strongly opposed": target
// "a measure …", not "It was a measure …"). UD heads a copular clause by its predicate, so the
// subtree of h holds the whole clause; the noun phrase, a subject complement (Quirk et al. 1985,
// 10.8, 16.21), begins after the copula. lo otherwise.
func (fs *frameSentence) predicateNounStart(h, lo int) int {
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel == "cop" && k < h && k+1 > lo {
			lo = k + 1
		}
	}
	return lo
}

// cueAdjunctEnd ends the act of clause c before the adjunct holding cue, when the cue names a
// stance toward that act from inside it ("the IMF approved the framework with strong U.S.
// support": the act is "approving the framework"; frames adjunct.go): a stance is about the
// act, not about itself. hi is returned as it was when the cue is not in an adjunct of c after
// the verb.
func (fs *frameSentence) cueAdjunctEnd(cue, c, hi int) int {
	if cue <= c || cue >= hi {
		return hi
	}
	a := cue
	for a >= 0 && fs.toks[a].Head != c {
		a = fs.toks[a].Head
	}
	if a <= c || !strings.HasPrefix(fs.toks[a].DepRel, "obl") {
		return hi
	}
	lo, _ := fs.span(a)
	for lo > c+1 && fs.toks[lo-1].UPOS == "PUNCT" {
		lo-- // the comma setting the adjunct off
	}
	return lo
}

// actorsAct reports whether clause c is an act of an actor: it has an object or a complement
// clause, or its active subject names an actor (as a cue's source is resolved: frameActor),
// directly or by its of-phrase, or is a first-person pronoun, the speaker's own act. A stance
// toward an act held by another actor (frames noun-adjunct-act: "over a U.S. objection, the
// Governors decided …") is about something an actor did, as PLOVER's events are acts of a source
// on a target; "the talks stalled over Russia's objection", "prices rose with strong Chinese
// demand" report what happened to a thing, where over and with give the cause (Quirk et al.
// 1985, ch. 9 on prepositions of cause), no act the noun's owner stands on.
func (d *doc) actorsAct(st *sent, fs *frameSentence, c, cue int) bool {
	if c < 0 {
		return false
	}
	for _, k := range fs.kids[c] {
		if r := fs.toks[k].DepRel; r == "obj" || r == "xcomp" || r == "ccomp" {
			// a transitive or catenative clause ("decided to commence", "approved the loan")
			// reports an act on something, whoever its subject names; only an intransitive one
			// can report what merely happens to its subject (the unaccusative reading,
			// Perlmutter 1978; modality.txt unaccusative)
			return true
		}
	}
	for _, k := range fs.kids[c] {
		if fs.toks[k].DepRel != "nsubj" {
			continue
		}
		if w := strings.ToLower(fs.toks[k].Form); fs.toks[k].UPOS == "PRON" && (w == "we" || w == "i") {
			return true
		}
		if e, _ := d.frameActor(st, fs, k, cue, nil); e != nil {
			return true
		}
		for _, n := range fs.kids[k] {
			// "the Governors of the AfDB", "the members of the council": a body or people of
			// an actor, named by its of-phrase (Quirk et al. 1985, 17.38 ff. on the of-phrase
			// postmodifier)
			if fs.toks[n].DepRel == "nmod" && fs.caseWord(n) == "of" {
				if e, _ := d.frameActor(st, fs, n, cue, nil); e != nil {
					return true
				}
			}
		}
		return false
	}
	return false
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

// actConjuncts returns the verbs conjoined to content verb c that name further acts of the same
// agent (issue 13, targets18 class E5: "urged Russia to halt its offensive, release the
// journalists and return to talks"): conjuncts after c of c's own verb form (coordination joins
// like constituents, Quirk et al. 1985, 13.5) with no subject or auxiliary of their own, which
// therefore share c's subject and operator (13.46-13.52), so the act asked for, promised or
// reported is the whole coordinated predication. Only an additive series, closed by "and": "or"
// after a directive states the consequence of not complying ("withdraw or face sanctions",
// Quirk et al. 1985, 13.25 on the conditional use of "or"), "but" a contrast, neither an act of
// the series. Nil when there is none.
func (fs *frameSentence) actConjuncts(c int) []int {
	var out []int
	// UD hangs every conjunct on the first; parsers also chain them ("release" on "halt",
	// "return" on "release"): the series is the conjuncts reached through conj alone
	for stack := []int{c}; len(stack) > 0; {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, k := range fs.kids[n] {
			if k < c || fs.toks[k].DepRel != "conj" || fs.toks[k].UPOS != "VERB" || verbFormClass(fs.toks[k]) != verbFormClass(fs.toks[c]) {
				continue
			}
			for _, j := range fs.kids[k] {
				if r := fs.toks[j].DepRel; strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "aux") || strings.HasPrefix(r, "expl") || r == "mark" && !strings.EqualFold(fs.toks[j].Form, "to") {
					return nil // a clause of its own ends the series
				}
			}
			out = append(out, k)
			stack = append(stack, k)
		}
	}
	if len(out) == 0 {
		return nil
	}
	sort.Ints(out)
	last := out[len(out)-1]
	for _, j := range fs.kids[last] {
		if fs.toks[j].DepRel == "cc" {
			if strings.EqualFold(fs.toks[j].Form, "and") {
				return out
			}
			return nil
		}
	}
	return nil
}

// verbFormClass is the verb form of t for coordination (Quirk et al. 1985, 3.6 on the five verb
// forms): the base form (VB, and VBP, which is the base form in the present) whatever its tag when
// the word is its own lemma uninflected ("demanded that Israel halt …" tagged VBD), else the tag.
func verbFormClass(t frames.Token) string {
	switch {
	case t.XPOS == "VB" || t.XPOS == "VBP":
		return "VB"
	case (t.XPOS == "VBD" || t.XPOS == "VBN") && strings.EqualFold(t.Form, lemmaOf(t)):
		return "VB"
	}
	return t.XPOS
}

// agentPhraseEnd ends the act of clause c before the by-phrase of the cue's source when the
// parser hung the passive cue's agent inside that clause ("UN inspectors were allowed to visit
// the site by Japan": frames complementNounAgent makes Japan the agent of "allowed"): a clause
// has one agent (Quirk et al. 1985, 3.64), and the source, an argument of the cue, is no word of
// its other argument. hi is returned as it was when the source is not inside c's span after c.
func (fs *frameSentence) agentPhraseEnd(src, c, hi int) int {
	if src <= c || src >= hi {
		return hi
	}
	for _, k := range fs.kids[src] {
		if k > c && fs.toks[k].DepRel == "case" && strings.EqualFold(fs.toks[k].Form, "by") {
			return k
		}
	}
	return hi
}

// groundPhraseStart cuts the end hi of a target phrase headed by a noun of an institution (a
// government, ministry, commission, council: data/wordclasses governmentnouns, bodyheads,
// adminheads) before an over-phrase the parser hung on that noun: "filed a complaint against the
// electoral commission over the vote count", "sued the government over the dam". An institution
// noun takes no over-complement of its own; "over" there names the matter at issue of the
// stance, a ground of complaint or dispute (over in its sense "concerning, about": Quirk et al.
// 1985, ch. 9 on the prepositions of subject matter), an adjunct of the cue, not a part of the
// party it is aimed at. hi otherwise, and always for nouns that take over ("control over", "a dispute over").
func (fs *frameSentence) groundPhraseStart(h, hi int) int {
	l := strings.ToLower(lemmaOf(fs.toks[h]))
	if !docpkg.GovernmentNoun.Has(l) && !actors.BodyHeads.Has(l) && !actors.AdminHeads.Has(l) {
		return hi
	}
	for _, k := range fs.kids[h] {
		if k <= h || !strings.HasPrefix(fs.toks[k].DepRel, "nmod") {
			continue
		}
		for _, c := range fs.kids[k] {
			if fs.toks[c].DepRel == "case" && strings.EqualFold(fs.toks[c].Form, "over") && c > h && c < hi {
				hi = c
			}
		}
	}
	return hi
}

// complementStart cuts the end hi of a target phrase headed by h, the object of verb cue m (or a
// conjunct of it), before a phrase the parser hung inside the object that is the verb's own
// complement in the matched class line (frames ComplementPreps): the goal of a verb of putting
// ("added three Iranian banks [to its sanctions list]", "placed the firm [on its blacklist]":
// Levin 1993, 9.1–9.2; Quirk et al. 1985, 16.48 on the obligatory adverbial of "put") or the
// for-ground of a judgement ("blasted the cabinet [for raising fuel prices]": Quirk et al. 1985,
// 9.58 on for of cause and reason). These complete the clause, not the object's name, and the
// parser's attachment to the nearest noun is the PP-attachment ambiguity it resolved wrongly.
// hi otherwise.
func (fs *frameSentence) complementStart(m frames.Match, h, hi int) int {
	if fs.fr == nil || m.Kind != "verb" || !fs.objectOrConjunct(m.Cue, h) {
		return hi
	}
	preps := fs.fr.ComplementPreps(m.Rule)
	if len(preps) == 0 {
		return hi
	}
	lo, _ := fs.span(h)
	for c := h + 1; c < hi; c++ {
		t := fs.toks[c]
		if t.DepRel != "case" && t.DepRel != "mark" || !slices.Contains(preps, strings.ToLower(t.Form)) {
			continue
		}
		p := t.Head
		if p <= c || p >= len(fs.toks) {
			continue
		}
		switch r := fs.toks[p].DepRel; {
		case strings.HasPrefix(r, "nmod") && r != "nmod:poss":
		case (r == "acl" || r == "advcl") && fs.toks[p].XPOS == "VBG":
		default:
			continue
		}
		if g := fs.toks[p].Head; g >= lo && g < hi || fs.objectOrConjunct(m.Cue, g) {
			return c // on the target's noun, or on the conjunct whose phrase it shares (sharedEnd)
		}
	}
	return hi
}

// objectOrConjunct reports whether h is verb v's object or a conjunct of it ("added four
// officials and two banks").
func (fs *frameSentence) objectOrConjunct(v, h int) bool {
	for n, depth := h, 0; n >= 0 && depth < 8; depth++ {
		switch fs.toks[n].DepRel {
		case "obj":
			return fs.toks[n].Head == v
		case "conj":
			n = fs.toks[n].Head
		default:
			return false
		}
	}
	return false
}
