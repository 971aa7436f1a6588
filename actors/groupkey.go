package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// groupIdentityKey is the in-article identity of an unnamed group tied to country c by a
// nationality, a country's name or a possessor before its head: the country and the group's
// other words (own, lower case, the country's left out) with its plural head pl. "U.S. officials",
// "American officials", "US officials" and "a senior U.S. official" in one article name one group
// of the United States' officials (a nationality adjective and the country's name as a noun
// premodifier classify the head alike, Quirk et al. 1985, 17.95-17.97 and 17.104; the singular
// after the indefinite article names one of the same group, 5.26-5.37), which keeps the label
// first written. A capital's name is no country word here (countryWords). Other words keep groups apart ("U.S. trade officials", "U.S. military
// officials"); a group placed by "in X" (located, not of the country) and every other group
// keep the name as their key. The key is the article's only; identity across articles is
// GroupIdentities' (groupidentity.go: the state's canonical name and the rest of the name).
func groupIdentityKey(c *lexicon.Country, own []string, pl string) string {
	words := append(append([]string(nil), own...), strings.ToLower(pl))
	return "group:" + c.Code + ":" + graph.NormalizeName(strings.Join(words, " "))
}

// countryWords is the token span [ts, te) of country mention m as groupIdentityKey leaves it out
// of a group's own words, or none when m names the country by its capital: "Beijing officials"
// may be the city's (a capital is also a municipality, AP Stylebook "datelines"), so the capital
// stays a word of the group's own and keeps it apart from "Chinese officials".
func countryWords(m *doc.Mention, ts, te int) [2]int {
	if m.Rule == "metonymy:capital" {
		return [2]int{}
	}
	return [2]int{ts, te}
}
