package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestAdministrationHeadInArticle: a government named after a leader the Phoenix dictionary lists
// only under his full name takes the country of the one dictionary person of that family name in
// office on the article's date whose country the article names, in any sentence; not when the
// article names no such country, nor before the person's dated office.
func TestAdministrationHeadInArticle(t *testing.T) {
	for _, c := range []struct {
		name, date, text string
		want             []string
	}{
		{"the country named in another sentence", "2020-06-30", "The Modi government said it would ban the apps. India's opposition criticized the decision.",
			[]string{"GOVERNMENT Modi government", "country Modi government = IND"}},
		{"no country of his named", "2020-06-30", "The Modi government said it would ban the apps. The companies criticized the decision.",
			[]string{"GOVERNMENT Modi government", "country Modi government = "}},
		{"before his dated office", "2005-03-01", "The Modi government said it would ban the apps. India's opposition criticized the decision.",
			[]string{"country Modi government = "}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "t", Published: c.date, Text: c.text}), c.want)
		})
	}
}
