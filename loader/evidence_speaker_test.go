package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestEvidenceSpeaker: a spokesperson's "We urge …" is his state's DEMANDS, and its evidence names
// him (Evidence.Speaker, nu19 D1); his own "I hope …" stance is his, with no Speaker; a joint
// statement's or a news story's sentence names none.
func TestEvidenceSpeaker(t *testing.T) {
	doc := "Peruvian Foreign Ministry Spokesperson Irena Vasko's Regular Press Conference on April 10, 2031\n\n" +
		"Q: Chile has cut its copper exports to Peru. What is your comment?\n\n" +
		"A: We urge Chile to lift the restrictions on copper exports at once.\n\n" +
		"Q: Will the minister visit Lima?\n\n" +
		"A: I firmly oppose the new quota on Peruvian salmon."
	v := view(extractText(t, doc))
	sp := v.node("Irena Vasko")
	if sp == nil {
		v.dump(os.Stderr)
		t.Fatal("no node for the spokesperson Irena Vasko")
	}
	var stateOwn, personal int
	for _, r := range v.g.Relations {
		if r.Type != graph.Demands && r.Type != graph.Opposes {
			continue
		}
		for _, e := range r.Evidence {
			switch {
			case r.Source == sp.ID && e.Speaker != "":
				t.Errorf("the spokesperson's own stance names a speaker: %+v", e)
			case r.Source == sp.ID:
				personal++
			case e.Speaker == sp.ID:
				stateOwn++
			}
		}
	}
	if stateOwn == 0 {
		v.dump(os.Stderr)
		t.Error("\"We urge Chile to lift …\": no stance of the state naming the spokesperson as Speaker")
	}
	if personal == 0 {
		v.dump(os.Stderr)
		t.Error("\"I firmly oppose …\": no stance of the spokesperson himself")
	}
	news := view(extractText(t, "Lima, April 10 (Wire) - Peru urged Chile to lift the restrictions on copper exports, the foreign ministry said."))
	for _, r := range news.g.Relations {
		for _, e := range r.Evidence {
			if e.Speaker != "" {
				t.Errorf("a news story's sentence names a speaker: %s %+v", r.Type, e)
			}
		}
	}
}

// TestEvidenceSpeakerStructural: a structural relation (MEMBER_OF, PART_OF) is the writer's
// description of who belongs where, voiced by no one, even inside a speaker's sentence whose
// speaker holds a role in the relation's source (nu19b N1).
func TestEvidenceSpeakerStructural(t *testing.T) {
	v := view(extractText(t, "Peru holds firm\n\nLima, April 10 (Wire) - Talks on copper stalled.\n\n"+
		`"I do not expect a deal whatsoever," said Irena Vasko, the executive vice president of the Institute of Andean Studies, which is the policy research arm of Peru's Foreign Ministry. "I think there is a lot of distrust."`))
	structural := 0
	for _, r := range v.g.Relations {
		if r.Type != graph.MemberOf && r.Type != graph.PartOf {
			continue
		}
		for _, e := range r.Evidence {
			structural++
			if e.Speaker != "" {
				t.Errorf("%s evidence names a speaker: %+v", r.Type, e)
			}
		}
	}
	if structural == 0 {
		v.dump(os.Stderr)
		t.Error("no MEMBER_OF/PART_OF in the test sentence: the test checks nothing")
	}
}

// TestEvidenceSpeakerTitledMinister: a titled minister's statement whose "we" is his state
// (authorHomeCountry: the place-and-date line) names him as the Speaker of the state's stance
// (nu19 D5b); his "I" stays his own, with no Speaker; a news story's "the minister said" names none.
func TestEvidenceSpeakerTitledMinister(t *testing.T) {
	v := view(extractText(t, "Statement by Foreign Minister Jonas Aalto on the Harbour Dispute\n\nHelsinki, 3 June 2031\n\nWe reject the blockade of the harbour. Finland stands ready to help."))
	sp := v.node("Jonas Aalto")
	if sp == nil {
		v.dump(os.Stderr)
		t.Fatal("no node for the minister")
	}
	n := 0
	for _, r := range v.g.Relations {
		if r.Type != graph.Opposes {
			continue
		}
		for _, e := range r.Evidence {
			if r.Source != sp.ID && e.Speaker == sp.ID {
				n++
			}
		}
	}
	if n == 0 {
		v.dump(os.Stderr)
		t.Error("\"We reject the blockade …\": no state stance naming the minister as Speaker")
	}
	own := view(extractText(t, "Statement by Foreign Minister Jonas Aalto on the Harbour Dispute\n\nHelsinki, 3 June 2031\n\nI reject the blockade of the harbour. Finland stands ready to help."))
	for _, r := range own.g.Relations {
		for _, e := range r.Evidence {
			if r.Type == graph.Opposes && e.Speaker != "" {
				t.Errorf("the minister's own \"I reject\" names a speaker: %+v", e)
			}
		}
	}
}
