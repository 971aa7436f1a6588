package main

import (
	"path/filepath"
	"slices"
	"testing"
)

// TestTextCountriesInFilter: persons and organizations whose country only the text gives (a
// state before a title, a US party, a state in an organization's name: actors/placeoffice.go,
// partyperson.go, placenameorgs.go) are listed by the GraphQL filter nodes(country:), and a
// person the text gives no country is not. Sentences written for this test.
func TestTextCountriesInFilter(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	write := fileWriter(t, dir)
	a := write("a.txt", "Nebraska Gov. Walter Brandt criticized the U.S. trade plan on Monday. "+
		"\"It is wrong,\" said Wade Fenner, a Republican strategist. The University of Nebraska said prices would rise. "+
		"Olga Brun said nothing.")
	if code, _, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", a); code != 0 {
		t.Fatal(stderr)
	}
	var out struct {
		Nodes struct {
			Nodes []struct{ Name, Country string }
		}
	}
	gql(t, db, `{ nodes(country: "USA", first: 50) { nodes { ... on Actor { name country } } } }`, &out)
	var names []string
	for _, n := range out.Nodes.Nodes {
		names = append(names, n.Name)
	}
	for _, want := range []string{"Walter Brandt", "Wade Fenner", "University of Nebraska"} {
		if !slices.Contains(names, want) {
			t.Errorf("nodes(country: USA) misses %s: %v", want, names)
		}
	}
	if slices.Contains(names, "Olga Brun") {
		t.Errorf("nodes(country: USA) lists a person the text gives no country: %v", names)
	}
}
