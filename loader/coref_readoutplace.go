package loader

import (
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
)

// hostPageState is pageOfficeState, else the state a readout's place line gives (readoutPlace).
func (d *doc) hostPageState() *lexicon.Country {
	if c := pageOfficeState(d.Lx, &d.C.Article); c != nil {
		return c
	}
	return speakers.ReadoutPlace(d.Doc)
}
