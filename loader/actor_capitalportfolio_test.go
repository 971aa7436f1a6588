package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestCapitalPortfolioTitle: a formal portfolio title capitalized before a name in a story
// datelined in a capital ("Justice Minister X", "Deputy Trade Minister Y") is an office of the
// dateline's state, as its lower-case form is (actors.CapitalPortfolioTitle, AP Stylebook
// "titles"; codes_capitaldateline.go). Must-nots: the title after the name, a dateline that is
// no capital, another state's demonym before the title.
func TestCapitalPortfolioTitle(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a portfolio title capitalized before the name",
			"NAIROBI, May 4 (Reuters) - Justice Minister Amina Odero said on Monday the government would appeal the ruling. Deputy Trade Minister Peter Kamau rejected the union's demands.",
			[]string{"country Amina Odero = KEN", "code Amina Odero = KENGOV", "country Peter Kamau = KEN"}},
		{"must-not: a title after the name",
			"NAIROBI, May 4 (Reuters) - Amina Odero, Justice Minister since March, said on Monday the government would appeal the ruling.",
			[]string{"country Amina Odero = "}},
		{"must-not: a dateline that is no capital",
			"MOMBASA, May 4 (Reuters) - Justice Minister Amina Odero said on Monday the government would appeal the ruling.",
			[]string{"country Amina Odero = "}},
		{"must-not: another state's demonym before the title",
			"NAIROBI, May 4 (Reuters) - Ugandan Justice Minister Amina Odero said on Monday her government would appeal the ruling.",
			[]string{"country Amina Odero = UGA"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "t", Published: "2019-05-04", Text: c.text}), c.want)
		})
	}
}
