package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
)

// ReadoutIssuer is the state that issues a readout: the COUNTRY node of the page's publisher when
// it is a state's body or office (doc.PublisherBody: "President of the Republic of Kenya",
// "Government of Chile"), else of the page's government domain (doc.GovHostCountry:
// president.go.ke), else of the readout's place line's capital (actors.HeaderPlace: "Wellington,
// 2 May 2031"). Nil when the document is no readout (its first line, or the page's title, is no
// readout heading: "Readout of …", "Readout: …", or a state office's bureau alone, "Office of the
// Prime Minister": readoutHeading, StateOfficeHeading; or, on a state body's own page, a first
// line naming a call or meeting with another party: readoutByPage) or no evidence names a state.
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
	if !readoutHeading(first) && !StateOfficeHeading(d.Lx, first) && !readoutHeading(d.C.Article.Title) && !readoutByPage(d, first) {
		return nil
	}
	if _, c := d.OutletBody(); c != nil {
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

// readoutHeads are the nouns of a call or meeting a readout's heading names
// (data/wordclasses/readoutheads.txt).
var readoutHeads = lexicon.WordClass("readoutheads")

// readoutByPage reports a first line that heads a readout by its page rather than its first
// word: the page is a state body's own (its publisher a state's body or office, doc.PublisherBody,
// or its URL a government domain, doc.GovHostCountry), and the line, a heading without a final
// full stop, names a call or meeting (readoutHeads) with or between parties ("President X holds
// phone call with the Prime Minister of Y", "Minister X's meeting with her counterpart"). A
// government's own account of its principal's encounter is a readout whatever its heading opens
// with (issue 14, trial26: ministry and presidency pages head readouts so); a news site's same
// headline is its writer's, and stays so.
func readoutByPage(d *doc.Doc, line string) bool {
	if _, c := d.OutletBody(); c == nil && doc.GovHostCountry(d.Lx, d.C.Article.URL) == nil {
		return false
	}
	line = strings.TrimSpace(line)
	if line == "" || strings.HasSuffix(line, ".") {
		return false
	}
	ws := strings.Fields(strings.ToLower(line))
	for i := 0; i+1 < len(ws); i++ {
		if readoutHeads.Has(strings.Trim(ws[i], ",:;")) && (ws[i+1] == "with" || ws[i+1] == "between") {
			return true
		}
	}
	return false
}
