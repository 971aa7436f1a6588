package graph

import "testing"

// node sets a field on the last node the builder added.
func (b *builder) last() *Node { return &b.g.Nodes[len(b.g.Nodes)-1] }

func merge1(t *testing.T, s *Store, g *ArticleGraph) {
	t.Helper()
	if _, err := s.MergeArticle(ctx, g); err != nil {
		t.Fatal(err)
	}
}

func TestCountryAwareIdentity(t *testing.T) {
	s := openTest(t)
	a := build("u1", "2018-05-14", "China's Foreign Ministry said.")
	a.actor(Government, "Foreign Ministry (China)", "Foreign Ministry", "Chinese Foreign Ministry")
	a.last().Country, a.last().Code = "CHN", "CHNGOV"
	merge1(t, s, a.g)

	// Another country's body under the same generic alias stays apart.
	b := build("u2", "2018-05-15", "Australia's Foreign Ministry said.")
	b.actor(Government, "Foreign Ministry (Australia)", "Foreign Ministry")
	b.last().Country = "AUS"
	merge1(t, s, b.g)

	// A body whose country is unknown stays local to its article, under its own ID.
	c := build("u3", "2018-05-16", "The Foreign Ministry said.")
	id := LocalActorID("Foreign Ministry", "article:"+c.g.Article.ID)
	c.g.Nodes = append(c.g.Nodes, Node{ID: id, Kind: Government, Name: "Foreign Ministry", Local: true})
	c.mention(id, "Foreign Ministry")
	merge1(t, s, c.g)

	// The same country's body from a later article joins the first one by its alias.
	d := build("u4", "2018-05-17", "The Chinese Foreign Ministry said.")
	d.actor(Government, "Chinese Foreign Ministry")
	d.last().Country = "CHN"
	merge1(t, s, d.g)

	p, err := s.Nodes(ctx, NodeFilter{Kinds: []Kind{Government}}, PageArgs{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, n := range p.Items {
		names[n.Name] = true
	}
	if len(p.Items) != 3 || !names["Foreign Ministry (China)"] || !names["Foreign Ministry (Australia)"] || !names["Foreign Ministry"] {
		t.Fatalf("want three ministries (China, Australia, a local one), got %v", names)
	}
	chn, err := s.Nodes(ctx, NodeFilter{Country: "chn"}, PageArgs{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(chn.Items) != 1 || chn.Items[0].Code != "CHNGOV" {
		t.Fatalf("country filter: %+v", chn.Items)
	}
}

func TestFamilyNameFirst(t *testing.T) {
	s := openTest(t)
	a := build("u1", "2018-05-14", "Vice Premier Liu He said.")
	a.actor(Person, "Liu He")
	a.last().Family, a.last().Country = "liu", "CHN"
	merge1(t, s, a.g)
	b := build("u2", "2018-05-15", "Liu said.")
	b.actor(Person, "Liu")
	merge1(t, s, b.g)
	p, err := s.Nodes(ctx, NodeFilter{Kinds: []Kind{Person}}, PageArgs{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Items) != 1 || p.Items[0].Name != "Liu He" {
		for _, n := range p.Items {
			t.Logf("%+v", *n)
		}
		t.Fatalf("'Liu' should join Liu He (family name first), got %d persons", len(p.Items))
	}
}

// TestIGOCodeClearsSeatCountry: one article gives a body the country of the city in its name
// (a seat), another codes it IGO (states join it); whatever the order, the node is the
// intergovernmental body, with no country.
func TestIGOCodeClearsSeatCountry(t *testing.T) {
	for _, order := range [][2]string{{"FRA", "IGO"}, {"IGO", "FRA"}} {
		s := openTest(t)
		for i, code := range order {
			// Two texts: one text under two URLs is one article (merge_text.go).
			a := build("igo"+code, "2018-05-1"+string(rune('4'+i)), "The Paris Club met ("+code+").")
			a.actor(Organization, "Paris Club")
			if code == "FRA" {
				a.last().Country, a.last().Code = "FRA", "FRA"
			} else {
				a.last().Code = "IGO"
			}
			merge1(t, s, a.g)
		}
		p, err := s.Nodes(ctx, NodeFilter{Kinds: []Kind{Organization}}, PageArgs{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Items) != 1 || p.Items[0].Country != "" || p.Items[0].Code != "IGO" {
			t.Errorf("order %v: want one Paris Club coded IGO with no country, got %+v", order, p.Items)
		}
		if fra, err := s.Nodes(ctx, NodeFilter{Country: "FRA"}, PageArgs{First: 10}); err != nil || len(fra.Items) != 0 {
			t.Errorf("order %v: country filter FRA finds %+v (%v)", order, fra, err)
		}
	}
}
