package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
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
	body, c := d.OutletBody()
	if c == nil || strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(body, "The "), "the ")) != key {
		return nil
	}
	if h := headerOfficeHolder(d, words); h != nil {
		return h // the holder the header names beside the office ("THE HON X MP" / "PRIME MINISTER")
	}
	if h := NamedOfficeHolder(d, c, key); h != nil {
		return h
	}
	return actors.OfficeEntity(d, c, key)
}

// NamedOfficeHolder is the one person the document itself titles with the office key of state c
// ("Prime Minister Mark Ellison welcomed …", "the Prime Minister, Mark Ellison,", a title or header
// naming him so): on the office's own page the bare office label is that holder, the same
// definite description read situationally (Quirk et al. 1985, 5.28) now with its referent named
// in the text (coref:host-office). The person must be of c or of no country yet, and his role's
// body, if any, of c or of none: the guest of a joint press conference titled with the same office
// of another state ("the President of Chile, Ana Soler") is not the host. A vocative given name
// ("Thank you, Mark") titles no one and names no holder. Nil when no person or more than one is
// so titled: the office node stands (publisherOfficeLabel). The Phoenix dictionaries date a
// person's state codes (CANGOV from a date), not the office he holds, so they name no holder
// here (docs/speakers.md, "Bare office labels").
//
// It is the one holder rule of both a publisher's bare office label (publisherOfficeLabel) and a
// readout's principal (coref.ReadoutParties: "the two leaders" after "Readout of the Prime
// Minister's Call with …"). A role holds the office when its title holds the key as whole words
// not after a deputy or non-current word (HoldsOffice: "Vice President", "former Prime Minister"
// hold no office).
//
// The state a person's title carries in the document (officeStateMarks: an of-phrase, a country
// or demonym premodifier, the title's "with the <office> of <state>, <Name>") decides before his
// country, which at this stage is mostly not set: a person whose title carries another state,
// known to the lexicon or not, is never the holder; and a person of no state yet (no country, no
// mark) is the holder only when no person titled with the office is marked with any state: once
// one is, the document is about two holders of the office, and a holder it does not place is in
// doubt, so the office node stands (spk24c).
func NamedOfficeHolder(d *doc.Doc, c *lexicon.Country, key string) *doc.Entity {
	var one *doc.Entity
	marks := officeStateMarks(d, c, key)
	for _, m := range d.Mentions {
		if m.Ent == nil {
			continue
		}
		p := m.Ent.Final()
		if p.Kind != graph.Person || p.Dropped || p == one || p.Country != nil && p.Country != c {
			continue
		}
		if marks[p] == otherState || p.Country == nil && marks[p] == 0 && len(marks) > 0 {
			continue
		}
		for _, r := range p.Roles {
			if !titleHoldsOffice(r.Title, key) {
				continue
			}
			if r.Org != nil && r.Org.Final().Country != nil && r.Org.Final().Country != c {
				continue
			}
			if one != nil {
				return nil // two persons titled with the office: the text does not say which holds it
			}
			one = p
			break
		}
	}
	return one
}

// HoldsOffice reports a role of e whose title holds the office key (lower case, words separated
// by one space) as whole words, not as part of another office: not after a deputy word
// (data/wordclasses/deputywords.txt: "Vice President", "Deputy Prime Minister") nor after a
// non-current one (data/wordclasses/noncurrent.txt: "former Prime Minister").
func HoldsOffice(e *doc.Entity, key string) bool {
	for _, r := range e.Roles {
		if titleHoldsOffice(r.Title, key) {
			return true
		}
	}
	return false
}

// titleHoldsOffice is HoldsOffice for one role title.
func titleHoldsOffice(title, key string) bool {
	f := strings.Fields(strings.ToLower(title))
	k := strings.Fields(key)
	for a := 0; a+len(k) <= len(f); a++ {
		if strings.Join(f[a:a+len(k)], " ") == key && (a == 0 || !deputyWords.Has(f[a-1]) && !nonCurrentWords.Has(f[a-1])) {
			return true
		}
	}
	return false
}
