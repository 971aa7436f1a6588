package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// Holders of a stance noun named outside the subject of a stance verb (stancenoun31): a
// from-phrase beside a possessor, and a common-noun premodifier (Quirk et al. 1985, 17.51–17.54:
// the genitive, of-phrase, by-phrase and premodifier as the subject or object of a deverbal noun).

// possessedFromAgent returns the from-phrase of noun cue n that names its agent when n also has a
// possessor and no verb of receiving governs it ("the mayor's support from union leaders",
// "Kenya's criticism from its neighbours" read as criticism Kenya drew), -1 otherwise. A
// deverbal noun takes one agent: when a from-phrase names it (fromAgent: the source of what is
// said or given, Quirk et al. 1985, 9.31), the genitive is the objective one, the one the act is
// aimed at or bestowed on (17.41–17.42 on subjective and objective genitives; Grimshaw 1990,
// ch. 3), as it is after a verb of receiving (receivedFromAgent, which keeps that case). The
// from-phrase must be a noun phrase that can act: not a time ("support from last year"), and
// not a pronoun possessor's own from-phrase of place is excluded by the loader's actor test.
func (lx *Lexicon) possessedFromAgent(tr *tree, n int) int {
	p := tr.child(n, "nmod:poss")
	if p < 0 || tr.t[n].UPOS != "NOUN" || !lx.fromAgent(tr.lemma(n)) || lx.undergoVerb(tr, n) >= 0 || lx.objectComplement(tr, n) {
		// (with its own complement the from-phrase may belong to it: "Brazil's demand for
		// compensation from Turkey", "their call for compensation from Ethiopia")
		return -1
	}
	a := tr.oblWith(n, "from")
	if a < 0 || a < n || tr.timeNoun(a) || !tr.nominal(a) || tr.t[a].UPOS == "PRON" {
		return -1
	}
	if lx.sanctionNoun(tr, n) {
		return -1 // "Mexico's expulsion from the bloc": from names what is left (nounSource)
	}
	return a
}

// premodifierHolder returns the common-noun premodifier of noun cue n that names the stance's
// holder ("voter opposition to the trade deals", "the campaign accusations that …", "union
// support for the bill"), -1 otherwise. A premodifying noun of a deverbal noun corresponds to its
// subject or its object (Quirk et al. 1985, 17.54, 17.108: "student protests" vs "the
// Trump support"); when the noun's object is expressed by its own complement — the to/of/for/
// against/over/on phrase or the that-clause its cue line takes — the premodifier cannot be the
// object and is the subject (17.51–17.53: one argument per position). The loader keeps the
// premodifier only when it names an actor or a group of people; a name premodifier is
// nationalModifier's. The premodifier is the compound noun next to n (the first part of a
// compound, 17.108), with its own premodifiers ("the Clinton campaign accusations").
func (lx *Lexicon) premodifierHolder(tr *tree, n int) int {
	if tr.t[n].UPOS != "NOUN" || n < 1 || lx.in("agent-noun", tr.lemma(n)) {
		return -1
	}
	k := n - 1
	if tr.t[k].Head != n || tr.rel(k) != "compound" || tr.t[k].UPOS != "NOUN" || tr.timeNoun(k) || len(lx.classes["noun "+tr.lemma(k)]) > 0 {
		return -1
	}
	if !lx.objectComplement(tr, n) {
		return -1
	}
	return k
}

// objectComplement reports noun cue n with its own complement naming what the stance is about: a
// prepositional phrase its cue line lists, or a that-clause.
func (lx *Lexicon) objectComplement(tr *tree, n int) bool {
	if a := tr.child(n, "acl"); a >= 0 && a > n && tr.caseOf(a) == "that" {
		return true
	}
	if tr.child(n, "ccomp") > n || tr.appositiveThatClause(n) > n {
		return true
	}
	for _, c := range lx.classes["noun "+tr.lemma(n)] {
		for _, p := range c.targets {
			if k := tr.oblWith(n, p); p != "obj" && p != "xcomp" && p != "ccomp" && k > n {
				return true
			}
		}
	}
	return false
}

// agentRelatum returns the name premodifier of agent noun n ("a longtime Marsh supporter", "Cruz
// endorser"), -1 otherwise: the premodifier of an agentive compound is the object of its verb
// ("one who supports Marsh"; Quirk et al. 1985, App. I.57 on object + agentive -er compounds),
// the target an of-phrase names otherwise. Only a name (PROPN) directly premodifying n.
func (lx *Lexicon) agentRelatum(tr *tree, n int) int {
	if !lx.in("agent-noun", tr.lemma(n)) || !relationalNoun(tr.lemma(n)) || tr.child(n, "nmod:poss") >= 0 || lx.objectComplement(tr, n) {
		return -1 // "his Iowa endorsers": the possessor is the relatum, the premodifier a qualifier
	}
	for _, k := range tr.kids[n] {
		if k < n && tr.rel(k) == "compound" && tr.t[k].UPOS == "PROPN" && startsUpper(tr.t[k].Form) {
			return k
		}
	}
	return -1
}

// closeAppositionHolder returns the name agent noun n stands in close apposition with, before it
// ("Cruz endorser Ann Black won", "Marsh critic Tom Pike said"), -1 otherwise. A descriptive noun
// phrase premodifying a name is a close appositive, coreferent with the name (Quirk et al. 1985,
// 17.72, 17.90: "the critic Smith", "Labour leader Michael Foot"), so the name is the one who
// does the agent noun's act ("one who endorses Cruz": agentRelatum). Only with a name relatum
// (without one, "supporter Ann Black" says whom she supports nowhere) and a name head after n.
func (lx *Lexicon) closeAppositionHolder(tr *tree, n int) int {
	if lx.agentRelatum(tr, n) < 0 || tr.lower[n] != tr.lemma(n) && !strings.HasSuffix(tr.lower[n], "er") {
		return -1 // plural "Sanders supporters Ann and Bob" is rare; singular agent nouns only
	}
	for _, k := range tr.kids[n] {
		if k > n+1 && tr.rel(k) == "appos" && tr.t[k].UPOS == "PROPN" && tr.lower[n+1] == "," {
			return k // "Another Clinton ally, Agriculture Secretary Tom Vilsack, said": the name appositive (17.65)
		}
	}
	h := tr.t[n].Head
	if h <= n || tr.t[h].UPOS != "PROPN" {
		return -1
	}
	switch tr.rel(n) {
	case "compound", "nmod:desc", "amod":
	default:
		return -1
	}
	for k := n + 1; k < h; k++ {
		if tr.t[k].UPOS != "PROPN" && tr.t[k].UPOS != "NOUN" && tr.t[k].UPOS != "ADJ" && tr.t[k].UPOS != "PUNCT" && tr.t[k].UPOS != "CCONJ" {
			return -1
		}
	}
	return h
}

// nounHolderTarget returns the source, frame and target of noun cue i that has neither target nor
// content from its complements: the name premodifier of a predicated agent noun ("is a longtime
// Marsh supporter": agentRelatum), the possessor beside a from-phrase agent ("the mayor's support
// from union leaders": possessedFromAgent); a noun of receiving or of saying whose from-phrase
// was read as its agent names no one it is aimed at, and loses that source (-1, noun-bare).
func (lx *Lexicon) nounHolderTarget(tr *tree, i, src int, frame string) (int, string, int) {
	switch frame {
	case "noun-predicate", "noun-predicate-relcl", "noun-close-appos":
		if k := lx.agentRelatum(tr, i); k >= 0 && k != src {
			return src, frame, k
		}
	case "noun-from-poss":
		return src, frame, tr.child(i, "nmod:poss")
	case "noun-among":
		// "the mayor's support among teachers", "won support among farmers": with no
		// complement, the possessor or the subject of a verb of receiving is whom the group's
		// attitude is about (the objective genitive beside another holder, as noun-from-poss)
		if p := tr.child(i, "nmod:poss"); p >= 0 {
			return src, frame, p
		}
		if s, _ := lx.undergoer(tr, i); s >= 0 && s != src {
			return src, frame, s
		}
	case "noun-received":
		return -1, "noun-bare", -1 // no one it is aimed at: a from-phrase of origin, as below
	case "noun-from":
		// "the price depends on demand from Egypt": a noun of saying or asking names a speech act
		// with what is asked or said ("a demand from the union for higher pay"); without it the
		// noun is the mass noun of another sense (economic demand, support as help), and its
		// from-phrase names an origin, not an agent
		return -1, "noun-bare", -1
	}
	return src, frame, -1
}

// relationalNoun reports a noun of opposition or adherence whose genitive or noun premodifier
// names the other party, not the referent (data/wordclasses/rivalnouns.txt: Barker 1995, ch. 3;
// Quirk et al. 1985, App. I.57): "a Trump ally", "Sanders supporters", "the mayor's critics".
// Not advocate or champion, whose premodifier may name a field ("a Supreme Court advocate").
func relationalNoun(l string) bool {
	return rivalNouns.Has(strings.ToLower(l))
}

var rivalNouns = lexicon.WordClass("rivalnouns") // data/wordclasses/rivalnouns.txt

// ofRelatum reports agent noun n followed at once by its of-phrase ("GOP supporters of the
// bill"): the object is then the of-phrase's, and a name premodifier names the holders' side.
func (tr *tree) ofRelatum(n int) bool {
	return n+1 < len(tr.t) && tr.lower[n+1] == "of" && tr.t[n+1].Head > n && tr.t[tr.t[n+1].Head].Head == n
}
