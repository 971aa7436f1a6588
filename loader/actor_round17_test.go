package loader

import (
	"strings"
	"testing"
)

// TestActorNameShapes17: four name shapes of fresh documents, each with a near miss.
//   - "or" between two premodifiers of one head inside a body's remit stays in the name; an "or"
//     before a single capitalized word after the remit ends it.
//   - a minister's formal title with a long portfolio of cabinet portfolio words ("for
//     International Development Cooperation and Foreign Trade") ends before the name.
//   - a demonym before a ruling party's unknown name word opens the name of the government.
//   - a headline's verb phrase after a comma whose words the body writes only in lower case names
//     no body; a body the headline and body both name stays.
func TestActorNameShapes17(t *testing.T) {
	g := view(extractText(t, "Rights Group Writes to UN\n\nThe group wrote to the UN Working Group on Arbitrary or Unlawful Detention on Monday. "+
		"It also wrote to the Committee on Finance or Parliament."))
	if g.node("UN Working Group on Arbitrary or Unlawful Detention") == nil {
		t.Errorf("remit with \"or\" cut:\n%s", dumpString(g))
	}
	if g.node("Committee on Finance or Parliament") != nil {
		t.Errorf("\"or\" before one word joined:\n%s", dumpString(g))
	}
	g = view(extractText(t, "Aid to Ukraine\n\n\"We urge Hungary to lift its veto,\" says Minister for International Development Cooperation and Foreign Trade Lars Holm."))
	if n := g.node("Lars Holm"); n == nil {
		t.Errorf("minister's name swallowed by the portfolio:\n%s", dumpString(g))
	}
	g = view(extractText(t, "Visa Talks\n\nThe Armenian Unity government rejected the demand on Tuesday. The Armenian government met on Friday."))
	if n := g.node("Armenian Unity government"); n == nil || n.Country != "ARM" {
		t.Errorf("party-named government = %+v:\n%s", n, dumpString(g))
	}
	g = view(extractText(t, "Bar Council Alarmed by Arrests in Punjab, Demands Judicial Commission\n\nLahore, 3 March 2026\n\n"+
		"The Bar Council is alarmed by the arrests of lawyers in Punjab. We demand that the provincial government set up an independent judicial commission."))
	if g.node("Demands Judicial Commission") != nil || g.node("Judicial Commission") != nil {
		t.Errorf("headline verb phrase became a body:\n%s", dumpString(g))
	}
	if g.node("Bar Council") == nil {
		t.Errorf("the release's own body lost:\n%s", dumpString(g))
	}
}

// dumpString is the graph as dump writes it, for failure messages.
func dumpString(g *graphView) string {
	var b strings.Builder
	g.dump(&b)
	return b.String()
}
