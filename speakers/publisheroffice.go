package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
)

// publisherOfficeLabel resolves a turn label that is a state office alone ("PRIME MINISTER:",
// "PRESIDENT:", "CHANCELLOR:") on the page of that office itself: the outlet names the office
// and its state ("Prime Minister of Canada", "President of the Republic of Kenya"). The
// transcript pages a head of government or state publishes of a joint press conference label
// the host, whose site it is, by his office alone and the guest by office and surname
// ("PRESIDENT SOLER:"), the title naming only the guest ("Joint press conference with the
// Prime Minister of Norway, X"): the office's own page speaks of its holder by the bare office,
// as a readout on that page does (Quirk et al. 1985, 5.28, the situational use of the definite
// description; coref:host-office). The label is then the office of the publisher's state, the
// government node the title's office voice also gives (actors.OfficeEntity, rule title:office),
// so the host's "we" and claims have a source; the person the header names beside the office
// (headerOfficeHolder) is the holder when there is one. This is tried before the title's
// speaker stands in for a one-word title label (wordSpeaker's d.Voice): the title of such a page
// names the guest, not the voice of the host's turns. The label's office must be the outlet's own:
// "PRESIDENT:" on a prime minister's page names no one here. nil otherwise.
func publisherOfficeLabel(d *doc.Doc, u *discourse.Unit, words []string) *doc.Entity {
	if u.Role != discourse.Turn || d.C == nil {
		return nil
	}
	office := withoutArticle(words)
	key := strings.Join(office, " ")
	if tl := d.Lx.Titles[key]; tl == nil || tl.Class != "state" {
		return nil
	}
	body, c := doc.PublisherBody(d.Lx, d.C.Article.Outlet)
	if c == nil || strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(body, "The "), "the ")) != key {
		return nil
	}
	if h := headerOfficeHolder(d, words); h != nil {
		return h // the holder the header names beside the office ("THE HON X MP" / "PRIME MINISTER")
	}
	return actors.OfficeEntity(d, c, key)
}
