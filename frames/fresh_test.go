package frames

import (
	"fmt"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/syntax"
	"github.com/claimgraph/claimgraph/syntax/tokenize"
)

// freshWant is one stance a sentence asserts: its type and a word of its source phrase.
type freshWant struct {
	typ graph.RelType
	src string
}

// fresh is a set of news-style sentences written for issue 13's precision work (frames2) before
// any rule was changed, with gold written with them: 32 that assert no stance (cue words as plain
// nouns or compound modifiers, neutral events, reports and questions, negated stances, cues
// inside descriptions, names holding cue words) and 32 that assert one or more, across the six
// stance types and several constructions. Invented, from the whole world; not from the
// development records. It is parsed with the embedded syntax models (syntax.Default), so it
// scores frames on our own parser's trees, errors included. neg: the sentence negates a stance of
// that type (a negated match is expected and fine; an asserted one is a false positive).
var fresh = []struct {
	text string
	want []freshWant   // nil: the sentence asserts no stance
	neg  graph.RelType // a negated stance the sentence holds ("" none)
}{
	// --- no stance: cue words as plain nouns and modifiers
	{text: "The UN sanctions committee met in New York on Tuesday to review its annual report."},
	{text: "Thousands of people joined a protest march through central Santiago on Saturday."},
	{text: "Forecasters warned of the threat of heavy rain across southern Bangladesh."},
	{text: "The ministry hired forty new support staff for its embassy in Nairobi."},
	{text: "Global demand for oil rose by two percent in the third quarter, the agency reported."},
	{text: "A convoy carrying the first supply of aid reached the town of Goma on Monday."},
	{text: "The share offer for the state telecom company closes on Friday."},
	{text: "The embassy issued a travel warning for the border region after the floods."},
	{text: "The government spent more on refugee support than on defence last year."},
	{text: "The price of wheat depends on demand from Egypt and Algeria."},
	{text: "Exports to Russia fell sharply after the sanctions took effect, customs data showed."},
	{text: "The threat of a strike by dock workers has eased in Rotterdam."},
	// --- no stance: neutral events, statistics
	{text: "Indian Prime Minister Narendra Modi visited Dhaka on Thursday for a two-day trip."},
	{text: "The foreign ministers of Brazil and Argentina met in Buenos Aires to discuss trade."},
	{text: "Voters in Ghana went to the polls on Saturday to elect a new parliament."},
	{text: "Inflation in Turkey rose to 61 percent in March, the statistics office said."},
	{text: "The president of Finland hosted a dinner for visiting Nordic leaders."},
	{text: "Rescue teams recovered twelve bodies after the ferry sank off Tanzania."},
	{text: "Sri Lanka's central bank kept interest rates unchanged on Thursday."},
	// --- no stance: reports and questions
	{text: "Reporters asked the spokesman whether Japan would impose new tariffs on Chinese steel."},
	{text: "Analysts said it was unclear whether Egypt would support the resolution."},
	{text: "Diplomats are divided over whether Germany will back the new EU budget."},
	// --- negated stances
	{text: "Mexico did not oppose the nomination of the new trade chief.", neg: graph.Opposes},
	{text: "The Kenyan government has not demanded compensation from the oil company.", neg: graph.Demands},
	{text: "Indonesia never threatened to close its airspace to Australian flights.", neg: graph.Threatens},
	{text: "Poland did not impose sanctions on Belarusian potash.", neg: graph.Sanctions},
	{text: "The senator does not support the proposed pipeline.", neg: graph.Supports},
	{text: "No country offered to host the refugees.", neg: graph.Offers},
	// --- cues inside descriptions, names holding cue words
	{text: "The committee that investigates sanctions violations published its findings on Monday."},
	{text: "The office that handles asylum requests in Rome has moved to a new building."},
	{text: "Members of the Popular Resistance Front gathered in Tripoli on Friday."},
	{text: "Threat Intelligence Ltd, a Dublin security firm, hired fifty engineers."},

	// --- OPPOSES
	{text: "Brazil rejected the proposal to cap beef exports.", want: []freshWant{{graph.Opposes, "Brazil"}}},
	{text: "The Philippine foreign ministry condemned the seizure of a fishing boat by Chinese coast guard vessels.", want: []freshWant{{graph.Opposes, "ministry"}}},
	{text: "Opposition lawmakers in Kenya voiced strong opposition to the new finance bill.", want: []freshWant{{graph.Opposes, "lawmakers"}}},
	{text: "Ireland and Spain criticised the decision to cut aid to Gaza.", want: []freshWant{{graph.Opposes, "Ireland"}, {graph.Opposes, "Spain"}}},
	{text: "Chile's finance minister is against the mining reform.", want: []freshWant{{graph.Opposes, "minister"}}},
	{text: "Vietnam's refusal to accept the ruling angered Beijing.", want: []freshWant{{graph.Opposes, "Vietnam"}}},
	// --- DEMANDS
	{text: "Ukraine demanded the immediate return of the deported children.", want: []freshWant{{graph.Demands, "Ukraine"}}},
	{text: "The African Union called on Sudan's warring factions to observe a ceasefire.", want: []freshWant{{graph.Demands, "Union"}}},
	{text: "Norway urged Iran to release the detained aid workers.", want: []freshWant{{graph.Demands, "Norway"}}},
	{text: "Farmers' unions in France are pressing the government to scrap the fuel tax.", want: []freshWant{{graph.Demands, "unions"}}},
	{text: "Pakistan's demand for an international inquiry was backed by Turkey.", want: []freshWant{{graph.Demands, "Pakistan"}, {graph.Supports, "Turkey"}}},
	// --- THREATENS
	{text: "North Korea threatened to conduct another nuclear test.", want: []freshWant{{graph.Threatens, "Korea"}}},
	{text: "Washington warned that it would impose sanctions if the election was rigged.", want: []freshWant{{graph.Threatens, "Washington"}}},
	{text: "The union will strike on Monday unless wages are raised.", want: []freshWant{{graph.Threatens, "union"}}},
	{text: "Hungary threatened to veto the EU aid package for Ukraine.", want: []freshWant{{graph.Threatens, "Hungary"}}},
	{text: "Israel issued a warning to Hezbollah over rocket fire from Lebanon.", want: []freshWant{{graph.Threatens, "Israel"}}},
	// --- SANCTIONS
	{text: "The European Union imposed sanctions on six Russian banks on Friday.", want: []freshWant{{graph.Sanctions, "Union"}}},
	{text: "Canada expelled two Chinese diplomats over the affair.", want: []freshWant{{graph.Sanctions, "Canada"}}},
	{text: "Sweeping tariffs on Mexican tomatoes were announced by the Commerce Department.", want: []freshWant{{graph.Sanctions, "Department"}}},
	{text: "Beijing banned imports of Japanese seafood after the water release.", want: []freshWant{{graph.Sanctions, "Beijing"}}},
	{text: "Saudi Arabia recalled its ambassador from Lebanon.", want: []freshWant{{graph.Sanctions, "Arabia"}}},
	// --- SUPPORTS
	{text: "Germany backed the French plan for a joint defence fund.", want: []freshWant{{graph.Supports, "Germany"}}},
	{text: "Several African leaders expressed support for the peace deal in Ethiopia.", want: []freshWant{{graph.Supports, "leaders"}}},
	{text: "The Indonesian president praised the agreement as a step towards stability.", want: []freshWant{{graph.Supports, "president"}}},
	{text: "Argentina endorsed the candidacy of the Brazilian diplomat.", want: []freshWant{{graph.Supports, "Argentina"}}},
	{text: "The proposal was welcomed by Egypt and Jordan.", want: []freshWant{{graph.Supports, "Egypt"}, {graph.Supports, "Jordan"}}},
	// --- OFFERS
	{text: "Japan offered to mediate between the two Koreas.", want: []freshWant{{graph.Offers, "Japan"}}},
	{text: "Qatar pledged 50 million dollars in aid to flood victims in Pakistan.", want: []freshWant{{graph.Offers, "Qatar"}}},
	{text: "The rebels released forty hostages on Sunday.", want: []freshWant{{graph.Offers, "rebels"}}},
	{text: "Morocco is willing to reopen its border with Algeria.", want: []freshWant{{graph.Offers, "Morocco"}}},
	{text: "Colombia agreed to resume talks with the ELN rebels.", want: []freshWant{{graph.Offers, "Colombia"}}},
	{text: "The United States lifted sanctions on Venezuelan oil.", want: []freshWant{{graph.Offers, "States"}}},
}

// stanceTypes are the relation types the fresh set scores (CITES is the claims layer's).
var stanceTypes = map[graph.RelType]bool{graph.Opposes: true, graph.Demands: true, graph.Threatens: true,
	graph.Sanctions: true, graph.Supports: true, graph.Offers: true}

// freshScore parses and matches the fresh set: negatives with no asserted stance, wanted stances
// found (type and a source phrase holding the gold word), and asserted stances of a type the
// sentence does not hold (on positives). Lines describe each failure.
func freshScore(t testing.TB) (cleanNeg, negs, found, wants, extra int, lines []string) {
	lx, sm := lexiconAndParser(t)
	for _, s := range fresh {
		toks := parsed(sm, s.text)
		ms := lx.Match(toks)
		srcHas := func(m Match, w string) bool {
			if m.Source < 0 {
				return false
			}
			lo, hi := Span(toks, m.Source)
			for k := lo; k < hi; k++ {
				if toks[k].Form == w {
					return true
				}
			}
			return false
		}
		var asserted []Match
		for _, m := range ms {
			if m.Asserts() && stanceTypes[m.Type] {
				asserted = append(asserted, m)
			}
		}
		if s.want == nil {
			negs++
			if len(asserted) == 0 {
				cleanNeg++
			} else {
				lines = append(lines, fmt.Sprintf("FP   %s%s", s.text, describe(toks, asserted)))
			}
			continue
		}
		types := map[graph.RelType]bool{}
		for _, w := range s.want {
			types[w.typ] = true
			wants++
			ok := false
			for _, m := range asserted {
				if m.Type == w.typ && srcHas(m, w.src) {
					ok = true
				}
			}
			if ok {
				found++
			} else {
				lines = append(lines, fmt.Sprintf("MISS %s %s(%s)%s", s.text, w.typ, w.src, describe(toks, ms)))
			}
		}
		for _, m := range asserted {
			if !types[m.Type] {
				extra++
				lines = append(lines, fmt.Sprintf("XTRA %s%s", s.text, describe(toks, []Match{m})))
			}
		}
	}
	return
}

// TestFreshSet scores the fresh set and holds floors against regressions (not targets). -v
// prints every failure.
func TestFreshSet(t *testing.T) {
	cleanNeg, negs, found, wants, extra, lines := freshScore(t)
	for _, l := range lines {
		t.Log(l)
	}
	t.Logf("fresh set: negatives without an asserted stance %d/%d; wanted stances found %d/%d; asserted stances of another type on positives %d", cleanNeg, negs, found, wants, extra)
	if negs == 0 || wants == 0 {
		t.Fatal("empty set")
	}
	// floors: the figures after the frames2 rules (before them: 21/32, 28/35, 2); a drop is a
	// regression to look at, not a number to tune back to
	// parse26b pair: negatives clean 30 → 28. "Thousands of people joined a protest march …"
	// (the new parse is UD-right, protest compound of march; CAMEO's JOIN * PROTEST [110] then
	// matches through the object's compound, OPPOSES Thousands→march: class (b), the pattern
	// rule, not mended) and "Global demand for oil rose by two percent …" (rose NN in both pairs;
	// the new one hangs "by two percent" on demand: DEMANDS percent→rose, class (a)). Found 33 →
	// 34 (a gain: "The African Union called on Sudan's warring factions to observe a ceasefire").
	if cleanNeg < 28 || found < 33 || extra > 0 {
		t.Errorf("fresh set below its floors: negatives clean %d/%d (floor 28), found %d/%d (floor 33), other-type %d (floor 0)", cleanNeg, negs, found, wants, extra)
	}
}

// parsed tokenizes text and annotates it with sm (tags, lemmas, the dependency parse): the input
// Match reads, as the loader builds it.
func parsed(sm *syntax.Model, text string) []Token {
	tt := tokenize.Tokenize(text)
	toks := make([]Token, len(tt))
	for i, x := range tt {
		toks[i] = Token{Form: x.Form, Start: x.Start, End: x.End}
	}
	sm.Annotate(toks)
	return toks
}

// lexiconAndParser loads the frames lexicon and the embedded syntax models, for the tests that
// parse sentences of their own before matching them.
func lexiconAndParser(tb testing.TB) (*Lexicon, *syntax.Model) {
	tb.Helper()
	lx, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	sm, err := syntax.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return lx, sm
}
