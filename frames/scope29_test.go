package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// cueCase expects (or not) an own-scope, asserted-or-future match of type typ from src whose cue
// word is cue.
type cueCase struct {
	text string
	typ  graph.RelType
	src  string
	cue  string
	want bool
}

func runCueCases(t testing.TB, cases []cueCase) {
	t.Helper()
	lx, sm := lexiconAndParser(t)
	for _, c := range cases {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Scope == Own && (m.Mode == Asserted || m.Mode == Future) && m.Type == c.typ && form(toks, m.Source) == c.src && form(toks, m.Cue) == c.cue {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: %s %s (cue %s): want %v;%s", c.text, c.typ, c.src, c.cue, c.want, describe(toks, lx.Match(toks)))
		}
	}
}

// TestContributoryHelp (issue 13, scope29): help with a bare or to-infinitive and no object
// makes its subject a co-agent of the infinitive's act (Quirk et al. 1985, 16.52; modality.txt
// contributory): a stance cue there is the subject's stance, and help offers nothing. Near
// misses: an infinitive naming no cue or only an offer ("help fund": help keeps CAMEO 070),
// and object control ("helped Bolivia resist", the helped party acts).
func TestContributoryHelp(t *testing.T) {
	runCueCases(t, []cueCase{
		{"Norway will help push back against the plan to drill in the Arctic.", graph.Opposes, "Norway", "push", true},
		{"Norway will help push back against the plan to drill in the Arctic.", graph.Offers, "Norway", "help", false},
		{"The Dutch government helped to resist the merger of the two ports.", graph.Opposes, "government", "resist", true},
		{"The Dutch government helped to resist the merger of the two ports.", graph.Offers, "government", "help", false},
		{"Chile helped condemn the coup in the region.", graph.Opposes, "Chile", "condemn", true},
		{"Austria helped impose sanctions on the junta.", graph.Sanctions, "Austria", "sanctions", true},
		{"Austria helped impose sanctions on the junta.", graph.Offers, "Austria", "helped", false},
		// near misses
		{"Chile will help rebuild the damaged harbour.", graph.Offers, "Chile", "help", true},
		{"Peru is ready to help fund the new bridge over the river.", graph.Offers, "Peru", "help", true},
		{"Peru will help deliver food aid to the region.", graph.Offers, "Peru", "help", true},
		{"Chile helped Bolivia resist the pressure from its creditors.", graph.Opposes, "Chile", "resist", false},
	})
}

// TestNounInfinitive (issue 13, scope29): a to-infinitive right after the object of a verb, the
// object a general noun of acting or of attempt, is the noun's postmodifier even where the
// parser made it the verb's purpose adjunct (nounInfinitive): "criticized the measures to lift
// the sanctions" names no lifting by the critic. Near misses: a light or support verb whose
// subject takes the measures ("took steps to", "adopted measures to"), a purpose adjunct after
// an object of another kind ("sent troops to").
func TestNounInfinitive(t *testing.T) {
	runCueCases(t, []cueCase{
		{"Ecuador criticized the measures to ease the embargo on the island.", graph.Offers, "Ecuador", "embargo", false},
		{"Ecuador denounced the steps to lift the ban on the imports.", graph.Offers, "Ecuador", "lift", false},
		{"Ecuador denounced the steps to lift the ban on the imports.", graph.Opposes, "Ecuador", "denounced", true},
		// near misses
		{"Ecuador took steps to lift the ban on the imports.", graph.Offers, "Ecuador", "lift", true},
		{"Ecuador adopted measures to ease the embargo on the island.", graph.Offers, "Ecuador", "embargo", true},
	})

	knownParserMiss(t, "to block xcomp of sent, read as controlled by troops (UD advcl: a purpose infinitive, as the old pair had it)", func(tb testing.TB) {
		runCueCases(tb, []cueCase{
			{"Ecuador sent troops to block the border crossing.", graph.Threatens, "Ecuador", "block", true},
		})
	})
}

// TestPluralControls (issue 13, scope29): "controls" in the plural is a measure restricting trade
// (cue-classes.txt noun control, needs plural: CAMEO 172, OED control n. "export controls"),
// imposed, threatened or eased as curbs are; the mass noun of "took control of" names dominion
// and no measure.
func TestPluralControls(t *testing.T) {
	runCueCases(t, []cueCase{
		{"Korea imposed new export controls on the gases.", graph.Sanctions, "Korea", "controls", true},
		{"Korea scrapped its export controls on the gases.", graph.Offers, "Korea", "controls", true},
		// near misses
		{"The rebels took control of the northern port.", graph.Sanctions, "rebels", "control", false},
		{"The rebels took control of the northern port.", graph.Threatens, "rebels", "control", false},
		{"The ministry kept control over the budget.", graph.Sanctions, "ministry", "control", false},
	})
}
