package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// ownBodyState is the state whose "we" a state body's own statement speaks, when the statement's
// title names the body as its speaker ("Statement by the Ministry of Foreign Affairs of Chile on
// …", rule title:speaker) or a statement block's lead-in does ("The Ministry of Foreign Affairs of
// Portugal issues the following statement:", rule block:statement) and the body is an executive body of a known state: a government body
// of the executive sector (actors.Sector: Phoenix agents MINISTRY, DEPARTMENT … [~GOV], not a
// legislature, court or army), whose country the text, a dictionary or the page states
// (govCountry, never a guess). docs/speakers.md, "One rule for 'we' in a state body's own
// documents": a state body speaking on its own page speaks for the state (the COUNTRY node), as
// PLOVER and CAMEO code a government speaking through its organ as that government; the same
// statement's "The Government of Chile condemns …" and "Chile rejects …" are the state's, and
// its "We demand …" must not split off to the ministry. Nil for any other unit or speaker, in a
// hearing (a witness's department keeps its "we"), and for an intergovernmental body, which
// speaks for itself (igoBody). Only a body whose own name states its state ("… of Chile"), not
// an office named by its title alone nor a government's seat, whose voices other rules give; or a
// body named without its state over a place line naming its state's capital (HeaderPlace).
func ownBodyState(d *doc.Doc, sp *doc.Entity, u *discourse.Unit) *doc.Entity {
	if u == nil || sp.Kind != graph.Government || sp.Dropped {
		return nil
	}
	// the title's speaker, or the office that answers a briefing's unnamed "A:" turns
	// (briefingOffice: the body a header line names, "Press Briefing by the Spokesperson,
	// Ministry of Foreign Affairs" over "Reykjavik, 4 March 2023")
	answering := u.Role == discourse.Answer && briefingOffice(d, u) == sp
	// or the body a statement block's lead-in names as its issuer at the head of the document
	// ("The Ministry of Foreign Affairs of Portugal issues the following statement:" under its
	// letterhead and place line, rule block:statement, headerLeadIn): the lead-in names the
	// statement's author as a title does, so the same body speaks for the same state whichever
	// of the two names it (spk25)
	if u.Rule != "title:speaker" && !(u.Rule == "block:statement" && headerLeadIn(d, u)) && !answering {
		return nil
	}
	if HearingLegislature(d) != nil || Legislature(d, sp) || igoBody(d.Phx, d.C.Article.PublishedAt, sp) {
		return nil
	}
	if actors.Sector(d.Phx, sp.Name, "GOV") != "GOV" {
		return nil
	}
	if sp.Rule == "title:office" || sp.Rule == "title:role-voice" {
		return nil // an office the title names ("Statement by the Press Secretary"): its holder's voice (titledOfficeVoice)
	}
	c := GovCountry(d, sp, u.Label)
	if answering && c == nil && sp.Country != nil && !sp.Guessed {
		c = sp.Country // the briefing body's state from the page or place line (docs/speakers.md: "with its country, and her 'we' is the state")
	}
	if hp := actors.HeaderPlace(d); hp != nil && (sp.Country == nil || sp.Country == hp) && (c == nil || c == hp) &&
		!namesCountry(hp, []string{sp.Name}, "") && ministryName(d.Lx, sp.Name) {
		// "MINISTRY OF FOREIGN AFFAIRS" over "Wellington, 23 September 1985": a body named
		// without its state heads a statement whose place line names its state's capital, the
		// seat it issues from (AP Stylebook, "news release" and "datelines"; actors.HeaderPlace):
		// the place line states the state as "… of New Zealand" would, so its "we" is the state.
		// Only a ministry or department (orgwords.txt head words of class GOVERNMENT) named
		// without any state: a seat ("Blue House") keeps its documented voice, and a body whose
		// name states its state is read as before
		return actors.CountryEntity(d, hp)
	}
	if c == nil || !answering && !namesCountry(c, []string{u.Label}, sp.Name) {
		// the body's name must state its state, as the statement's own "The Government of
		// Chile" does; a seat ("Statement from the Blue House") keeps its documented voice
		// (speaker_outletseat.go, actor_residences_test.go)
		return nil
	}
	return actors.CountryEntity(d, c)
}

// headerLeadIn reports a statement block whose lead-in is the document's first sentence: only
// header lines (a heading, letterhead, place and date line: no sentence-ending punctuation) come
// before the sentence that names the author. That is the body's own release ("Ministry of Foreign
// Affairs of Portugal" / "Lisbon, 20 November 2031" / "The Ministry … issues the following
// statement:"), which it issues as a title names its speaker (AP Stylebook, "news release"); a
// lead-in after a report's own sentences quotes the body in a news story, where the block's
// author keeps its "we" (docs/speakers.md, "I" and "we").
func headerLeadIn(d *doc.Doc, u *discourse.Unit) bool {
	if u.Speaker.Empty() {
		return false
	}
	for _, st := range d.Sents {
		if st.S.End > u.Speaker.Start {
			return true
		}
		if !st.Headline && len(st.Toks) > 0 && text.EndsSentence(st.Toks) {
			return false
		}
	}
	return false
}

// ministryName reports a body's name whose first word is a government head word of orgwords.txt
// ("Ministry of Foreign Affairs", "Department of External Affairs").
func ministryName(lx *lexicon.Lexicons, name string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimPrefix(name, "The ")))
	return len(f) > 1 && lx.OrgWords[f[0]] == graph.Government
}
