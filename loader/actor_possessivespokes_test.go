package loader

import "testing"

// TestPossessiveSpokesperson: "the <state title>'s (<modifier>) <spokes noun> (<ACR>)" is a
// spokesperson actor of that government, and its bracketed acronym is its alias (rule
// spokes:possessive-title); a company chairman's spokesman is none, and neither is the title
// alone. A fronted question clause of a briefing summary ("Asked whether …", "Put to him that …")
// ends what it reports at the comma before the answer's subject (claims/frontedquestion.go).
func TestPossessiveSpokesperson(t *testing.T) {
	runCases(t, []exCase{
		{"premier-acronym", "Summary of the press lobby, 2 May 2030\n\nThe Premier's Chief Spokesman (PCS) opened the session.\n\nAsked if the budget would pass, the PCS said that the vote was secure.",
			[]string{"actor Premier's Chief Spokesman", "alias Premier's Chief Spokesman = PCS", "CLAIMS Premier's Chief Spokesman -> vote was secure"}},
		{"president-press-secretary", "The President's Press Secretary said that the summit had been postponed.",
			[]string{"CLAIMS President's Press Secretary -> summit had been postponed"}},
		{"chairman-not-state", "The Chairman's spokesman (CS) said that the merger was off.",
			[]string{"!actor Chairman's spokesman"}},
		{"title-alone", "The Prime Minister said that the merger was off.",
			[]string{"!actor Prime Minister's spokesman"}},
		{"put-to-him", "Put to him that Portugal had said the deal was dead, the spokesman for Spain said that talks would go on.",
			[]string{"CLAIMS Portugal -> deal was dead", "!CLAIMS Portugal -> talks would go on"}},
		{"asked-that-not-relative", "Asked that the mayor had said the bridge was unsafe, the Premier's spokesman said it was sound.",
			[]string{"!CLAIMS mayor -> Asked"}},
	})
}

// TestSuggestEpistemic: "suggest" over a content clause with an epistemic modal (may, might)
// reports a possibility, no directive; the mandative subjunctive or should makes it one (Quirk et
// al. 1985, 16.32; frames/args_helpers.go assertive).
func TestSuggestEpistemic(t *testing.T) {
	runCases(t, []exCase{
		{"may", "Peru suggests the smugglers may have crossed into Bolivia.", []string{"!DEMANDS Peru", "CLAIMS Peru -> smugglers may have crossed"}},
		{"should", "Peru suggests that Bolivia should close the pass.", []string{"DEMANDS Peru -> Bolivia closing the pass"}},
		{"subjunctive", "Peru suggests that Bolivia close the pass.", []string{"DEMANDS Peru -> Bolivia closing the pass"}},
	})
}
