package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestStateLegislatorTitle: "State Rep." / "state senator" before a name is the title of a member
// of a state legislature (AP Stylebook, legislative titles), which implies no national body and
// no country (actors/statetitle.go). Must-nots: a bare "Rep." with the article's country keeps
// the national House; a lexicon title that itself begins with "state" is left to its entry.
func TestStateLegislatorTitle(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"state representative: no national body",
			"Mexico's tariffs worried farmers. State Rep. Dana Korvell (R), a leader of the county farm caucus, said the tariffs would hurt growers.",
			[]string{"PERSON Dana Korvell", "role Dana Korvell = State Rep.", "country Dana Korvell = ", "!actor House of Representatives (Mexico)"}},
		{"lower-case state senator: no national body",
			"Canada's lumber duties angered builders. The bill was written by state Sen. Marla Quint, who said the duties cost jobs.",
			[]string{"PERSON Marla Quint", "country Marla Quint = ", "!actor Senate (Canada)"}},
		{"must-not: a national representative with the article's country",
			"The Philippine House of Representatives met on Monday. Rep. Ramon Ocampo said the Philippine budget would pass.",
			[]string{"PERSON Ramon Ocampo", "country Ramon Ocampo = PHL"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "t", Published: "2019-05-14", Text: c.text}), c.want)
		})
	}
}
