package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestSeparatorLines: scraped wire copy keeps rule lines between its parts (AP's "___", "* * *",
// "---"); a paragraph of such characters has no tokens, and every stage must take it (a dev-set
// article with "___" once made the transcript analysis index an empty paragraph and fail).
func TestSeparatorLines(t *testing.T) {
	for _, sep := range []string{"___", "---", "***", "* * *", "===", "•", "|", "—", "…", "#", "[", "(", "[]", "()", "0:", "[0", "__ __", "~~~", "+++", "< >", "§", "\u00a0", "\u200b"} {
		for _, where := range []string{"mid", "first", "last"} {
			text := "Title line here\n\nNAIROBI, May 3 (AP) — The Kenyan government rejected the plan on Monday.\n\n" + sep + "\n\nAssociated Press writer Jane Doe contributed.\n"
			switch where {
			case "first":
				text = sep + "\n\n" + text
			case "last":
				text = text + "\n" + sep + "\n"
			}
			c, err := exCleaner(t).Clean(input.Document{Source: "test", Text: text})
			if err != nil {
				continue
			}
			if _, err := testExtractor(t).Extract(c); err != nil {
				t.Errorf("%q %s: %v", sep, where, err)
			}
		}
	}
}
