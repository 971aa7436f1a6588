package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/lexicon"
)

// readoutPlace is the state that issues a readout whose page names no publisher: the state of its
// place line's capital ("Tokyo, 5 October 2022" under "Readout of Prime Minister Kishida's Call
// with Prime Minister Albanese"), nil when its first line is no readout's heading or no place line
// names a capital (actors.HeaderPlace). A readout ("Readout of the President's Call with …", the
// form of whitehouse.gov's, gov.uk's and the Kantei's pages) is a head of government's office's
// own account of its principal's call or meeting (coref_hostoffice.go), and a release's place line
// says where it was issued (AP Stylebook, "datelines"; as releaseIssuer reads a release's): the
// capital's state is the page's state, as its government domain would be (pageOfficeState). So
// "the Prime Minister" of its narration is that state's principal (hostOffice), its principal's
// bare office is that state's (storyOfficials through issuingState), and "The two leaders" are
// the parties the title names (readoutParties), as on the government's own page.
func (d *doc) readoutPlace() *lexicon.Country {
	if len(d.Sents) == 0 || !readoutHeading(d.Sents[0].S.Text) {
		return nil
	}
	return actors.HeaderPlace(d.Doc)
}

// readoutHeading reports a first line that opens with "Readout of" (or "Read-out of"): the heading
// of a readout, naming the call or meeting it gives an account of.
func readoutHeading(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	return strings.HasPrefix(l, "readout of ") || strings.HasPrefix(l, "read-out of ")
}
