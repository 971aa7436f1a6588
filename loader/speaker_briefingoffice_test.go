package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestBriefingOffice: an unnamed answer ("ANSWER:", "A:") of a briefing transcript whose heading
// names no briefer is the office's: the body a header line names at its end, else the state of
// the place line. Near misses: an interview's "A:" (an interview is a person's), a story's quoted
// exchange, a question. Invented wordings.
func TestBriefingOffice(t *testing.T) {
	v := view(extractText(t, "Spokesperson's press briefing, 2 May 2026\n\nMinistry of Foreign Affairs of Chile\n\n"+
		"QUESTION: Peru says the fishing boats entered its waters. Will Chile apologise?\n\n"+
		"ANSWER: Chile rejects the accusation. The boats stayed in Chilean waters.\n"))
	if len(v.rels(graph.Claims, "Ministry of Foreign Affairs of Chile", "Chile rejects the accusation")) == 0 {
		t.Errorf("letterhead office: no CLAIMS")
	}
	if len(v.rels(graph.Claims, "Ministry of Foreign Affairs of Chile", "fishing boats entered")) > 0 {
		t.Errorf("a question is not the office's")
	}
	v = view(extractText(t, "Regular Press Conference\n\nSantiago, 2 May 2026\n\n"+
		"Q: Will Chile sign the treaty?\n\nA: Chile will sign the treaty in June.\n"))
	if len(v.rels(graph.Claims, "Chile", "sign the treaty in June")) == 0 {
		t.Errorf("place line state: no CLAIMS")
	}
	for _, doc := range []string{
		"Interview with a Chilean diplomat\n\nSantiago, 2 May 2026\n\nQ: Will Chile sign the treaty?\n\nA: Chile will sign the treaty in June.\n",
		"Chile to sign treaty\n\nSANTIAGO, 2 May 2026 - Chile's foreign minister spoke to a radio station on Friday.\n\n\"Q: Will Chile sign the treaty?\n\nA: Chile will sign the treaty in June.\"\n",
	} {
		v = view(extractText(t, doc))
		for _, r := range v.rels(graph.Claims, "", "sign the treaty in June") {
			for _, e := range r.Evidence {
				if e.Rule == "turn:answer" {
					t.Errorf("near miss %q: %s CLAIMS by turn:answer", doc[:25], v.label(r.Source))
				}
			}
		}
	}
}
