package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// Session 19 (branch persons19, issue 14): known persons that got no country. Every sentence was
// written for these tests; none comes from the corpus, the dev or the held-out sets.

// TestHyphenatedDictionaryName: a person the article names with a hyphenated romanized given name
// is the Phoenix person whose record writes the syllables as words (lexicon hyphenFreeKey), and
// takes its country when the article names it (codes_assign.go step 1).
func TestHyphenatedDictionaryName(t *testing.T) {
	for _, c := range []struct {
		name, text, person, country string
	}{
		{"Korean given name, the country named", "Kim Jong-il said North Korea would answer the drills.", "Kim Jong-il", "PRK"},
		{"Wade-Giles given name, the island named", "Lee Teng-hui said Taiwan rejects the demand.", "Lee Teng-hui", "TWN"},
		{"near miss: the country never named", "Kim Jong-il criticized the drills on Monday.", "Kim Jong-il", ""},
		{"near miss: a hyphenated name of no record", "Park Ji-hoon said South Korea rejects the demand.", "Park Ji-hoon", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := extractDoc(t, input.Document{Source: "t", Published: "2019-05-14", Text: c.text})
			found := false
			for _, n := range g.Nodes {
				if n.Name == c.person {
					found = true
					if n.Country != c.country {
						t.Errorf("%s: country %q, want %q", c.person, n.Country, c.country)
					}
				}
			}
			if !found {
				t.Errorf("no node %q", c.person)
			}
		})
	}
}
