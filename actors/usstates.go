package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// usStates: the US states' names and their AP abbreviations (data/wordclasses/phrases/usstates.txt).
var usStates = lexicon.PhraseClass("usstates")

// partyMembers: "democrat", "republican" (data/wordclasses/partymembers.txt).
var partyMembers = lexicon.WordClass("partymembers")

// usStateChunk reports a capitalized run [ts, te) that names a US state — the whole run is a
// state's name or its AP abbreviation ("Ohio", "Texas", "N.H.", "W.Va.": ISO 3166-2:US; AP
// Stylebook, "state names") — or describes a party member by the state ("Connecticut Democrat",
// "Iowa Republican": a state's name premodifying "Democrat" or "Republican", AP Stylebook, "party
// affiliation"). A state is a place, no person or organization: "Senators Rubio and Cruz, of
// Florida and Texas" names two places, "Sanders wins R.I." a state. A longer run with a state's
// name inside ("Ohio State University", "Texas Gov. Greg Abbott") is read as before.
func usStateChunk(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	if te <= ts {
		return false
	}
	if te-ts >= 2 && partyMembers.Has(st.Toks[te-1].Lower) {
		te-- // "Connecticut Democrat": the state before the party member's noun
	}
	name := strings.ToLower(strings.Join(strings.Fields(d.SpanText(st, ts, te)), " "))
	return usStates.Has(name) || usStates.Has(name+".")
}

// PersonOfUSState returns the mention of a person whose name an of-phrase naming a US state
// ending at token te postmodifies ("Senator Ann Roe of Nevada", "Gov. Helen Marsh of N.H."), or
// nil. The state has no mention of its own (usStateChunk), so the surface reads the phrase here:
// the of-phrase gives the person's home (Quirk et al. 1985, 17.38-17.39), and the person heads
// the noun phrase.
func PersonOfUSState(d *doc.Doc, st *doc.Sent, te int) *doc.Mention {
	toks := st.Toks
	for ts := te - 1; ts >= 2 && ts >= te-4; ts-- {
		if toks[ts-1].Lower != "of" {
			continue
		}
		if !usStateChunk(d, st, ts, te) {
			return nil
		}
		if pm := MentionAt(d, st, ts-2); pm != nil && pm.Te == ts-1 && doc.ActorKind(pm.Ent) && pm.Ent.Final().Kind == graph.Person {
			return pm
		}
		return nil
	}
	return nil
}
