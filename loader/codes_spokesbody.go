package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
)

// spokespersonBodies gives a generic state body without a country ("Foreign Ministry" of
// "Foreign Ministry Spokesperson Pham Thu Hang") the state its spokespersons speak for, when every
// person holding an office at it is a spokesperson and homeCountry (speaker_voice.go) finds the
// same state for each: the page's government domain, the publisher's stated country, a dateline
// the article names more often than any other country, or the state that opens more of the
// briefing's answers than any other ("A: Viet Nam supports …"). A spokesperson is one who speaks
// on behalf of another (Merriam-Webster, "spokesperson"): a ministry's spokesperson speaks for
// the ministry, whose state is the one the spokesperson's first-person plural was already read
// as (firstPerson, speaker_voice.go); the node of the ministry now says the same as the reading
// of its "we". A holder of another title, or two holders read as two states, leave the body as
// it was (local to its article, step 3 of assignCodes).
//
// The article's other countryless bodies of the same canonical name ("the Ministry of Foreign
// Affairs thanks …" beside "Foreign Ministry Spokesperson X") were one local body with it
// (canonicalBodies joins countryless bodies of one canonical name); they take the same state so
// that canonicalBodies keeps them one. Called from assignCodes (step 2a””, codes_assign.go), so it
// sits on the codes floor with it and reads homeCountry (speakers) downward.
func (d *doc) spokespersonBodies(ents []*entity) {
	groups := map[string][]*entity{}
	var keys []string
	for _, e := range ents {
		if e.Country != nil || e.Kind != graph.Government || e.Final() != e || !actors.GenericBody(d.Phx, d.Lx, e) {
			continue
		}
		k := strings.ToLower(actors.CanonicalBody(d.Lx, e.Name, nil))
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], e)
	}
	for _, k := range keys {
		var c *lexicon.Country
		ok := true
		for _, e := range groups[k] {
			for _, r := range d.Structure {
				if !ok {
					break
				}
				if r.Typ != graph.MemberOf || r.Src == nil || r.Tgt == nil || r.Tgt.Final() != e {
					continue
				}
				p := r.Src.Final()
				if p.Kind != graph.Person || p.Dropped {
					continue
				}
				hc := speakers.HomeCountry(d.Doc, p) // nil unless p holds a spokesperson's title at a body of no known country
				if hc == nil || c != nil && hc != c {
					ok = false
				}
				c = hc
			}
		}
		if !ok || c == nil {
			continue
		}
		for _, e := range groups[k] {
			e.PlaceIn(c)
		}
	}
}

// spokespersonHomes gives a spokesperson or press secretary who has no country and no body ("Foreign
// Press Secretary Kenji Tanaka": a role with no organization) the state homeCountry finds for
// him, the state his first-person plural was read as (firstPerson, speaker_voice.go): one who
// speaks on behalf of another (Merriam-Webster, "spokesperson"; "press secretary": "a person
// officially in charge of press relations") is of the state he speaks for, so the node says what
// the reading of his "we" said. Only the speaker of a turn or block of the document (turnSpeaker):
// a spokesman quoted in a wire story is read by the story's rules. A role at a body is left to
// spokespersonBodies.
func (d *doc) spokespersonHomes(ents []*entity) {
	for _, p := range ents {
		if p.Kind != graph.Person || p.Country != nil || p.Dropped || p.Final() != p {
			continue
		}
		bare := false
		for _, r := range p.Roles {
			if r.Org != nil {
				bare = false
				break
			}
			if actors.SpokesTitle(r.Title) {
				bare = true
			}
		}
		if !bare || !actors.TurnSpeaker(d.Doc, p) {
			continue // a spokesman quoted in a news story is no briefing's voice
		}
		if c := speakers.HomeCountry(d.Doc, p); c != nil {
			p.Country = c
			for _, r := range p.Roles {
				if sec := actors.TitleSector(d.Phx, r.Title); sec != "" {
					p.Cameo = c.Code + sec // as storyOfficials codes a bare office
				}
			}
		}
	}
}
