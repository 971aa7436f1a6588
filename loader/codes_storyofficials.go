package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
)

// storyOfficials gives a person who holds only an office of state named by its title, with no
// body or country of its own ("Prime Minister Gustavo Adrianzen", "President Dina Boluarte",
// "former president Jair Bolsonaro"), the country c of the story: the dateline's, when the
// article names no other country as often (datelineLeading, strict). A dateline gives where the
// story is reported (AP Stylebook, "datelines"), and a news story identifies a foreign official by
// country on first reference ("Chilean President X"), so a bare office title there is the story
// country's. The title's form is checked as for a body (titleFormDefault: a head the Phoenix
// dictionary writes only for other countries' offices gives no default). The country is a guess
// (Guessed): a "we" of the person is not read as the state on its strength, and a country stated
// for the person later replaces it. A sentence naming the person and an actor of another country
// leaves him out (otherCountryBeside), and so do a name premodifying the title
// (titleAfterName) and a dictionary person of another country (dictForeigner). The code is the country's with the title's Phoenix sector (CAMEO country +
// role). A title that is no office of state ("activist", "chief executive") or a person with a
// role at a body or country is left to the other rules, and so is one whose title a possessor
// gives to a body no actor was found for ("the confederation's president, X,": ownedRole).
//
// With own (the document is the state's own: its heading, domain or publisher names the state,
// issuingState) a spokesperson's or press secretary's title (spokesTitle, class role in
// titles.txt) is an office of that state too, as titledOfficeVoice reads it: the spokesperson
// of a government's own statement speaks for the government (CAMEO codes a government
// spokesperson by the government, "USAGOV"). A news story's spokesperson may be anyone's.
// There the document's own speaker, and an official the speaker calls "our" (issuerOfficial),
// is the issuer's whatever other state his sentences name: a briefing is mostly about another
// state (actor_issuervoice.go). A person a transcript names only in its questions or in another
// speaker's words ("Q: President X said yesterday …") is the journalist's reference, not the
// issuer's, and is left to the other rules.
func (d *doc) storyOfficials(ents []*entity, c *lexicon.Country, own bool) {
	if c == nil {
		return
	}
	for _, p := range ents {
		if !d.unplacedOfficial(p) {
			continue
		}
		state, other := d.officialStateTitle(p, c, false, func(title string) string {
			if own && actors.SpokesTitle(title) {
				return title
			}
			return ""
		})
		if own && actors.TitleUnit(d.Doc) != nil && !actors.OwnVoiceNamed(d.Doc, p) {
			continue // named only in a journalist's question or another's words (issuerVoice)
		}
		if own && actors.TitleUnit(d.Doc) != nil && actors.HeaderAbroad(d.Doc, c) && !d.issuerOfficial(p) {
			// the speaker speaks abroad ("At a Press Availability in Manila"): there the host's
			// officials are named by bare titles as his own are at home (HeaderAbroad; Hawkins
			// 1978, the "larger situation" of a definite description is the place of utterance)
			continue
		}
		if other || state == "" || actors.TitleFormDefault(d.Doc, []string{lexicon.TitleHead(state)}, c) == nil || actors.TitleAfterName(d.Doc, p) || actors.OtherCountryAtTitle(d.Doc, p, c) && !(own && (d.issuerOfficial(p) || !actors.OtherStateAtTitle(d.Doc, p, c))) || actors.DictForeigner(d.Phx, p, c) {
			continue
		}
		p.Country, p.Guessed = c, true
		if sec := actors.TitleSector(d.Phx, state); sec != "" {
			p.Cameo = c.Code + sec
		}
	}
}

// issuerOfficial reports p as the issuer's own official in a document whose heading names its
// speaker: the speaker of a unit in the issuer's voice (issuerVoice: "Press Secretary Karen
// Blake:" under "Press Conference by the Press Secretary", the answerer of the transcript), who
// speaks for the issuing state (the speaker's affiliation, issue 14); or a person given a role
// with the speaker's possessive "our" ("Ambassador X, our representative to ASEAN"): the
// first-person possessive determiner relates the noun to the speaker's side (Quirk et al. 1985,
// 6.28).
func (d *doc) issuerOfficial(p *entity) bool {
	tu := actors.TitleUnit(d.Doc)
	if tu == nil {
		return false
	}
	for _, r := range p.Roles {
		if strings.HasPrefix(strings.ToLower(r.Title), "our ") && !actors.HeaderAbroad(d.Doc, speakers.HeadingState(d.Doc, nil)) {
			return true
		}
	}
	seen := map[*discourse.Unit]bool{}
	for _, st := range d.Sents {
		u := st.Unit
		if u == nil || seen[u] || !actors.IssuerVoice(d.Lx, st, tu) {
			continue
		}
		seen[u] = true
		if u.Rule == "title:speaker" && u.Role != discourse.Titled {
			continue // the heading line: its speaker is the titled unit's
		}
		if e := speakers.UnitSpeaker(d.Doc, u); e != nil && e.Final() == p.Final() {
			return true
		}
	}
	return false
}

// unplacedOfficial reports whether p is a person still without a country who holds a role of
// his own (not one his possessor's "the confederation's president" left unresolved): the
// persons storyOfficials and wireLeadBodies may place in a state.
func (d *doc) unplacedOfficial(p *entity) bool {
	return p.Kind == graph.Person && p.Country == nil && !p.Dropped && len(p.Roles) > 0 && !actors.OwnedRole(d.Doc, p)
}

// officialStateTitle reads the roles of p for the title that makes him an official of c: a
// state's own title (StateTitle), a portfolio or formal portfolio title, else what more makes of
// the title ("" for nothing; more may be nil). other is true when a role names an organization
// or a title another state's style reserves ("Taoiseach": TitleStatePersons); state is then "".
// The last such title of p's roles wins. With genericBody, a role in a generic state body that
// has no country yet is no organization of its own (the wire lead's "Foreign Minister X" of the
// Ministry: the title's own body). Shared by storyOfficials, capitalDatelineOfficials and
// wireLeadBodies.
func (d *doc) officialStateTitle(p *entity, c *lexicon.Country, genericBody bool, more func(title string) string) (state string, other bool) {
	for _, r := range p.Roles {
		if o := r.Org; o != nil && (!genericBody || o.Final().Country != nil || o.Final().Kind != graph.Government || !actors.GenericBody(d.Phx, d.Lx, o.Final())) {
			return "", true
		}
		if t := d.Lx.Titles[strings.ToLower(r.Title)]; t != nil && t.State != "" && t.State != c.Code {
			return "", true
		}
		if t := actors.StateTitle(d.Lx, strings.ToLower(r.Title)); t != "" {
			state = t
		} else if t := actors.PortfolioTitle(d.Lx, r.Title); t != "" {
			state = t
		} else if t := actors.FormalPortfolioTitle(d.Lx, r.Title); t != "" {
			state = t
		} else if more != nil {
			if t := more(r.Title); t != "" {
				state = t
			}
		}
	}
	return state, false
}
