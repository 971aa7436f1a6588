package loader

import (
	"sort"
	"strings"
	"testing"
)

// TestPolicyMentionLongestFirst: when two registered program names start with the same word
// ("Finance Bill" and "Finance Bill 2025"), every later occurrence of the longer one is one
// mention of the longer name, on every run (markPolicyMentions once took whichever of the two the
// map iteration met first). The text is loaded many times so that an order-dependent match shows.
func TestPolicyMentionLongestFirst(t *testing.T) {
	const text = "Senators passed the Finance Bill on Monday. " +
		"Treasury officials drafted a second measure known as Finance Bill 2025 in March. " +
		"Traders in Mombasa criticised Finance Bill 2025 on Tuesday."
	seen := map[string]int{}
	for run := 0; run < 40; run++ {
		g := extractText(t, text)
		var got []string
		for _, m := range g.Mentions {
			if m.Sentence == 2 && strings.HasPrefix(m.Text, "Finance") {
				got = append(got, m.Text)
			}
		}
		sort.Strings(got)
		seen[strings.Join(got, "|")]++
	}
	if len(seen) != 1 {
		t.Fatalf("the third sentence's program mentions differ between runs: %v", seen)
	}
	for k := range seen {
		if k != "Finance Bill 2025" {
			t.Fatalf("third sentence's program mention = %q, want the longer name %q", k, "Finance Bill 2025")
		}
	}
}
