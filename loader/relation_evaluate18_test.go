package loader

import (
	"strings"
	"testing"
)

// TestEvaluate18Transgression (issue 13, evaluate18): a verb of transgression (modality.txt
// transgress: violate, breach, undermine, harm, damage, obstruct, sabotage; AFINN-165 <= -2)
// asserted by the speaker of another's act judges the act as "is a violation of" does: CAMEO 11x
// DISAPPROVE. Not: under a modal (a prediction or prescription), negated, inside another's
// belief, asked, or said of a natural event (no act judged).
func TestEvaluate18Transgression(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"\"Turkey's incursion violates the sovereignty of Iraq,\" Iraqi Prime Minister Ali Hassan said.", "OPPOSES Hassan -> incursion"},
		{"Chile's trade minister said Argentina's export ban had damaged the regional market.", "OPPOSES Chile|trade minister -> ban"},
		{"\"The blockade undermines every effort at peace,\" Qatar's foreign ministry said.", "OPPOSES Qatar|foreign ministry -> blockade"},
		{"Lithuania said Belarus had breached the border agreement.", "OPPOSES Lithuania -> Belarus"},
		{"Japan's defence minister said China's deployment could undermine regional stability.", "!OPPOSES Japan|defence minister"},
		{"Japan's defence minister said China's deployment did not violate international law.", "!OPPOSES Japan|defence minister"},
		{"Japan's defence minister said Beijing believes Tokyo's plan violates the treaty.", "!OPPOSES Japan|defence minister"},
		{"The ministry said the drought had damaged rice crops.", "!OPPOSES ministry"},
	})
}

// TestEvaluate18Extraposed (issue 13, evaluate18): an evaluative adjective over anticipatory "it"
// and an extraposed that-clause ("it is regrettable that Washington has imposed tariffs"; Quirk
// et al. 1985, 18.33) judges the clause's act: its subject if an actor, else its subject's phrase
// as a judged phrase is read. Not: a neutral adjective, a conditional, a negated judgement, a
// clause of no act.
func TestEvaluate18Extraposed(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"\"It is regrettable that Washington has imposed new tariffs on our steel,\" Chinese Commerce Minister Li Wei said.", "OPPOSES Li Wei -> United States"},
		{"Indian officials said it was unacceptable that Pakistan had closed the border crossing.", "KNOWN parser: extraposed that-clause (closed) ccomp of said, not of unacceptable | OPPOSES officials -> Pakistan"},
		{"Kenya's president said it was deplorable that Uganda's decision had shut the border.", "KNOWN parser: extraposed that-clause (shut) ccomp of said, not of deplorable | OPPOSES Kenya|president -> decision"},
		{"Kenya's president said it was possible that Uganda had shut the border.", "!OPPOSES Kenya|president"},
		{"Kenya's president said it would be unacceptable if Uganda shut the border.", "!OPPOSES Kenya|president"},
		{"Kenya's president said it was not unacceptable that Uganda had shut the border.", "!OPPOSES Kenya|president ; !SUPPORTS Kenya|president"},
		{"Kenya's president said it was regrettable that the drought had damaged crops.", "!OPPOSES Kenya|president"},
	})
}

// TestEvaluate18AgentlessNecessity (issue 13, evaluate18): a reported must/should whose subject
// names no actor and whose predicate takes no agent (a copula; an aspectual verb used
// intransitively, Levin 1993, 55.1) is a necessity or an expectation, no demand (Huddleston &
// Pullum 2002, 3.9.2); a passive's patient, an agentive verb and an actor subject stay demands.
func TestEvaluate18AgentlessNecessity(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"Egypt's foreign minister said talks should resume next week.", "!DEMANDS Egypt|foreign minister"},
		{"Chile's finance minister said the census data must be accurate.", "!DEMANDS Chile|finance minister"},
		{"Chile's finance minister said the budget figures should be reliable.", "!DEMANDS Chile|finance minister"},
		{"Chile's finance minister said the tariffs must be lifted.", "DEMANDS Chile|finance minister"},
		{"Chile's finance minister said Peru must resume talks.", "DEMANDS Chile|finance minister -> Peru"},
		{"Chile's finance minister said Bolivia should be more transparent.", "DEMANDS Chile|finance minister -> Bolivia"},
	})
}

// TestEvaluate18ReportingClauseCut (issue 13, evaluate18): the reporting clause after a quotation
// is no part of the demanded act's name even when the parser hangs its first word (a demonym) on
// the verb of saying rather than on the speaker's name (Quirk et al. 1985, 14.29).
func TestEvaluate18ReportingClauseCut(t *testing.T) {
	for _, text := range []string{
		"\"The African Union must suspend the junta,\" Kenyan President William Ruto said.",
		"\"The European Union must condemn the coup,\" Nigerian President Bola Adewale said.",
	} {
		g := extractText(t, text)
		found := false
		for _, r := range g.Relations {
			if string(r.Type) != "DEMANDS" {
				continue
			}
			found = true
			for _, n := range g.Nodes {
				if n.ID == r.Target && (strings.Contains(n.Name, "President") || strings.Contains(n.Name, "\"")) {
					t.Errorf("%s: target %q runs into the reporting clause", text, n.Name)
				}
			}
		}
		if !found {
			t.Errorf("%s: no DEMANDS; found %v", text, foundRelations(g, view(g)))
		}
	}
}
