package graph

import "testing"

// A surname written with a head-of-state title ("President Hale") joins no stored namesake whose
// roles never were of that line (a former ambassador Hale), in either load order; a surname whose
// title agrees with the stored person's joins it as before (must-not).
func TestSurnameTitleContradiction(t *testing.T) {
	withRole := func(b *builder, id, title string) {
		for i := range b.g.Nodes {
			if b.g.Nodes[i].ID == id {
				b.g.Nodes[i].Roles = append(b.g.Nodes[i].Roles, Role{Title: title})
			}
		}
	}
	for _, order := range []string{"full name first", "surname first"} {
		s := openTest(t)
		a := build("https://example.com/syria", "2016-09-06", "Robert K. Hale, a former American ambassador, said so.")
		full := a.actor(Person, "Robert K. Hale", "Robert K. Hale")
		withRole(a, full, "former American ambassador")
		b := build("https://example.com/convention", "2016-04-28", "Reagan trailed President Hale in 1976.")
		sur := b.actor(Person, "Hale", "Hale", "President Hale")
		withRole(b, sur, "President")
		if order == "full name first" {
			mustMerge(t, s, a.g)
			mustMerge(t, s, b.g)
		} else {
			mustMerge(t, s, b.g)
			mustMerge(t, s, a.g)
		}
		id, err := s.ResolveNode(ctx, "President Hale")
		if err != nil {
			t.Fatalf("%s: %v", order, err)
		}
		if fid, _ := s.ResolveNode(ctx, "Robert K. Hale"); fid == id {
			t.Errorf("%s: President Hale joined the former ambassador Robert K. Hale (%s)", order, id)
		}
	}
	// must not: the same office on both sides, or no role on one side, still joins
	s := openTest(t)
	a := build("https://example.com/treasury", "2018-05-04", "Treasury Secretary Steven Mnuchin spoke.")
	full := a.actor(Person, "Steven Mnuchin", "Steven Mnuchin")
	withRole(a, full, "Treasury Secretary")
	mustMerge(t, s, a.g)
	b := build("https://example.com/treasury2", "2018-05-05", "Secretary Mnuchin spoke again.")
	sur := b.actor(Person, "Mnuchin", "Mnuchin", "Secretary Mnuchin")
	withRole(b, sur, "Secretary")
	mustMerge(t, s, b.g)
	if id, err := s.ResolveNode(ctx, "Secretary Mnuchin"); err != nil || id != full {
		t.Errorf("Secretary Mnuchin: want the stored Steven Mnuchin %s, got %s, %v", full, id, err)
	}
	// must not: a vice president later written "President Harlan", and an organization's
	// president written with another role there, are the same persons as before
	for _, c := range []struct{ full, fullRole, sur, surRole string }{
		{"Joe Harlan", "Vice President", "Harlan", "President"},
		{"Vera Lind", "Clinton supporter and president", "Lind", "head"},
	} {
		s := openTest(t)
		a := build("https://example.com/a-"+c.sur, "2016-05-04", c.full+" spoke.")
		full := a.actor(Person, c.full, c.full)
		withRole(a, full, c.fullRole)
		mustMerge(t, s, a.g)
		b := build("https://example.com/b-"+c.sur, "2016-05-05", c.sur+" spoke again.")
		sur := b.actor(Person, c.sur, c.sur)
		withRole(b, sur, c.surRole)
		mustMerge(t, s, b.g)
		if id, err := s.ResolveNode(ctx, c.sur); err != nil || id != full {
			t.Errorf("%s (%s): want the stored %s %s, got %s, %v", c.sur, c.surRole, c.full, full, id, err)
		}
	}
}
