package actors

import (
	"testing"

	"github.com/claimgraph/claimgraph/lexicon"
)

// TestCountryTails checks DemonymTail and CountryNameTail on the index (countrytails.go): the
// shared last word of two states' names or of a two-word demonym is a tail, a state's own name or
// demonym is not, and a changed country list makes the index again.
func TestCountryTails(t *testing.T) {
	lx := &lexicon.Lexicons{Countries: []*lexicon.Country{
		{Name: "North Korea", Code: "PRK", Demonyms: []string{"North Korean"}},
		{Name: "South Korea", Code: "KOR", Demonyms: []string{"South Korean"}, ShortForm: []string{"Republic of Korea"}},
		{Name: "Guinea", Code: "GIN", Demonyms: []string{"Guinean"}},
		{Name: "Equatorial Guinea", Code: "GNQ", Demonyms: []string{"Equatorial Guinean"}},
		{Name: "Papua New Guinea", Code: "PNG", Demonyms: []string{"Papua New Guinean"}},
		{Name: "United States", Code: "USA", Demonyms: []string{"American"}, ShortForm: []string{"United States of America"}},
	}}
	for w, want := range map[string]bool{"Korea": true, "korea": true, "Guinea": false, "States": false, "America": false, "Norway": false} {
		if got := CountryNameTail(lx, w); got != want {
			t.Errorf("CountryNameTail(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"Korean": true, "KOREAN": true, "Guinean": false, "American": false, "Norwegian": false} {
		if got := DemonymTail(lx, w); got != want {
			t.Errorf("DemonymTail(%q) = %v, want %v", w, got, want)
		}
	}
	// one state only with a name ending in "America": no tail; a second one makes it a tail
	lx.Countries = append(lx.Countries, &lexicon.Country{Name: "Central America", Code: "XCA"})
	if !CountryNameTail(lx, "America") {
		t.Errorf("CountryNameTail(America) after a second state: false, want true")
	}
}
