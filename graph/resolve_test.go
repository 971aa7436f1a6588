package graph

import (
	"errors"
	"strings"
	"testing"
)

// TestResolveFullNameToSurname: nu19 A11 — neighborhood(id: "Mike Pence") was NOT_FOUND with no
// candidates, though the person node "Pence" (alias "Vice President Pence") was stored. A full
// personal name no node has lists the persons named by its surname alone as AMBIGUOUS candidates
// (never a silent answer); a person whose name gives another given name, a non-person named so,
// and a reference not shaped as a personal name give none.
func TestResolveFullNameToSurname(t *testing.T) {
	s := openTest(t)
	a := build("https://example.com/hudson", "2018-10-04", "Vice President Pence spoke; Karen Vale listened; the Wexler plan.")
	pence := a.actor(Person, "Pence", "Pence", "Vice President Pence")
	a.actor(Person, "Karen Vale", "Karen Vale", "Vale")
	a.policy("Wexler")
	mustMerge(t, s, a.g)

	for _, ref := range []string{"Mike Pence", "mike pence", "Michael R. Pence"} {
		_, err := s.ResolveNode(ctx, ref)
		var ne *NameError
		if !errors.As(err, &ne) || !errors.Is(err, ErrAmbiguous) || ne.Surname != "pence" || len(ne.Nodes) != 1 || ne.Nodes[0].ID != pence {
			t.Errorf("%q: %v", ref, err)
			continue
		}
		if msg := ne.Text(); !strings.Contains(msg, `surname "pence"`) || !strings.Contains(msg, "Pence ("+pence+")") {
			t.Errorf("%q: message %q", ref, msg)
		}
	}
	// the surname itself is the node's name: resolved as before
	if id, err := s.ResolveNode(ctx, "Vice President Pence"); err != nil || id != pence {
		t.Errorf("alias: %q, %v", id, err)
	}
	// near misses: another given name ("Anna Vale" is not Karen Vale), a policy named by the word,
	// a reference that is no personal name, a single unknown word
	for _, ref := range []string{"Anna Vale", "Jo Wexler", "Pence 2024", "Mike P.", "Atlantis"} {
		_, err := s.ResolveNode(ctx, ref)
		var ne *NameError
		if !errors.As(err, &ne) || !errors.Is(err, ErrNotFound) || ne.Surname != "" {
			t.Errorf("%q: want NOT_FOUND without surname candidates, got %v", ref, err)
		}
	}
}

func TestQuerySurname(t *testing.T) {
	for ref, want := range map[string]string{
		"Mike Pence": "pence", "George W. Bush": "bush", "Conor O'Brien": "obrien",
		"Pence": "", "Pence 2024": "", "John F.": "", "a b c d e": "", "Foreign Ministry": "ministry",
	} {
		if got := querySurname(NormalizeName(ref)); got != want {
			t.Errorf("querySurname(%q) = %q, want %q", ref, got, want)
		}
	}
}
