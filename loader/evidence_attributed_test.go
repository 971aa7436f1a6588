package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestAttributedSpeaker (nu20 C4): in a wire story's "<stance>, <Title> <Name> said" the
// stance's evidence names the person as its speaker when he speaks for the stance's source (the
// state of his role); near misses: a person of another state, two persons in the attribution.
func TestAttributedSpeaker(t *testing.T) {
	cases := []struct {
		text, typ, src, keyword, speaker string
	}{
		{"WASHINGTON, June 4, 2019 (Reuters) - The United States rejected the Iranian offer of talks, Secretary of State Paul Warren said.", "OPPOSES", "United States", "offer", "Paul Warren"},
		{"WASHINGTON, Nov. 2, 2021 (AP) - The United States opposed the new fishing quota, Commerce Secretary Ellen Park said.", "OPPOSES", "United States", "quota", "Ellen Park"},
		// near misses
		{"WASHINGTON, June 4, 2019 (Reuters) - Iran rejected the American offer of talks, Secretary of State Paul Warren said.", "OPPOSES", "Iran", "offer", ""},
		{"WASHINGTON, June 4, 2019 (Reuters) - The United States rejected the Iranian offer of talks, Secretary of State Paul Warren and Commerce Secretary Ellen Park said.", "OPPOSES", "United States", "offer", ""},
	}
	for _, c := range cases {
		v := view(extractText(t, c.text))
		rels := v.rels(graph.RelType(c.typ), c.src, c.keyword)
		if len(rels) == 0 {
			t.Errorf("%q: no %s %s … %q", c.text, c.typ, c.src, c.keyword)
			continue
		}
		got := ""
		for _, e := range rels[0].Evidence {
			if e.Speaker != "" {
				got = v.label(e.Speaker)
			}
		}
		if got != c.speaker {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.speaker)
		}
	}
}
