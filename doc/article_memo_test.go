package doc

import (
	"testing"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/lexicon"
)

// TestOutletBodyIsPublisherBody: the memo gives what PublisherBody gives for the outlet, on
// outlets of my own (a body with its country, two co-publishers, none), and again on a second
// call.
func TestOutletBodyIsPublisherBody(t *testing.T) {
	lx, err := lexicon.LoadLexicons(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, outlet := range []string{"Ministry of Trade, the Republic of Ghana", "Office of the Press Secretary / The White House", "Evening Gazette", ""} {
		d := &Doc{Lx: lx, C: &input.Cleaned{}}
		d.C.Article.Outlet = outlet
		wb, wc := PublisherBody(lx, outlet)
		for range 2 {
			if b, c := d.OutletBody(); b != wb || c != wc {
				t.Errorf("%q: OutletBody %q %v, PublisherBody %q %v", outlet, b, c, wb, wc)
			}
		}
	}
}
