package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestPossessiveAntecedent: the actors answer "its" before a government body at a name phrase's
// start from their own mentions (actor_salience.go), as coreference's resolvePronoun answered
// it in the actors phase: the state named in the sentences just before owns the body (keyed by
// its country, part of it); not when no state is named within four sentences. Sentences of our
// own.
func TestPossessiveAntecedent(t *testing.T) {
	cases := []struct {
		text    string
		country string // the body's country; "" for none
	}{
		{"Chile raised its export duty on copper ore. Its Ministry of Finance said the duty was temporary.", "CHL"},
		{"Norway signed the fisheries accord in Bergen on Monday. Officials called it a step forward. Its Ministry of Trade welcomed the text.", "NOR"},
		// near miss: the state is five sentences back, outside the window of four
		{"Chile raised its export duty on copper ore. Prices rose. Traders were surprised. Shipments slowed. Buyers waited. Its Ministry of Finance said the duty was temporary.", ""},
	}
	for _, c := range cases {
		d := segmentedDoc(t, testExtractor(t), cleanText(t, c.text))
		actors.Find(d.Doc)
		var got *entity
		for _, m := range d.Mentions {
			if m.Rule == "body:possessive" {
				got = m.Ent.Final()
			}
		}
		switch {
		case c.country == "" && got != nil:
			t.Errorf("%q: a possessive body %q, want none", c.text, got.Name)
		case c.country != "" && (got == nil || got.Country == nil || got.Country.Code != c.country):
			t.Errorf("%q: possessive body %+v, want one of %s", c.text, got, c.country)
		}
		if c.country != "" && got != nil && pronounPossessorCheck(d, got) != graph.Country {
			t.Errorf("%q: the body is part of no country", c.text)
		}
	}
}

// pronounPossessorCheck is the kind of what the body is part of (part-of:possessive).
func pronounPossessorCheck(d *doc, e *entity) graph.Kind {
	for _, r := range d.AllRels() {
		if r.Rule == "part-of:possessive" && r.Src.Final() == e {
			return r.Tgt.Final().Kind
		}
	}
	return ""
}

func cleanText(t *testing.T, text string) *input.Cleaned {
	t.Helper()
	c, err := exCleaner(t).Clean(input.Document{Source: "t.txt", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return c
}
