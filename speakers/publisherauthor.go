package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// publisherAuthorMember records the one person a state body's page names in its title as the
// author of the document ("Statement of Under Secretary X Before the … Subcommittee", "Remarks by
// Minister X on …": the title:speaker unit) MEMBER_OF that body, the publisher, on the title (rule
// title:publisher-author). An official release speaks for its issuer: the AP Stylebook's rule on
// sourcing ("official" statements are attributed to the issuing agency and its named official),
// and the issuer's page names its own official with his office but without the body, as its
// press conferences do (briefingHostMember). The relation gives him the body's country
// (assignCodes, step 2). Only:
//   - an outlet that names a known state and a body (publisherBody: "U.S. Department of the
//     Treasury"), and a government body of the article, of that state or none, whose canonical
//     name is the outlet's body ("Treasury"): a newspaper's outlet names no state body, so no
//     membership;
//   - a person named with an office that names no body of its own ("Under Secretary", a role with
//     no organization), and the only person the title names: "Remarks by President X and Prime
//     Minister Y" names a guest too, whose body the issuer's page is not;
//   - that body is one the article names: the rule ties the author to it and adds no body.
func publisherAuthorMember(d *doc.Doc, p *doc.Entity, u *discourse.Unit) {
	if p == nil || p.Kind != graph.Person || u.Rule != "title:speaker" || u.Speaker.Empty() {
		return
	}
	body, c := d.OutletBody()
	if c == nil || body == "" {
		return
	}
	if p.Country != nil && p.Country != c {
		return
	}
	titled := false
	for _, r := range p.Roles {
		if r.Org == nil && r.Title != "" {
			titled = true
		}
	}
	if !titled {
		return
	}
	want := strings.ToLower(actors.CanonicalBody(d.Lx, body, nil))
	var org *doc.Entity
	for _, e := range actors.FinalActors(d) {
		if e.Kind != graph.Government || e.Country != nil && e.Country != c || strings.ToLower(actors.CanonicalBody(d.Lx, e.Name, nil)) != want {
			continue
		}
		// "Treasury" and "Treasury Department (United States)" are one body on the identity
		// rules (the same canonical name, no other country): the one with the country first
		if org == nil || org.Country == nil && e.Country == c {
			org = e
		}
	}
	if org == nil {
		return
	}
	st, cs, ce := labelWords(d.Sents, u.Speaker.Start, u.Speaker.End)
	if st == nil {
		return
	}
	for _, mi := range d.BySent[st.Idx] {
		if m := d.Mentions[mi]; m.Ent != nil && m.Ent.Final() != p && m.Ent.Final().Kind == graph.Person && !m.Ent.Final().Pending {
			return // a second person in the title (a word waiting for coreference, "Statement", is none yet)
		}
	}
	actors.MemberOf(d, st, cs, ce, p, org, "", "title:publisher-author")
}

// publisherAuthorCountry is the state whose body sp speaks for as the author of its statement or
// testimony (publisherAuthorMember recorded him MEMBER_OF it, rule title:publisher-author), when
// the body is a government body of a known state (govCountry, with the outlet as the phrase that
// names it); nil otherwise. An official document's "we" is the issuing government's: PLOVER and
// CAMEO code the government speaking through its official as the government (PLOVER 2021
// codebook, actors: "government officials acting in their official capacity"), and the
// researcher who aggregates by country needs that state, as a spokesperson's "we" gives it
// (firstPerson).
func publisherAuthorCountry(d *doc.Doc, sp *doc.Entity) *lexicon.Country {
	for _, r := range d.Structure {
		if r.Typ != graph.MemberOf || r.Rule != "title:publisher-author" || r.Src == nil || r.Tgt == nil || r.Src.Final() != sp {
			continue
		}
		o := r.Tgt.Final()
		if o.Kind != graph.Government {
			continue
		}
		if c := GovCountry(d, o, d.C.Article.Outlet); c != nil {
			return c
		}
		// the publisher itself, whose country the outlet states and publisherCountry gives it
		// later ("Office of the Deputy Prime Minister / Downing Street")
		if body, c := d.OutletBody(); c != nil && o.Country == nil &&
			strings.EqualFold(actors.CanonicalBody(d.Lx, o.Name, nil), actors.CanonicalBody(d.Lx, body, nil)) {
			return c
		}
	}
	return nil
}
