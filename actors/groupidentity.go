package actors

import (
	"strings"

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
// first written. Other words keep groups apart ("U.S. trade officials", "U.S. military
// officials"); a group placed by "in X" (located, not of the country) and every other group
// keep the name as their key. The key is the article's only: node identity across articles
// stays the label (NodeID), so two articles share a group only when both write it alike.
func groupIdentityKey(c *lexicon.Country, own []string, pl string) string {
	words := append(append([]string(nil), own...), strings.ToLower(pl))
	return "group:" + c.Code + ":" + graph.NormalizeName(strings.Join(words, " "))
}
