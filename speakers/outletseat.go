package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// OutletSeat is the known state body that the article's outlet names alone, or nil: the page of a
// government published under the name of its seat or of the body itself ("Casa Rosada", "The
// White House", "Kremlin": data/lexicons/actors.txt, GOVERNMENT with a country; a co-publisher's
// part, "Office of the Vice President / The White House", counts too). Such a page is the body's
// own document, as a news release is its issuer's (AP Stylebook, "news release"; PARC 3.0's
// author as the default source, Pareti 2016): with no header naming a speaker, its first person
// outside quotation marks is that body (rule coref:outlet-seat, set as the document's voice by
// findVoice after the header rules). A news outlet, an organisation, or a body of no state names
// no voice.
func OutletSeat(lx *lexicon.Lexicons, outlet string) *lexicon.KnownActor {
	for _, p := range doc.CoPublishers(outlet) {
		p = strings.TrimPrefix(strings.TrimSpace(p), "The ")
		k := lx.ActorByName[graph.NormalizeName(p)]
		if k != nil && k.Kind == graph.Government && lx.ByCode[k.Country] != nil {
			return k
		}
	}
	return nil
}
