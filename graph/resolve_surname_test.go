package graph

import (
	"errors"
	"strings"
	"testing"
)

// TestResolveSurnameAlone: a single word that names no node but is the family name of persons
// ("Haldane" of "Marta Ines Haldane", or the last word of an alias) is AMBIGUOUS_NAME with those
// persons as candidates — never a silent answer, as for a full name (TestResolveFullNameToSurname);
// a full name without its middle name ("Marta Haldane") lists the person too; a word inside
// another ("Lu" in "Bluewater Club") is no candidate and no hint for a person-shaped reference;
// a word that begins so is still a hint ("Tom Bril").
func TestResolveSurnameAlone(t *testing.T) {
	s := openTest(t)
	a := build("https://example.com/tallinn", "2019-02-11", "Marta Ines Haldane met Prime Minister Okonjo-Reyes at the Bluewater Club; Tom Brill and Sara Brill left.")
	haldane := a.actor(Person, "Marta Ines Haldane", "Marta Ines Haldane")
	okonjo := a.actor(Person, "Adaeze Okonjo-Reyes", "Adaeze Okonjo-Reyes", "Prime Minister Okonjo-Reyes")
	a.actor(Organization, "Bluewater Club", "Bluewater Club")
	tom := a.actor(Person, "Tom Brill", "Tom Brill")
	sara := a.actor(Person, "Sara Brill", "Sara Brill")
	mustMerge(t, s, a.g)

	for ref, want := range map[string][]string{
		"Haldane": {haldane}, "haldane": {haldane}, "Okonjo-Reyes": {okonjo},
		"Marta Haldane": {haldane}, "M. Haldane": {haldane}, "Brill": {sara, tom},
	} {
		_, err := s.ResolveNode(ctx, ref)
		var ne *NameError
		if !errors.As(err, &ne) || !errors.Is(err, ErrAmbiguous) || ne.Surname == "" || len(ne.Nodes) != len(want) {
			t.Errorf("%q: %v, want AMBIGUOUS_NAME with %v", ref, err, want)
			continue
		}
		for _, n := range ne.Nodes {
			if !strings.Contains(strings.Join(want, " "), n.ID) {
				t.Errorf("%q: candidate %s, want %v", ref, n.Label(), want)
			}
		}
	}
	if _, err := s.ResolveNode(ctx, "Haldane"); err == nil || !strings.Contains(err.Error(), "persons with that surname: Marta Ines Haldane") {
		t.Errorf("Haldane: message %v", err)
	}
	// near misses: another given name, a word inside a word, a word that is no surname here
	for _, ref := range []string{"Anna Haldane", "Lu", "Ines", "Bluewater"} {
		_, err := s.ResolveNode(ctx, ref)
		var ne *NameError
		if !errors.As(err, &ne) || !errors.Is(err, ErrNotFound) || ne.Surname != "" {
			t.Errorf("%q: want NOT_FOUND without surname candidates, got %v", ref, err)
			continue
		}
		for _, n := range ne.Nodes {
			if ref == "Lu" {
				t.Errorf("Lu: hint %s (a match inside a word)", n.Label())
			}
		}
	}
	// a typo still finds the name that begins with it at a word: "Tom Bril" → Tom Brill
	_, err := s.ResolveNode(ctx, "Tom Bril")
	var ne *NameError
	if !errors.As(err, &ne) || !errors.Is(err, ErrNotFound) || len(ne.Nodes) != 1 || ne.Nodes[0].ID != tom {
		t.Errorf("Tom Bril: %v, want NOT_FOUND with the hint Tom Brill", err)
	}
}
