package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestListItemsContinueLeadIn (issue 13, lists26): each bulleted bare verb phrase completes the
// lead-in before the list (Chicago Manual of Style 6.130), so its verb takes the lead-in's holder:
// the demonym of "Chilean commitments to:", the subject of "Peru will:". Near misses: a lead-in
// naming no holder ("steps to:"), a list of noun phrases after "X will cover:". Sentences of my
// own invention.
func TestListItemsContinueLeadIn(t *testing.T) {
	text := "Fact sheet: Chile and Peru conclude a trade and security accord\n\n" +
		"The accord includes Chilean commitments to:\n\n" +
		"- Remove the tariffs on Peruvian wheat.\n" +
		"- Lift the sanctions on Peruvian fishing companies.\n" +
		"- Withdraw its naval vessels from Peruvian waters.\n\n" +
		"Under the accord, Peru will:\n\n" +
		"- Lift the ban on Chilean fruit imports.\n" +
		"- End the boycott of Chilean wine.\n" +
		"- Remove the embargo on Chilean salmon.\n\n" +
		"The accord also sets out steps to:\n\n" +
		"- Remove the tariffs on Bolivian wheat.\n" +
		"- Lift the sanctions on Bolivian banks.\n\n" +
		"Peru's agenda will cover:\n\n" +
		"- Sanctions on Bolivian banks.\n" +
		"- The boycott of Bolivian wine.\n"
	g := extractText(t, text)
	v := view(g)
	holder := map[string]string{} // item sentence -> source of its list-item relation
	for _, r := range g.Relations {
		for _, e := range r.Evidence {
			if strings.Contains(e.Rule, "-listitem:") {
				if r.Type != graph.Offers {
					t.Errorf("%q: %s, want OFFERS (a commitment)", e.Text, r.Type)
				}
				holder[e.Text] = v.label(r.Source)
			}
		}
	}
	for item, want := range map[string]string{
		"Remove the tariffs on Peruvian wheat.":             "Chile",
		"Lift the sanctions on Peruvian fishing companies.": "Chile",
		"Withdraw its naval vessels from Peruvian waters.":  "Chile",
		"Lift the ban on Chilean fruit imports.":            "Peru",
		"End the boycott of Chilean wine.":                  "Peru",
		"Remove the embargo on Chilean salmon.":             "Peru",
		"Remove the tariffs on Bolivian wheat.":             "",
		"Lift the sanctions on Bolivian banks.":             "",
		"Sanctions on Bolivian banks.":                      "",
		"The boycott of Bolivian wine.":                     "",
	} {
		if got := holder[item]; !strings.Contains(got, want) || want == "" && got != "" {
			t.Errorf("%q: list-item source %q, want %q; %v", item, got, want, foundRelations(g, v))
		}
	}
	for _, r := range g.Relations {
		for _, e := range r.Evidence {
			if strings.Contains(e.Text, "Bolivian") && r.Type != graph.MemberOf && r.Type != graph.PartOf {
				t.Errorf("near miss %q gave %s %s -> %s (%s)", e.Text, r.Type, v.label(r.Source), v.label(r.Target), e.Rule)
			}
		}
	}
}

// TestListItemsIntentLeadIn (lists26): a verb of intent right before "to:" (modality.txt class
// intent, CAMEO 030) names the holder by its subject; a verb outside the class ("asked Peru to:",
// a request whose items are Peru's to do, not Chile's) names none. Sentences of my own.
func TestListItemsIntentLeadIn(t *testing.T) {
	for _, c := range []struct{ leadIn, want string }{
		{"Chile intends to:", "Chile"},
		{"Chile asked Peru to:", ""},
	} {
		text := "Fact sheet: Chile and Peru conclude an accord\n\n" + c.leadIn + "\n\n" +
			"- Lift the sanctions on Peruvian fishing companies.\n" +
			"- Remove the embargo on Peruvian salmon.\n"
		g := extractText(t, text)
		v := view(g)
		items := map[string]bool{}
		for _, r := range g.Relations {
			for _, e := range r.Evidence {
				if strings.Contains(e.Rule, "-listitem:") {
					if got := v.label(r.Source); c.want == "" || !strings.Contains(got, c.want) {
						t.Errorf("%q: %q from %q, want %q", c.leadIn, e.Text, got, c.want)
					}
					items[e.Text] = true
				}
			}
		}
		if c.want != "" && len(items) != 2 {
			t.Errorf("%q: %d items continue the lead-in, want 2; %v", c.leadIn, len(items), foundRelations(g, v))
		}
	}
}

// TestListItemsAnnounced (lists26): the lead-in commits its holder to the item's act, so a
// sanction in the item is announced, CAMEO 13 THREATEN (cameo-types.txt future column), not a
// sanction imposed. Sentences of my own.
func TestListItemsAnnounced(t *testing.T) {
	text := "Fact sheet: Chile and Peru conclude an accord\n\nChile will:\n\n" +
		"- Impose sanctions on Bolivian banks.\n" +
		"- Expel the Bolivian ambassador.\n"
	g := extractText(t, text)
	v := view(g)
	items := map[string]bool{} // an item's measure and the party it hits (measures28) are one item
	for _, r := range g.Relations {
		for _, e := range r.Evidence {
			if !strings.Contains(e.Rule, "-listitem:") {
				continue
			}
			items[e.Text] = true
			if r.Type != graph.Threatens || !strings.Contains(v.label(r.Source), "Chile") {
				t.Errorf("%q: %s %s, want THREATENS from Chile", e.Text, r.Type, v.label(r.Source))
			}
		}
	}
	if len(items) != 2 {
		t.Errorf("%d list items with relations, want 2; %v", len(items), foundRelations(g, v))
	}
}
