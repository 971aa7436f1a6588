package loader

import "testing"

// TestVerbs32VerbalAttack (session 32, verbs32): a verb CAMEO.2.0.txt files as force (attack,
// assail, assault, pummel, hammer: [190]) is verbal attack, CAMEO 111, when a person acts on a
// named person or organization with no instrument (cue-classes.txt party-target person-source
// without:with; WordNet 3.0 attack.v.02 "attack in speech or writing"). Not: a state, a leader
// on a country, a weapon.
func TestVerbs32VerbalAttack(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"Senator Karl Oms attacked Governor Oskar Veld at the rally in Dayton.", "OPPOSES Karl Oms -> Oskar Veld"},
		{"Mayor Lucy Brandt pummeled Karl Oms during the televised debate.", "OPPOSES Lucy Brandt -> Karl Oms"},
		{"Mayor Lucy Brandt assailed Karl Oms for backing the war.", "OPPOSES Lucy Brandt -> Karl Oms"},
		{"Russia attacked Georgia in the summer of 2008.", "!OPPOSES Russia"},
		{"President Vladimir Putin attacked Ukraine last year.", "!OPPOSES Vladimir Putin"},
		{"John Miller attacked Tom Greene with a knife outside the bar.", "!OPPOSES John Miller"},
	})
}

// TestVerbs32CriticismObject (session 32, verbs32): blast, slam, pan, rip, knock and bash
// criticize a party named by a person noun or an abstract object (nonthing-object: WordNet 3.0
// first sense in noun.person, noun.act or noun.communication), not a concrete thing nor a
// quantity; rip takes the over-phrase of the matter as blast, slam and pan do.
func TestVerbs32CriticismObject(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"Mayor Lucy Brandt blasted the governor during a town hall meeting.", "OPPOSES Lucy Brandt"},
		{"Mayor Lucy Brandt rips rhetoric over the transit bill.", "OPPOSES Lucy Brandt -> rhetoric"},
		{"Mayor Lucy Brandt slammed the door as she left the chamber.", "!OPPOSES Lucy Brandt"},
		{"Mayor Lucy Brandt knocked on the door of the council office.", "!OPPOSES Lucy Brandt"},
		{"Mayor Lucy Brandt knocked ten points off the lead.", "!OPPOSES Lucy Brandt"},
	})
}
