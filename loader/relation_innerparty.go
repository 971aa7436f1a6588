package loader

import (
	"slices"
	"strings"

	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/surface"
)

// The party named inside a stance's object or beside it (session 24, round 24 ARGS classes).
// A stance whose object is an act, a thing asked for, or a concession often names the actor it
// concerns only in a phrase inside that object or in a fronted adjunct; the frame keeps the
// object phrase as a POLICY target, and the party is an added target of its own beside it (as
// relation_measureparty.go adds the party a measure hits):
//
//   - the agent of an act or the author of a work, and the place of an approved act: "condemned
//     the shelling of border villages by Togo's army", "criticised the report by the agency",
//     "welcomed the orderly count of ballots in Malawi". The by-phrase of a noun names the doer
//     of the act or the maker of the work (Quirk et al. 1985, 17.51–17.54, the agentive by-phrase
//     of a deverbal noun; 5.126 "a novel by Dickens"), who is approved or blamed with it, on the
//     object or its of-phrase; an approved act held in a country (an in-phrase
//     of place on the act noun or its of-phrase, Quirk et al. 9.17) approves that country's
//     conduct of it. The in-phrase locates the noun it hangs on, so an act noun of the of-phrase
//     carries it whatever the object's head ("the results of the vote in Ecuador": "result" is no
//     act noun, its first WordNet sense being noun.phenomenon, but the vote is). Only for approval: condemning "the attack in X" condemns what was done to X,
//     not X. The act nouns are actNominal's (relation_evalsubject.go: WordNet noun.act/noun.event first senses, CAMEO event verbs converted to nouns, -ing nouns with an of-phrase).
//   - the addressee of a demand: "demanded compensation from Germany", "requested an
//     explanation from Chile": the from-phrase of a verb of asking names the one asked (Levin 1993,
//     13.5.2 "obtain" verbs and 37.1 verbs of inquiry take the source in a from-phrase; CAMEO 10
//     DEMAND codes that actor as the target), whether the parser hangs it on the verb or on its
//     object noun; a government noun there with its office holder's of-phrase ("from the cabinet
//     of President Jacob Zuma") names that person's state (addresseeAt).
//   - the counter-party of a concession: "Pressed by Washington, Ankara released …", "Under
//     pressure from the EU, Serbia lifted …": a fronted adjunct of pressure that the frames read
//     as X DEMANDS names whom the concession (CAMEO 08 YIELD, an event between two actors whose
//     target is the one yielded to) is made to; so is a concession the frames read from a
//     reversal noun ("dropped its veto of …", "withdrew its objection to …": the retracted
//     hostile stance) and each conjoined concession verb of the adjunct's clause
//     (concessionClause).

// evidenceNouns: nouns of evidence or indication heading a that-clause (data/wordclasses/evidencenouns.txt).
var evidenceNouns = lexicon.WordClass("evidencenouns")

// innerParties returns the actors named inside or beside match m's object, each with the shape
// that named it ("by", "in", "from", "pressure"), without the source src; none for an actor
// target tgt (the object is already the party).
func (d *doc) innerParties(st *sent, fs *frameSentence, m frames.Match, all []frames.Match, src, tgt *entity) ([]*entity, []string) {
	if docpkg.ActorKind(tgt) {
		return nil, nil
	}
	var ents []*entity
	var shapes []string
	add := func(e *entity, shape string) {
		if e == nil || e == src.Final() {
			return
		}
		for _, x := range ents {
			if x == e {
				return
			}
		}
		ents, shapes = append(ents, e), append(shapes, shape)
	}
	obj := m.Kind == "verb" && m.Target >= 0 && m.Target != m.Content && fs.toks[m.Target].UPOS == "NOUN"
	code, _ := m.Event()
	switch {
	case obj && (m.Type == graph.Supports || m.Type == graph.Opposes):
		act := fs.fr != nil && actNominal(fs.fr, fs, m.Target)
		var walk func(n, depth int)
		walk = func(n, depth int) {
			for _, k := range fs.kids[n] {
				if fs.toks[k].DepRel != "nmod" {
					continue
				}
				switch w := strings.ToLower(fs.caseWord(k)); {
				case w == "by":
					add(d.partyAt(st, fs, k), "by")
				case w == "in" && m.Type == graph.Supports && (act || n != m.Target && fs.fr != nil && actNominal(fs.fr, fs, n)):
					// the in-phrase of place locates the noun it hangs on (Quirk et al. 9.17): "the
					// results of the vote in X" holds the vote, an act, in X
					if e := d.partyAt(st, fs, k); e != nil && e.Kind == graph.Country {
						add(e, "in")
					}
				case w == "of" && depth < 3:
					walk(k, depth+1) // "the shelling of border villages by …": the act's of-object carries it
				}
			}
		}
		walk(m.Target, 0)
	case obj && m.Type == graph.Demands:
		for _, k := range append(append([]int(nil), fs.kids[m.Target]...), fs.kids[m.Cue]...) {
			rel := fs.toks[k].DepRel
			if (rel == "nmod" || rel == "obl") && k > m.Target && strings.EqualFold(fs.caseWord(k), "from") {
				add(d.addresseeAt(st, fs, k), "from")
			}
		}
	case m.Type == graph.Offers && (strings.HasPrefix(code, "08") || strings.Contains(m.Rule, "-reversal:")):
		clause := concessionClause(fs, m)
		for _, p := range all {
			if p.Type != graph.Demands || p.Cue >= m.Cue || p.Source < 0 {
				continue
			}
			if h := fs.toks[p.Cue].Head; h != m.Cue && fs.toks[m.Cue].Head != p.Cue && (h < 0 || !slices.Contains(clause, h)) {
				continue
			}
			add(d.partyAt(st, fs, p.Source), "pressure")
		}
	}
	return ents, shapes
}

// concessionClause returns the verbs whose clause holds concession m: the verb of a reversal
// noun's clause ("dropped its veto of …": the noun is the object of "dropped") and, up a chain of
// coordinated verbs, the first conjunct ("withdrew its objection … and accepted …"), on which a
// fronted adjunct hangs and whose modifiers the conjuncts share (Quirk et al. 1985, 13.41 on
// shared constituents of coordinated predicates; 8.14 on the adjunct's scope over its clause).
func concessionClause(fs *frameSentence, m frames.Match) []int {
	v := m.Cue
	if m.Kind == "noun" {
		v = fs.toks[v].Head
	}
	var out []int
	for depth := 0; depth < 4 && v >= 0 && v < len(fs.toks); depth++ {
		out = append(out, v)
		if fs.toks[v].DepRel != "conj" {
			break
		}
		v = fs.toks[v].Head
	}
	return out
}

// addresseeAt is the party named by the from-phrase at syntax token k: an actor there
// (partyAt), or the state whose government a government noun's of-phrase names by its office
// holder ("from the cabinet of President Jacob Zuma": the of-phrase of a body names whose
// body it is, Quirk et al. 1985, 5.116 on the of-genitive; the noun is one of
// docpkg.GovernmentNoun, data/wordclasses/governmentnouns.txt, the person's state as
// ownStateOfPerson finds it for "his government").
func (d *doc) addresseeAt(st *sent, fs *frameSentence, k int) *entity {
	if e := d.partyAt(st, fs, k); e != nil {
		return e
	}
	if !docpkg.GovernmentNoun.Has(strings.ToLower(fs.toks[k].Form)) {
		return nil
	}
	for _, c := range fs.kids[k] {
		if c > k && fs.toks[c].DepRel == "nmod" && strings.EqualFold(fs.caseWord(c), "of") {
			if p := d.partyAt(st, fs, c); p != nil && p.Kind == graph.Person {
				return surface.OwnStateOfPerson(d.Doc, p, "government")
			}
		}
	}
	return nil
}

// negatedEvidence reports a match inside the that-clause of a noun of evidence or likelihood
// under a negative determiner ("There is no sign that Rome plans to leave …", "little prospect
// that Ankara would withdraw …", "few signs that …"): the existential negation denies that
// anything shows the clause, a non-affirmative context (Huddleston & Pullum 2002, ch. 9 §4;
// Quirk et al. 1985, 10.55–10.64), so the clause is not asserted and its subject makes no stance
// (evidenceNouns, negativeDeterminers). The clause is the noun's acl of any subtype: the parser
// often reads the content clause's "that" as a relative pronoun (acl:relcl), and a relative
// clause under "no" is as little asserted ("there is no deal that X offered").
func negatedEvidence(fs *frameSentence, m frames.Match) bool {
	n := m.Cue
	for depth := 0; depth < 5 && n >= 0; depth++ {
		rel, _, _ := strings.Cut(fs.toks[n].DepRel, ":")
		h := fs.toks[n].Head
		if h < 0 || h >= len(fs.toks) {
			return false
		}
		if rel == "acl" || rel == "ccomp" {
			if fs.toks[h].UPOS == "NOUN" && evidenceNouns.Has(strings.ToLower(fs.toks[h].Form)) {
				return negativeDeterminerOf(fs, h)
			}
		}
		if rel != "xcomp" && rel != "ccomp" && rel != "acl" && rel != "conj" {
			return false
		}
		n = h
	}
	return false
}

// negativeDeterminers: "no", and the approximate negators "little", "few" without "a"
// (data/wordclasses/negativedeterminers.txt; Quirk et al. 1985, 10.58–10.64).
var negativeDeterminers = lexicon.WordClass("negativedeterminers")

// negativeDeterminerOf reports a dependent of noun h that is a negative determiner (a det, or an
// amod as the parser tags "little" and "few"), with no "a" before the noun ("a little chance",
// "a few signs" are positive).
func negativeDeterminerOf(fs *frameSentence, h int) bool {
	neg := false
	for _, k := range fs.kids[h] {
		w := strings.ToLower(fs.toks[k].Form)
		switch {
		case fs.toks[k].DepRel == "det" && (w == "a" || w == "an"):
			return false
		case (fs.toks[k].DepRel == "det" || fs.toks[k].DepRel == "amod") && negativeDeterminers.Has(w):
			neg = true
		}
	}
	return neg
}
