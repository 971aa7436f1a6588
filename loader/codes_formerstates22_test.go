package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDocFormerStates loads the fixnu22b whole documents (news of 1981-1987 of our own
// wording) and checks their gold: the former states of data/lexicons/countries.txt (ISO 3166-3
// codes SUN, YUG, CSK, DDR, as Phoenix.Countries.actors.txt codes them) are countries with their
// names, demonyms and formal names, and Yugoslavia is never Serbia nor East Germany Germany.
func TestWholeDocFormerStates(t *testing.T) {
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc22", "fixnu22b"))
}

// TestFormerStateNames: every name form of a former state's line resolves to it, and a near
// miss (the present state named with its capital, "West Germany") keeps the present state.
func TestFormerStateNames(t *testing.T) {
	runCases(t, []exCase{
		{"USSR", "The USSR condemned the embargo.", []string{"country USSR = SUN"}},
		{"demonym Soviet", "The Soviet government condemned the embargo.", []string{"OPPOSES Soviet Union -> embargo"}},
		{"GDR", "The GDR condemned the embargo.", []string{"country GDR = DDR"}},
		{"Yugoslav demonym", "The Yugoslav government condemned the embargo.", []string{"OPPOSES Yugoslavia -> embargo", "!OPPOSES Serbia -> embargo"}},
		{"Czechoslovak demonym", "The Czechoslovak government rejected the embargo.", []string{"OPPOSES Czechoslovakia -> embargo"}},
		{"near miss: West Germany stays Germany", "West Germany condemned the embargo.", []string{"country West Germany = DEU"}},
		{"near miss: Serbia stays Serbia", "Serbia condemned the embargo.", []string{"country Serbia = SRB"}},
	})
}
