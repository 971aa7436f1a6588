package loader

import (
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// The salience of the mentions made so far (Lappin & Leass 1994, simplified: each mention
// weighted 2 in subject position and 1 otherwise, a genitive's noun a quarter less, halved per
// sentence of distance, summed per entity), the part of pronoun resolution that reads only the
// actors' own findings: coreference's resolvePronoun (coref.go) weighs every pronoun by it and
// adds the subjects, claim speakers and agreement it knows; the actors ask it once, for the
// possessive "its"/"their" before a government body at a name phrase's start
// (possessiveAntecedent, interpret), over the mentions they have made up to that token.

// fits reports whether e can be the antecedent of a pronoun of class cls.
func fits(e *entity, cls string) bool {
	switch cls {
	case "person":
		return e.Kind == graph.Person || e.Kind == graph.Group
	case "thing":
		return e.Kind == graph.Country || e.Kind == graph.Government || e.Kind == graph.Organization
	case "plural":
		return e.Kind == graph.Group || e.Kind == graph.Country || e.Kind == graph.Government || e.Kind == graph.Organization
	}
	return false
}

// phxAgreementKind is the kind e agrees as with a pronoun: its own, or for a person named by word
// shape alone the kind of the one Phoenix actor of that name when that is not a person
// (coref_dictkind.go's agreementKind, which passes the Extractor's dictionaries).
func phxAgreementKind(phx *lexicon.Actors, e *entity) graph.Kind {
	if e.Kind != graph.Person || e.Hon || len(e.Roles) > 0 || phx == nil || e.Rule != "person:name" && e.Rule != "name:single" {
		return e.Kind
	}
	if a := phx.Unique(e.Name, ""); a != nil && a.Kind != graph.Person {
		return a.Kind
	}
	return e.Kind
}

// mentionReaches reports whether mention m (of sentence ms) stands where it can be the
// antecedent of a pronoun at token i of sentence st: not across a quotation's edge within the
// sentence, not in another turn than a question's or moderator's own (otherTurn), not in a
// turn's label ("Q: Reuters: …", which names who speaks, not what is said).
func mentionReaches(st *sent, i int, ms *sent, m *mention) bool {
	if ms == st && st.InQuote[i] != ms.InQuote[m.Ts] {
		return false
	}
	if otherTurn(st, ms) {
		return false
	}
	return m.Ts >= docpkg.BodyStart(ms)
}

// possessorMention reports a mention followed by a genitive "'s" ("Kenya" in "Kenya's High
// Court"): a noun embedded in another noun phrase, which is less salient as a pronoun's
// antecedent than the head of a phrase of its own (Lappin & Leass 1994, salience factor "head
// noun emphasis", 80 of the about 310 points a mention of the sentence before gathers, so a
// quarter); resolvePronoun takes a quarter off its weight, so that "It accused the court" after
// "Kenya's High Court ordered the company Safaricom …" takes the company, not Kenya.
func possessorMention(st *sent, m *mention) bool {
	return m.Te < len(st.Toks) && (st.Toks[m.Te].Lower == "'s" || st.Toks[m.Te].Lower == "\u2019s")
}

// mostSalient is the candidate of highest score, of equal scores the last in order (order: the
// candidates as first met walking back from the pronoun, nearest first).
func mostSalient(order []*entity, score map[*entity]float64) *entity {
	var best *entity
	for _, e := range order {
		if best == nil || score[e] >= score[best] {
			best = e
		}
	}
	return best
}

// possessiveAntecedent is the antecedent of the possessive determiner at token i of sentence s
// ("its Ministry of Commerce" at a name phrase's start): of the entities that agree with "it"
// (a country, government or organization, phxAgreementKind) and are mentioned in this and the
// three previous sentences before token i, the most salient (mostSalient). The actors phase asks
// it while it reads the sentences in order, so it weighs the mentions made so far; no subject is
// marked yet (markSubjects, coreference) and no claim made (the claims stage), which is why the
// weights here are resolvePronoun's for a "thing" pronoun at that moment.
func (d *doc) possessiveAntecedent(s, i int) *entity {
	st := d.Sents[s]
	score := map[*entity]float64{}
	var order []*entity
	d.eachMentionBack(s, i, 4, func(m *mention) bool {
		e := m.Ent.Final()
		if !fits(&entity{Kind: phxAgreementKind(d.Phx, e)}, "thing") || e.Dropped || e.Kind == "" {
			return true
		}
		ms := d.Sents[m.Sent]
		if !mentionReaches(st, i, ms, m) {
			return true
		}
		wgt := 1.0
		if possessorMention(ms, m) {
			wgt *= 0.75
		}
		for k := 0; k < s-m.Sent; k++ {
			wgt /= 2
		}
		if _, ok := score[e]; !ok {
			order = append(order, e)
		}
		score[e] += wgt
		return true
	})
	return mostSalient(order, score)
}
