package loader

import (
	"strings"
	"testing"
)

// TestCues28AdjunctStance (issue 13, cues28): a stance noun heading an adjunct of a clause is its
// owner's stance toward the clause's act (frames adjunct.go): a concessive adjunct of opposition,
// an adjunct of circumstance of support or request. The act is named with its agent and without
// the adjunct itself, wherever the adjunct stands (cueAdjunctEnd: a stance is about the act, not
// about itself). The clause must report an actor's act (actorsAct): "the talks collapsed over
// X's objection" gives the cause of an event, no stance toward an act.
func TestCues28AdjunctStance(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Over a French objection, the ministers agreed to extend the fishing quota.", "OPPOSES France -> extend the fishing quota"},
		{"Despite Nepal's protests, India opened the new road.", "OPPOSES Nepal -> India opening the new road"},
		{"At Qatar's request, the Security Council postponed the debate.", "DEMANDS Qatar -> postponing the debate"},
		{"Under pressure from Brazil, Paraguay lifted the import ban.", "DEMANDS Brazil -> Paraguay lifting the import ban"},
	})
	for _, text := range []string{
		"KNOWN parser: with-PP nmod of loan, not obl of approved | The World Bank approved the new loan with strong Swedish support.",
		"Ecuador released the fishermen on Friday at Peru's request.",
	} {
		why, text, known := knownParserLine(t, text)
		g := extractText(t, text)
		v := view(g)
		found, holds := false, ""
		for _, r := range g.Relations {
			if l := v.label(r.Target); (r.Type == "SUPPORTS" || r.Type == "DEMANDS") && (strings.Contains(l, "approving") || strings.Contains(l, "releasing")) {
				found = true
				if strings.Contains(l, "support") || strings.Contains(l, "request") {
					holds = l
				}
			}
		}
		switch {
		case known:
			knownParserResult(t, why, text, "a stance toward the act, without the adjunct", found && holds == "", foundRelations(g, v))
		case holds != "":
			t.Errorf("%s: the act %q holds the adjunct naming the stance", text, holds)
		case !found:
			t.Errorf("%s: no stance toward the act; found %v", text, foundRelations(g, v))
		}
	}
	frames21Forbidden(t, []struct{ text, not string }{
		{"Despite strong Swedish support, the motion failed.", "!SUPPORTS Sweden"},
		{"Despite the storm, Nepal opened the new road.", "!OPPOSES Nepal"},
		{"The price of rice depends on demand from Japan.", "!DEMANDS Japan"},
		// no actor's act: over and with of cause after a clause about a thing (actorsAct)
		{"The negotiations collapsed over Ghana's objection.", "!OPPOSES Ghana"},
		{"Copper prices climbed with strong Indian demand.", "!DEMANDS India"},
	})
}

// TestCues28NeedTo (issue 13, cues28): "need to", a semi-auxiliary of necessity as "have to"
// (Quirk et al. 1985, 3.40–3.45; modality.txt semimodal), laid on a third party under a verb of
// saying or in a quotation is the speaker's demand (PLOVER DEMAND), as "must" is
// (frames semiModalObligation). Not with an auxiliary ("does not need to": no obligation; "will
// need to": predicted), not with an object ("needs more time": a want), not of the speaker ("we").
func TestCues28NeedTo(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Norway said Iceland needs to reduce its whaling quota.", "DEMANDS Norway -> reducing its whaling quota"},
		{"\"Serbia needs to recognise the election result,\" the German chancellor said.", "DEMANDS German chancellor -> recognising the election result"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Norway said Iceland does not need to reduce its whaling quota.", "!DEMANDS Norway"},
		{"Norway said Iceland will need to reduce its whaling quota.", "!DEMANDS Norway"},
		{"Norway said Iceland needs more time.", "!DEMANDS Norway"},
		{"We need to protect our fishermen, Norway said.", "!DEMANDS Norway"},
	})
}
