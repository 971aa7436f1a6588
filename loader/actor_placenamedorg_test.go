package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestPlaceNamedOrgs: an organization named after its city takes the state the Phoenix country
// records list the city under, when its own sentence names that state (actors/placenamedorg.go).
// Must-nots: the state not named in the sentence (the city in the name itself is no naming), a
// body the dictionary codes as an IGO ("Shanghai Cooperation Organization", IGOCAS).
func TestPlaceNamedOrgs(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a city's club, its state named in the sentence",
			"The Lagos Chamber of Commerce condemned the Nigerian ban on rice imports on Tuesday.",
			[]string{"ORGANIZATION Lagos Chamber of Commerce", "country Lagos Chamber of Commerce = NGA"}},
		{"must-not: the state not named in its sentence",
			"The Lagos Chamber of Commerce condemned the ban on rice imports on Tuesday.",
			[]string{"ORGANIZATION Lagos Chamber of Commerce", "country Lagos Chamber of Commerce = "}},
		{"must-not: a dictionary IGO named after its seat, its state named",
			"The Shanghai Cooperation Organization backed the Chinese proposal on border security.",
			[]string{"country Shanghai Cooperation Organization = "}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "t", Published: "2019-05-14", Text: c.text}), c.want)
		})
	}
}
