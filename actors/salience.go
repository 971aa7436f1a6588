package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// Fits reports whether e can be the antecedent of a pronoun of class cls.
func Fits(e *doc.Entity, cls string) bool {
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

// PhxAgreementKind is the kind e agrees as with a pronoun: its own, or for a person named by word
// shape alone the kind of the one Phoenix actor of that name when that is not a person
// (coref_dictkind.go's agreementKind, which passes the Extractor's dictionaries).
func PhxAgreementKind(phx *lexicon.Actors, e *doc.Entity) graph.Kind {
	if e.Kind != graph.Person || e.Hon || len(e.Roles) > 0 || phx == nil || e.Rule != "person:name" && e.Rule != "name:single" {
		return e.Kind
	}
	if a := phx.Unique(e.Name, ""); a != nil && a.Kind != graph.Person {
		return a.Kind
	}
	return e.Kind
}

// MentionReaches reports whether mention m (of sentence ms) stands where it can be the
// antecedent of a pronoun at token i of sentence st: not across a quotation's edge within the
// sentence, not in another turn than a question's or moderator's own (otherTurn), not in a
// turn's label ("Q: Reuters: …", which names who speaks, not what is said).
func MentionReaches(st *doc.Sent, i int, ms *doc.Sent, m *doc.Mention) bool {
	if ms == st && st.InQuote[i] != ms.InQuote[m.Ts] {
		return false
	}
	if OtherTurn(st, ms) {
		return false
	}
	return m.Ts >= doc.BodyStart(ms)
}

// PossessorMention reports a mention followed by a genitive "'s" ("Kenya" in "Kenya's High
// Court"): a noun embedded in another noun phrase, which is less salient as a pronoun's
// antecedent than the head of a phrase of its own (Lappin & Leass 1994, salience factor "head
// noun emphasis", 80 of the about 310 points a mention of the sentence before gathers, so a
// quarter); resolvePronoun takes a quarter off its weight, so that "It accused the court" after
// "Kenya's High Court ordered the company Safaricom …" takes the company, not Kenya.
func PossessorMention(st *doc.Sent, m *doc.Mention) bool {
	return m.Te < len(st.Toks) && (st.Toks[m.Te].Lower == "'s" || st.Toks[m.Te].Lower == "\u2019s")
}

// MostSalient is the candidate of highest score, of equal scores the last in order (order: the
// candidates as first met walking back from the pronoun, nearest first).
func MostSalient(order []*doc.Entity, score map[*doc.Entity]float64) *doc.Entity {
	var best *doc.Entity
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
func possessiveAntecedent(d *doc.Doc, s, i int) *doc.Entity {
	st := d.Sents[s]
	score := map[*doc.Entity]float64{}
	var order []*doc.Entity
	EachMentionBack(d, s, i, 4, func(m *doc.Mention) bool {
		e := m.Ent.Final()
		if !Fits(&doc.Entity{Kind: PhxAgreementKind(d.Phx, e)}, "thing") || e.Dropped || e.Kind == "" {
			return true
		}
		ms := d.Sents[m.Sent]
		if !MentionReaches(st, i, ms, m) {
			return true
		}
		wgt := 1.0
		if PossessorMention(ms, m) {
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
	return MostSalient(order, score)
}
