package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
)

// counterpartGuess takes back the guessed country of the body of a document's titled voice when
// that country is the one its title gives to the counterpart: "Readout of Secretary X's Call with
// Foreign Minister Y of Japan" over "Secretary of State X spoke with Japanese Foreign Minister Y"
// names Japan as Y's state, the one country of the text, and the guess (actor_guess.go) made X's
// "State Department" Japan's. A readout or statement names the other party with his state and
// its own principal by office alone (the convention coref_hostoffice.go reads: Quirk et al.
// 1985, 5.28), and an event has two distinct parties (CAMEO's dyad of source and target), so the
// counterpart's state is not the principal's. Only a guessed country goes (a stated one stays),
// and only when the title line names a person of that state other than the voice.
func (d *doc) counterpartGuess() {
	var voice *entity
	for i := range d.Units {
		if u := &d.Units[i]; u.Role == discourse.Titled {
			voice = speakers.UnitSpeaker(d.Doc, u)
			break
		}
	}
	if voice == nil || voice.Kind != graph.Person {
		return
	}
	voice = voice.Final()
	for _, r := range voice.Roles {
		if r.Org == nil {
			continue
		}
		e := r.Org.Final()
		if !e.Guessed || e.Country == nil || e.Kind != graph.Government {
			continue
		}
		c := e.Country
		if coref.TitleLinePerson(d.Doc, func(x *entity) bool {
			return x != voice && x.Kind == graph.Person && x.Country == c && !x.Guessed
		}) != nil {
			actors.Unguess(d.Doc, e)
		}
	}
}
