package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/syntax"
	"github.com/claimgraph/claimgraph/syntax/retag"
	"github.com/claimgraph/claimgraph/syntax/tokenize"
)

// TestInviteToTalks: an invitation whose object-controlled infinitive names a meeting or
// negotiation is CAMEO.2.0.txt "INVITE * (FOR &NEGOTIATION)" [030] / codebook 036 (PLOVER AGREE,
// our OFFERS) toward the invitee; an invitation to anything else, and a request ("asked ... to
// return to talks", CAMEO 026 appeal), are none.
func TestInviteToTalks(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The premier invited the rebels to come back to talks.", graph.Offers, "premier", "rebels", "", true, onlyAsserted | ruleKnown},
		{"Seoul invited Pyongyang to resume negotiations on the border.", graph.Offers, "Seoul", "Pyongyang", "", true, onlyAsserted | ruleKnown},
		{"The mediators invited both parties to return to the negotiating table.", graph.Offers, "mediators", "parties", "", true, onlyAsserted | ruleKnown},
		{"Prime Minister Kaja Lepp invited the opposition to come back to talks on the coalition agreement next week.", graph.Offers, "Kaja", "opposition", "", true, onlyAsserted | ruleKnown},
		{"Meanwhile Prime Minister Kaja Lepp invited the opposition to come back to talks on the coalition agreement next week.", graph.Offers, "Kaja", "opposition", "", true, onlyAsserted | ruleKnown},
		// controls: an invitation to something else; a request to come to talks
		{"The minister invited reporters to attend a news conference.", graph.Offers, "minister", "*", "", false, onlyAsserted | ruleKnown},
		{"The premier asked the rebels to come back to talks.", graph.Offers, "premier", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestHeldLiable: a verb of judgement with an adjective of answerability as its object
// complement is the dictionary's HOLD * RESPONSIBLE [112] / FOUND * GUILTY pattern (CAMEO 116
// "find guilty or liable", PLOVER DISAPPROVE: OPPOSES of the one held liable). The tagger reads
// "liable" as a noun; the loader's retag (syntax/retag LiabilityAdjective) makes it the
// adjective it only is, so the sentences are tagged and retagged as the loader does.
func TestHeldLiable(t *testing.T) {
	checkMatchesParsed(t, parsedRetagged, []matchCase{
		{"The court held Shell liable for the spill.", graph.Opposes, "court", "Shell", "", true, onlyAsserted | ruleKnown},
		{"A court in Tartu on Monday held the ferry operator Saaremaa Line liable for the fire that killed four passengers.", graph.Opposes, "court", "operator", "", true, onlyAsserted | ruleKnown},
		// controls: liable as a predicate of risk; a plain hold
		{"Officials said the ferries were liable to delays in winter.", graph.Opposes, "Officials", "*", "", false, onlyAsserted | ruleKnown},
		{"The court held a hearing on the spill.", graph.Opposes, "court", "*", "", false, onlyAsserted | ruleKnown},
	})

	knownParserMiss(t, "liable NN obj of found (UD JJ xcomp; NN in both pairs, the old made liable the root)", func(tb testing.TB) {
		checkMatchesParsed(tb, parsedRetagged, []matchCase{
			{"A tribunal found the shipyard liable for the collapse.", graph.Opposes, "tribunal", "shipyard", "", true, onlyAsserted | ruleKnown},
		})
	})
}

// parsedRetagged tokenizes, tags and parses text as parsed does, with the loader's retag
// (syntax/retag) between the tagger and the parser.
func parsedRetagged(sm *syntax.Model, text string) []Token {
	tt := tokenize.Tokenize(text)
	toks := make([]Token, len(tt))
	forms, upos, xpos := make([]string, len(tt)), make([]string, len(tt)), make([]string, len(tt))
	for i, x := range tt {
		toks[i] = Token{Form: x.Form, Start: x.Start, End: x.End}
		forms[i] = x.Form
	}
	sm.Tagger().Tag(forms, upos, xpos)
	retag.Sentence(forms, upos, xpos, nil)
	for i := range toks {
		toks[i].UPOS, toks[i].XPOS = upos[i], xpos[i]
	}
	sm.AnnotateTagged(toks)
	return toks
}

// TestSuspendContactsAndCaution: suspending one's contacts with a government is CAMEO 161
// (PLOVER SANCTION "curtail ... diplomatic exchange"), not suspending one's own business; the WARN
// block's other verb, caution, takes the warn lines: a coercive measure warned of threatens, a
// danger does not.
func TestSuspendContactsAndCaution(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Georgia suspended its contacts with Belarus.", graph.Sanctions, "Georgia", "Belarus", "", true, onlyAsserted | ruleKnown},
		{"The parliament suspended its debate on the budget.", graph.Sanctions, "parliament", "*", "", false, onlyAsserted | ruleKnown},
		{"The government cautioned of a crackdown on smugglers.", graph.Threatens, "government", "*", "", true, onlyAsserted | ruleKnown},
		{"The junta cautioned the protesters of reprisals.", graph.Threatens, "junta", "protesters", "", true, onlyAsserted | ruleKnown},
		{"Forecasters cautioned of heavy storms over the weekend.", graph.Threatens, "Forecasters", "*", "", false, onlyAsserted | ruleKnown},
		{"The government warned of a clampdown on smugglers.", graph.Threatens, "government", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestReceivedFrom: information, figures or a report received or obtained from a person or body
// cites that source (Levin 1993, 13.5.2 obtain verbs with a from-phrase; contract CITES); a
// delegation or a loan received names no evidence.
func TestReceivedFrom(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The agency obtained the data from the Finance Ministry of Ghana.", graph.Cites, "agency", "Ministry", "", true, onlyAsserted | ruleKnown},
		{"Kenya received a delegation from Uganda.", graph.Cites, "Kenya", "*", "", false, onlyAsserted | ruleKnown},
		{"The firm obtained a loan from the World Bank.", graph.Cites, "firm", "*", "", false, onlyAsserted | ruleKnown},
	})

	knownParserMiss(t, "from the Coast Guard nmod of figures (obl of received: the source of receiving)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"We received the figures from the Norwegian Coast Guard this morning.", graph.Cites, "We", "Guard", "", true, onlyAsserted | ruleKnown},
		})
	})
}

// TestDeterrenceAfterCommitment: a verb of deterrence, prevention or countering in the
// infinitive of a noun of commitment or resolve is its holder's own act, opposition to the
// object (CAMEO PREVENT [120], COUNTER [110]; WordNet combat "contend against"), and
// the noun of commitment makes no offer of it; combating a named party stays the dictionary's
// fight.
func TestDeterrenceAfterCommitment(t *testing.T) {
	checkMatches(t, []matchCase{
		// events30a: preventing an event names no party opposed (cue-classes.txt prevent,
		// OED "to stop (something) from happening"); the A30 judge read "prevent terrorist
		// attacks" as no stance
		{"Norway showed its resolve to prevent sabotage.", graph.Opposes, "Norway", "sabotage", "", false, onlyAsserted | ruleKnown},
		{"The government is determined to combat antisemitism.", graph.Opposes, "government", "antisemitism", "", true, onlyAsserted | ruleKnown},
		{"Lithuania reaffirms its determination to counter sabotage, and its commitment to combat hostile activities.", graph.Opposes, "Lithuania", "activities", "", true, onlyAsserted | ruleKnown},
		// controls: a commitment to cooperate, or with no act named, stays an offer; combating a
		// named army is no opposition
		{"Lithuania reaffirmed its commitment to cooperate with Latvia.", graph.Offers, "Lithuania", "*", "", true, onlyAsserted | ruleKnown},
		{"Lithuania reaffirmed its commitment to the alliance.", graph.Offers, "Lithuania", "*", "", true, onlyAsserted | ruleKnown},
		{"The Kurds are combating Iraqi troops in the north.", graph.Opposes, "Kurds", "*", "", false, onlyAsserted | ruleKnown},
	})

	knownParserMiss(t, "to counter xcomp of reaffirms (UD acl of determination, as the old pair had it)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"Lithuania reaffirms its determination to counter sabotage, and its commitment to combat hostile activities.", graph.Offers, "Lithuania", "*", "", false, onlyAsserted | ruleKnown},
		})
	})
}

// TestSatisfactionThat: an adjective of satisfaction (CAMEO.2.0.txt SATISFY block, "SATISFY *
// TALKS" [051]) with a that-clause or with-phrase approves what it names (SUPPORTS); with a
// to-infinitive of the subject's own act it is none.
func TestSatisfactionThat(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Norway is pleased that Iceland is reviewing the quotas.", graph.Supports, "Norway", "reviewing", "", true, onlyAsserted | ruleKnown},
		{"Norway is satisfied with the talks.", graph.Supports, "Norway", "talks", "", true, onlyAsserted | ruleKnown},
		{"Chile was gratified that Peru had signed the accord.", graph.Supports, "Chile", "*", "", true, onlyAsserted | ruleKnown},
		{"The minister was pleased to announce the new budget.", graph.Supports, "minister", "*", "", false, onlyAsserted | ruleKnown},
	})
}
