package graph

import (
	"strings"
	"testing"
)

// A rename may change only the case of a name; same-as of a name with itself stays refused.
func TestParseCurationCaseRenameAndDrop(t *testing.T) {
	c, err := ParseCuration(strings.NewReader("rename | ISHIBA Shigeru | Ishiba Shigeru\ndrop | Development Assistance | not an actor\n"), "c.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Rules) != 2 || c.Rules[1].Op != CurateDrop || c.Rules[1].B != "not an actor" {
		t.Fatalf("%+v", c.Rules)
	}
	for _, bad := range []string{"rename | Ishiba | Ishiba\n", "same-as | ISHIBA | Ishiba\n", "drop | Development Assistance |\n", "drop | Development Assistance\n"} {
		if _, err := ParseCuration(strings.NewReader(bad), "c.txt"); err == nil || !strings.Contains(err.Error(), "c.txt:1") {
			t.Errorf("%q: error %v should name c.txt:1", bad, err)
		}
	}
}

// A case-only rename corrects a stored node at once and an incoming one on a later load.
func TestCurationCaseRename(t *testing.T) {
	s := openTest(t)
	a := build("u1", "2024-08-20", "Mr. ISHIBA Shigeru spoke.")
	a.actor(Person, "ISHIBA Shigeru")
	merge1(t, s, a.g)
	c, err := ParseCuration(strings.NewReader("rename | ISHIBA Shigeru | Ishiba Shigeru\nrename | IWAYA Takeshi | Iwaya Takeshi\n"), "c.txt")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetCuration(ctx, c); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Node(ctx, ActorID("Ishiba Shigeru")); err != nil || n.Name != "Ishiba Shigeru" || n.MergedBy != "curation" {
		t.Errorf("stored case rename: %+v %v", n, err)
	}
	b := build("u2", "2024-08-21", "Mr. IWAYA Takeshi spoke. Mr. ISHIBA Shigeru spoke.")
	b.actor(Person, "IWAYA Takeshi")
	b.actor(Person, "ISHIBA Shigeru")
	merge1(t, s, b.g)
	for _, want := range []string{"Iwaya Takeshi", "Ishiba Shigeru"} {
		if n, err := s.Node(ctx, ActorID(want)); err != nil || n.Name != want {
			t.Errorf("incoming case rename to %q: %+v %v", want, n, err)
		}
	}
}

// drop takes the named actor, its mentions, its relations and the claims only it made out of
// every later article; the other actors and their relations stay.
func TestCurationDrop(t *testing.T) {
	s := openTest(t)
	c, err := ParseCuration(strings.NewReader("drop | Development Assistance | a budget, not an actor\n"), "c.txt")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetCuration(ctx, c); err != nil {
		t.Fatal(err)
	}
	b := build("u1", "2024-08-20", "Official Development Assistance said the port would grow. Japan supports Kenya.")
	oda := b.actor(Person, "Official Development Assistance", "Development Assistance")
	jp := b.actor(Country, "Japan")
	ke := b.actor(Country, "Kenya")
	claim := ClaimID(oda, "the port would grow")
	b.g.Nodes = append(b.g.Nodes, Node{ID: claim, Kind: ClaimKind, Name: "the port would grow", Text: "the port would grow"})
	ev := []Evidence{{Sentence: 0, Start: 0, End: 10, Text: "x", Rule: "test", Speaker: oda}}
	b.g.Relations = append(b.g.Relations,
		Relation{ID: RelationID(Claims, oda, claim, false), Type: Claims, Source: oda, Target: claim, Evidence: ev},
		Relation{ID: RelationID(Supports, jp, ke, false), Type: Supports, Source: jp, Target: ke, Evidence: ev})
	merge1(t, s, b.g)
	if n, err := s.Node(ctx, oda); err == nil {
		t.Errorf("dropped actor stored: %+v", n)
	}
	if n, err := s.Node(ctx, claim); err == nil {
		t.Errorf("the dropped actor's claim stored: %+v", n)
	}
	r, err := s.Relations(ctx, RelationFilter{}, PageArgs{First: 10})
	if err != nil || len(r.Items) != 1 || r.Items[0].Source != jp || r.Items[0].Evidence[0].Speaker != "" {
		t.Errorf("want only Japan SUPPORTS Kenya, speaker cleared: %+v %v", r.Items, err)
	}
	if n, err := s.Node(ctx, jp); err != nil || n.Name != "Japan" {
		t.Errorf("kept actor: %+v %v", n, err)
	}
}
