package loader

import (
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/input"
)

// TestMergeChainsStayAcyclic: texts where an abbreviation in brackets follows a name twice made
// two coreference rules merge entities into each other, and entity.final looped forever. Each
// must extract in well under the (generous) per-article limit.
func TestMergeChainsStayAcyclic(t *testing.T) {
	p, err := NewPipeline(data.FS, WithArticleTimeout(20*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"The UN/ECE [ECE] secretariat said the rules were adopted by UN/ECE [ECE] bodies in Geneva last year.",
		"Officials of the NAFO [Northwest Atlantic Fisheries Organization] board said NAFO [Northwest Atlantic Fisheries Organization] members rejected the quota.",
		"The OSCE (OSCE) mission said the OSCE (OSCE) observers would stay.",
	} {
		if _, err := p.Process(t.Context(), input.Document{Source: "cycle", Text: text}); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}
