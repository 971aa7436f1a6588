package graph

import (
	"strings"
	"testing"
)

// TestCurationCountry (new-user trial, session 11: "curation cannot set a country"): a country
// rule sets the country of the stored actor it names at once, and of the actor of a later article
// even over the country that article gave it; a country of another shape is refused with the file
// and line; an actor the rule does not name keeps its own.
func TestCurationCountry(t *testing.T) {
	s := openTest(t)
	a := build("u1", "2019-05-14", "MOFCOM said. The Commerce Department said.")
	a.actor(Government, "MOFCOM")
	a.actor(Government, "Commerce Department")
	merge1(t, s, a.g)

	for _, bad := range []string{"country | MOFCOM | China\n", "country | MOFCOM | C1N\n"} {
		if _, err := ParseCuration(strings.NewReader(bad), "c.txt"); err == nil || !strings.Contains(err.Error(), "c.txt:1") {
			t.Errorf("%q: error %v should name c.txt:1", bad, err)
		}
	}
	c, err := ParseCuration(strings.NewReader("country | MOFCOM | chn\ncountry | SCIO | CHN\n"), "c.txt")
	if err != nil {
		t.Fatal(err)
	}
	unmatched, err := s.SetCuration(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if len(unmatched) != 1 || unmatched[0].A != "SCIO" {
		t.Errorf("unmatched = %+v, want the SCIO rule alone", unmatched)
	}
	if n, err := s.Node(ctx, ActorID("MOFCOM")); err != nil || n.Country != "CHN" || n.MergedBy != "curation" {
		t.Errorf("stored MOFCOM: %+v %v, want country CHN by curation", n, err)
	}

	b := build("u2", "2019-05-15", "SCIO said. MOFCOM said.")
	b.actor(Government, "SCIO")
	b.actor(Government, "MOFCOM")
	for i := range b.g.Nodes {
		if b.g.Nodes[i].Name == "MOFCOM" {
			b.g.Nodes[i].Country = "USA" // a wrong country from the extractor: the rule wins
		}
	}
	merge1(t, s, b.g)
	for _, name := range []string{"SCIO", "MOFCOM"} {
		if n, err := s.Node(ctx, ActorID(name)); err != nil || n.Country != "CHN" {
			t.Errorf("%s after a later article: %+v %v, want CHN", name, n, err)
		}
	}
	if n, err := s.Node(ctx, ActorID("Commerce Department")); err != nil || n.Country != "" || n.MergedBy != "" {
		t.Errorf("an actor no rule names changed: %+v %v", n, err)
	}
}
