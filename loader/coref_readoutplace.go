package loader

import (
	"github.com/claimgraph/claimgraph/lexicon"
)

// hostPageState is pageOfficeState, else the state a readout's place line gives (readoutPlace).
func (d *doc) hostPageState() *lexicon.Country {
	if c := pageOfficeState(d.Lx, &d.C.Article); c != nil {
		return c
	}
	return d.readoutPlace()
}
