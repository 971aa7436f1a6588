package graph

import (
	"strings"
	"testing"
)

func TestParseCuration(t *testing.T) {
	c, err := ParseCuration(strings.NewReader("# rules\nsame-as | Xi | Xi Jinping\nkind | Troika | group # a group\n\nnot-same-as | A | B\nrename | Lifeng | He Lifeng\n"), "c.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Rules) != 4 || c.Rules[1].B != "GROUP" || c.Rules[0].Line != 2 {
		t.Fatalf("%+v", c.Rules)
	}
	for _, bad := range []string{"merge | A | B\n", "same-as | A\n", "kind | A | PLANET\n", "same-as | Xi | xi\n", "rename |  | B\n"} {
		if _, err := ParseCuration(strings.NewReader(bad), "c.txt"); err == nil || !strings.Contains(err.Error(), "c.txt:1") {
			t.Errorf("%q: error %v should name c.txt:1", bad, err)
		}
	}
}

func TestCurationApplied(t *testing.T) {
	s := openTest(t)
	a := build("u1", "2018-05-14", "President Xi Jinping spoke. Foreign Minister Wang Yi spoke.")
	a.actor(Person, "Xi Jinping")
	a.actor(Organization, "Hudson Institute", "Hudson")
	merge1(t, s, a.g)

	c, err := ParseCuration(strings.NewReader("same-as | Xi | Xi Jinping\nrename | Lifeng | He Lifeng\nkind | Troika | GROUP\nnot-same-as | Hudson | Hudson Institute\n"), "c.txt")
	if err != nil {
		t.Fatal(err)
	}
	// Nothing named Lifeng or Troika is stored yet: both rules are reported, and still stored
	// for the article below; same-as and not-same-as act on later merges and are never reported.
	unmatched, err := s.SetCuration(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if len(unmatched) != 2 || unmatched[0].A != "Lifeng" || unmatched[1].A != "Troika" {
		t.Errorf("unmatched rules = %+v, want the rename of Lifeng and the kind of Troika", unmatched)
	}
	got, err := s.Curation(ctx)
	if err != nil || got == nil || len(got.Rules) != 4 {
		t.Fatalf("stored curation: %+v %v", got, err)
	}

	b := build("u2", "2018-05-15", "Xi said. Lifeng said. The Troika said. Hudson said.")
	xi := b.actor(Person, "Xi")
	b.actor(Person, "Lifeng")
	b.actor(Organization, "Troika")
	b.actor(Organization, "Hudson") // would join Hudson Institute by its alias without the rule
	b.g.Relations = append(b.g.Relations, Relation{ID: RelationID(Opposes, xi, ActorID("Troika"), false), Type: Opposes, Source: xi, Target: ActorID("Troika"),
		Evidence: []Evidence{{Sentence: 0, Start: 0, End: 8, Text: "Xi said.", Rule: "test"}}})
	merge1(t, s, b.g)

	byName := map[string]*Node{}
	p, err := s.Nodes(ctx, NodeFilter{}, PageArgs{First: 50})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range p.Items {
		byName[n.Name] = n
	}
	if byName["Xi"] != nil || byName["Xi Jinping"] == nil || byName["Xi Jinping"].MergedBy != "curation" {
		t.Errorf("same-as: Xi should have joined Xi Jinping (mergedBy curation): %+v", byName["Xi Jinping"])
	}
	if n := byName["He Lifeng"]; n == nil || n.MergedBy != "curation" || !names(n, "lifeng") {
		t.Errorf("rename: %+v", n)
	}
	if n := byName["Troika"]; n == nil || n.Kind != Group {
		t.Errorf("kind: %+v", n)
	}
	if byName["Hudson"] == nil {
		t.Error("not-same-as: Hudson joined Hudson Institute")
	}
	r, err := s.Relations(ctx, RelationFilter{Types: []RelType{Opposes}}, PageArgs{First: 5})
	if err != nil || len(r.Items) != 1 || r.Items[0].Source != byName["Xi Jinping"].ID {
		t.Errorf("the relation should come from Xi Jinping: %+v %v", r.Items, err)
	}
}

func TestCurationRenamesStoredActors(t *testing.T) {
	s := openTest(t)
	a := build("u1", "2018-05-14", "Vice Premier Lifeng spoke. The Troika spoke.")
	a.actor(Person, "Lifeng")
	a.actor(Organization, "Troika")
	merge1(t, s, a.g)
	c, err := ParseCuration(strings.NewReader("rename | Lifeng | He Lifeng\nkind | Troika | GROUP\n"), "c.txt")
	if err != nil {
		t.Fatal(err)
	}
	if unmatched, err := s.SetCuration(ctx, c); err != nil || len(unmatched) != 0 {
		t.Fatalf("unmatched %+v, %v: both rules name stored actors", unmatched, err)
	}
	n, err := s.Node(ctx, ActorID("Lifeng"))
	if err != nil || n.Name != "He Lifeng" || n.MergedBy != "curation" || !names(n, "lifeng") {
		t.Errorf("stored rename: %+v %v", n, err)
	}
	p, err := s.Nodes(ctx, NodeFilter{Search: "he lifeng"}, PageArgs{First: 5})
	if err != nil || len(p.Items) != 1 {
		t.Errorf("search by the new name: %d nodes, %v", len(p.Items), err)
	}
	if n, err := s.Node(ctx, ActorID("Troika")); err != nil || n.Kind != Group {
		t.Errorf("stored kind: %+v %v", n, err)
	}
}

// TestCurationRulesCompose (new-user trial, session 27): the attribute rules (kind, country) apply
// to the actor that an identity rule (same-as, rename) of the same file gives a name, whatever the
// order of the lines, in the same load; an actor that no rule names keeps what the extractor said.
func TestCurationRulesCompose(t *testing.T) {
	s := openTest(t)
	c, err := ParseCuration(strings.NewReader("country | Ministry of Agriculture (Poland) | POL\nkind | Ministry of Agriculture (Poland) | GOVERNMENT\nsame-as | Ag Ministry | Ministry of Agriculture (Poland)\nrename | Lis | Ewa Lis\ncountry | Ewa Lis | POL\n"), "c.txt")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetCuration(ctx, c); err != nil {
		t.Fatal(err)
	}
	a := build("u1", "2026-12-07", "The Ag Ministry said. Lis said. The Ag Committee said.")
	a.actor(Organization, "Ag Ministry")
	a.actor(Person, "Lis")
	a.actor(Organization, "Ag Committee")
	merge1(t, s, a.g)

	byName := map[string]*Node{}
	p, err := s.Nodes(ctx, NodeFilter{}, PageArgs{First: 50})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range p.Items {
		byName[n.Name] = n
	}
	if n := byName["Ministry of Agriculture (Poland)"]; n == nil || n.Country != "POL" || n.Kind != Government {
		t.Errorf("same-as then country and kind in one load: %+v", n)
	}
	if n := byName["Ewa Lis"]; n == nil || n.Country != "POL" {
		t.Errorf("rename then country in one load: %+v", n)
	}
	if n := byName["Ag Committee"]; n == nil || n.Country != "" || n.Kind != Organization {
		t.Errorf("an actor no rule names changed: %+v", n)
	}

	// A second article's "Ag Ministry" joins the stored node, which keeps its country.
	b := build("u2", "2026-12-08", "The Ag Ministry said again.")
	b.actor(Organization, "Ag Ministry")
	merge1(t, s, b.g)
	if n, err := s.Node(ctx, ActorID("Ministry of Agriculture (Poland)")); err != nil || n.Country != "POL" {
		t.Errorf("after the second article: %+v %v", n, err)
	}
}
