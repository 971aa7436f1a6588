package frames

import (
	"github.com/claimgraph/claimgraph/graph"
)

// conditionalCoercion returns the threats that a conditional sentence makes by its form: an
// act its subject announces with will, shall or would ("it will send in its standby force",
// "it would reduce gas supplies to Ukraine") made to depend on a negative condition on another
// party's act — an unless-clause, or an if-clause whose verb is negated ("unless Niger's junta
// restores Bazoum", "if Kyiv does not settle its debt"). Q unless P is "if not P, Q" (Quirk et
// al. 1985, 15.36): the speaker sets an act of its own against the other's failure to act, a
// conditional commitment the hearer is to avert — Searle 1969's threat (a commissive whose act
// is unwelcome to the hearer) — and PLOVER THREATEN codes such conditional coercion ("if you do
// not do X we will do Y"; CAMEO 13 "threaten"). The dictionary's own hostile verbs are read so
// already (conditionThreats, unlessDemands); this frame adds the acts that are hostile only by
// the condition ("reduce supplies", "send in its force", "push for sanctions").
//
// Required: the verb is a dictionary verb (an intergroup act) whose subject acts — not a verb of
// undergoing or obtaining (modality.txt undergo, obtain: "Ukraine's economy would face sanctions
// if …", "we will win unless …" name what comes to the subject), nor of saying or believing
// (modality.txt report, scope) — with a future or conditional
// auxiliary of modality.txt (will, shall, would; not the could or might of possibility), not
// negated ("would not withdraw unless …" is a conditional concession, unlessDemands), whose own
// entry is no offer or support ("will resume aid unless" promises, it does not coerce), and no
// threat of another frame on it; its subject is a party — a name, a personal pronoun, or a noun
// a name premodifies ("Russia's military") — and the act is asserted as its own (scope Own: said
// by itself, "Gazprom said it would …"), or predicted by a speaker the loader may find speaking
// for the subject (scope Prediction: "Washington would push for sanctions if …, Rice said",
// loader ownPrediction); the condition's active subject is another party, named
// the same way. A prediction of a state ("more people may die unless …"), a positive condition
// ("will lose support if it boycotts", "would resume talks if Kiev proposes"), a passive
// condition with no agent ("unless a contract is signed") or a party conditioned on its own act
// make no threat.
//
// Source: the subject; target: the condition's subject; content: the condition. Rule
// "frames:verb-coercion:modality/condition/<if|unless>".
func (lx *Lexicon) conditionalCoercion(tr *tree, ms []Match) []Match {
	var out []Match
	for v := range tr.t {
		if l := tr.lemma(v); tr.t[v].UPOS != "VERB" || !lx.IsVerb(l) || lx.in("undergo", l) || lx.in("obtain", l) || lx.in("report", l) || lx.in("scope", l) || !lx.committingModal(tr, v) || lx.negated(tr, v) {
			continue
		}
		k, mark := lx.negativeCondition(tr, v)
		if k < 0 {
			continue
		}
		s, a := tr.child(v, "nsubj"), tr.child(k, "nsubj")
		if s < 0 || a < 0 || !tr.partyPhrase(s) || !tr.partyPhrase(a) || tr.sameParty(s, a) {
			continue
		}
		if lx.cooperativeOrThreat(tr, v, ms) {
			continue
		}
		mode, _, hedged := lx.modality(tr, v)
		if mode == Asserted {
			mode = Conditional
		}
		scope, outer := lx.scope(tr, v, mode, s)
		if scope != Own && scope != Prediction {
			continue // a prediction stays one unless the loader finds the speaker speaks for the subject (ownPrediction)
		}
		m := Match{Cue: v, Kind: "verb", Type: graph.Threatens, Source: s, Target: a, Content: k, Mode: mode,
			Hedged: hedged, Scope: scope, Outer: outer, Code: "130", Plover: "THREATEN",
			Rule: "frames:verb-coercion:modality/condition/" + mark}
		out = append(out, tr.perSource(m, s)...)
	}
	return out
}

// negativeCondition returns the negative condition of v and its subordinator: an adverbial
// clause marked unless, or marked if with a negated verb ("if Kyiv does not pay", "if the junta
// did not free …"); -1 when none.
func (lx *Lexicon) negativeCondition(tr *tree, v int) (int, string) {
	for _, k := range tr.children(v, "advcl") {
		switch tr.caseOf(k) {
		case "unless":
			return k, "unless"
		case "if":
			for _, d := range tr.kids[k] {
				if base(tr.rel(d)) == "advmod" && (tr.lower[d] == "not" || tr.lower[d] == "n't" || tr.lower[d] == "never") {
					return k, "if"
				}
			}
		}
	}
	return -1, ""
}

// partyPhrase reports a noun phrase that names a party: a proper noun, a personal pronoun
// (the referent the loader resolves), or a common noun modified by a proper noun — possessive,
// compound or an in/of-phrase ("Niger's junta", "the Kremlin leadership", "the junta in
// Niamey"): a state, body or person, not a generic noun ("people", "the situation").
func (tr *tree) partyPhrase(n int) bool {
	switch tr.t[n].UPOS {
	case "PROPN":
		return true
	case "PRON":
		return tr.t[n].XPOS == "PRP" && tr.lower[n] != "there"
	case "NOUN":
		for _, d := range tr.kids[n] {
			if r := tr.rel(d); (r == "nmod:poss" || r == "compound" || base(r) == "nmod" && (tr.caseOf(d) == "in" || tr.caseOf(d) == "of")) && tr.t[d].UPOS == "PROPN" {
				return true
			}
		}
	}
	return false
}

// sameParty reports two subjects that name the same party: the same word, or the same
// personal pronoun ("it will … unless it …" conditions a party on its own act, a plan, not a
// threat; selfConsequences).
func (tr *tree) sameParty(s, a int) bool {
	if tr.t[s].UPOS == "PRON" || tr.t[a].UPOS == "PRON" {
		return tr.lower[s] == tr.lower[a]
	}
	return tr.lemma(s) == tr.lemma(a)
}

// cooperativeOrThreat reports an entry of v that offers or supports in its modes (a conditional
// promise, not a threat), a threat already matched on v, or a stance the dictionary already reads
// on v or on the noun it carries ("would push for sanctions unless …" demands, "would voice
// support for … unless" supports): the condition then qualifies that stance, which unlessDemands
// and conditionThreats read; this frame is for the acts the dictionary types as none.
func (lx *Lexicon) cooperativeOrThreat(tr *tree, v int, ms []Match) bool {
	for _, c := range lx.cands(tr, v) {
		for _, ty := range []graph.RelType{c.types.Asserted, c.types.Future, c.types.Conditional} {
			if ty == graph.Offers || ty == graph.Supports {
				return true
			}
		}
	}
	for _, m := range ms {
		if m.Type == graph.Threatens && m.Content == v || m.Cue == v && m.Type != graph.Claims || m.Cue >= 0 && tr.t[m.Cue].Head == v && m.Kind == "noun" {
			return true
		}
	}
	return false
}
