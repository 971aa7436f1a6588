package speakers

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
)

// ReadoutIssuer is the state that issues a readout: the COUNTRY node of the page's publisher when
// it is a state's body or office (doc.PublisherBody: "President of the Republic of Kenya",
// "Government of Chile"), else of the page's government domain (doc.GovHostCountry:
// president.go.ke), else of the readout's place line's capital (actors.HeaderPlace: "Wellington,
// 2 May 2031"). Nil when the document is no readout (its first line, or the page's title, is no
// readout heading: "Readout of …", "Readout: …", or a state office's bureau alone, "Office of the
// Prime Minister": readoutHeading, StateOfficeHeading) or no evidence names a state.
//
// A readout is a head of state's or government's office's own account of its principal's call or
// meeting, in the third person ("President Kamau thanked Norway for …"): the office asserts what
// its principal did, as a release's issuer asserts its news (AP Stylebook, "news release"), so
// its narration is the issuer's voice, not the writer's of a newspaper (PARC 3.0 guidelines,
// Pareti 2015, §3: the source of an attribution is the entity the text's content is ascribed to;
// here the whole text is ascribed to its issuer). The issuer is the state, as the office that
// answers a briefing's unnamed turns speaks for its state (releaseIssuer, docs/speakers.md "One
// rule for 'we' in a state body's own documents": PLOVER and CAMEO code a government speaking
// through its organ as that government).
func ReadoutIssuer(d *doc.Doc) *doc.Entity {
	if len(d.Sents) == 0 {
		return nil
	}
	first := d.Sents[0].S.Text
	if !readoutHeading(first) && !StateOfficeHeading(d.Lx, first) && !readoutHeading(d.C.Article.Title) {
		return nil
	}
	if _, c := doc.PublisherBody(d.Lx, d.C.Article.Outlet); c != nil {
		return actors.CountryEntity(d, c)
	}
	if c := doc.GovHostCountry(d.Lx, d.C.Article.URL); c != nil {
		return actors.CountryEntity(d, c)
	}
	if c := actors.HeaderPlace(d); c != nil {
		return actors.CountryEntity(d, c)
	}
	return nil
}
