package coref

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
)

// HostPageState is pageOfficeState, else the state a readout's place line gives (readoutPlace).
func HostPageState(d *doc.Doc) *lexicon.Country {
	if c := pageOfficeState(d.Lx, &d.C.Article); c != nil {
		return c
	}
	return speakers.ReadoutPlace(d)
}
