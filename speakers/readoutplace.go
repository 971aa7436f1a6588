package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
)

// ReadoutPlace is the state that issues a readout whose page names no publisher: the state of its
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
func ReadoutPlace(d *doc.Doc) *lexicon.Country {
	if len(d.Sents) == 0 || !readoutHeading(d.Sents[0].S.Text) && !StateOfficeHeading(d.Lx, d.Sents[0].S.Text) {
		return nil
	}
	return actors.HeaderPlace(d)
}

// readoutHeading reports a first line that opens with "Readout of" (or "Read-out of"), or with the
// heading noun and a colon ("Readout: Prime Minister X's call with …", the gov.uk and Beehive
// form): the heading of a readout, naming the call or meeting it gives an account of.
func readoutHeading(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	for _, p := range []string{"readout of ", "read-out of ", "readout: ", "read-out: "} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// StateOfficeHeading reports a first line that is only the name of a state office's bureau:
// "Office of the President", "The Prime Minister's Office", "President's Office" (the office a
// title of class state in titles.txt heads). It is the issuer's heading of a statement or readout
// that its principal's office issues (AP Stylebook, "news release": the issuer's name heads it), so
// its narration's bare "the President" is that office's principal, the state of its place line's
// capital (readoutPlace), never a foreign caller the text names (foreignTo, hostOfficeAt).
func StateOfficeHeading(lx *lexicon.Lexicons, line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	l = strings.TrimPrefix(l, "the ")
	var office string
	switch {
	case strings.HasPrefix(l, "office of the "):
		office = strings.TrimPrefix(l, "office of the ")
	case strings.HasSuffix(l, "'s office"):
		office = strings.TrimSuffix(l, "'s office")
	case strings.HasSuffix(l, "\u2019s office"):
		office = strings.TrimSuffix(l, "\u2019s office")
	default:
		return false
	}
	t := lx.Titles[office]
	return t != nil && t.Class == "state"
}
