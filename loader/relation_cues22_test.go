package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestPostponedObjectCues22 (issue 13, cues22; frames/interposed.go postponedObject,
// syntax/retag/reducedpassive.go): a present-tense stance verb whose object follows an
// adverbial ("condemns in the strongest terms the attacks"), also with a reduced passive
// relative after the object; near misses keep no object from a time phrase or an adverbial alone.
func TestPostponedObjectCues22(t *testing.T) {
	cases := []struct {
		text string
		exps []string
	}{
		{"Mexico denounces in the strongest possible terms the murder of the mayor.", []string{"OPPOSES Mexico -> murder"}},
		{"Kenya condemns in the strongest terms the raids on villages carried out by the militia.", []string{"OPPOSES Kenya -> raids"}},
		{"Chile condemns in the strongest terms the attacks on fishermen in Arica.", []string{"OPPOSES Chile -> attacks on fishermen"}},
		{"Norway condemns in the clearest terms the shelling of the port ordered by the junta.", []string{"OPPOSES Norway -> shelling"}},
		// near misses: no object after the adverbial; a measure by-phrase ("by 5 percent") is
		// no agent, the past tense stays the verb
		{"Kenya protested in the strongest terms.", []string{"!OPPOSES Kenya -> terms"}},
		{"Japan exports to the region increased by 5 percent.", []string{"!OPPOSES Japan -> region"}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "cues22", Text: c.text}), c.exps)
		})
	}
}

// TestNegatedAcceptClause (issue 13, cues22; data/frames/cue-classes.txt accept | ccomp |
// negated): "does not accept that …" rejects the content clause (CAMEO 12, PLOVER REJECT); the
// plain "accepts that …" acknowledges and is no stance, and "accept" with an object keeps its
// line.
func TestNegatedAcceptClause(t *testing.T) {
	cases := []struct {
		text string
		exps []string
	}{
		{"Chile does not accept that the maritime border was drawn lawfully.", []string{"OPPOSES Chile -> border"}},
		{"Peru cannot accept that fishing quotas are set without consultation.", []string{"OPPOSES Peru -> quotas"}},
		{"Ghana will not accept that the election was fair, its foreign minister said.", []string{"OPPOSES Ghana -> election"}},
		// near misses: the affirmative acknowledges; a negated object stays the object line's
		{"Chile accepts that the talks failed.", []string{"!OPPOSES Chile -> talks", "!OFFERS Chile -> talks"}},
		{"Peru does not accept the ruling.", []string{"OPPOSES Peru -> ruling"}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "cues22", Text: c.text}), c.exps)
		})
	}
}

// TestCallWithObjectNoDemand (issue 13, cues22; cue-classes.txt call | for | intransitive):
// "call for" is a prepositional verb with no direct object; "calling them retaliation for the
// vote" names its object (Quirk et al. 1985, 16.44) and demands nothing.
func TestCallWithObjectNoDemand(t *testing.T) {
	cases := []struct {
		text string
		exps []string
	}{
		{"Peru criticised the Chilean quotas, calling them economic retaliation for a court ruling on fishing rights.", []string{"!DEMANDS Peru -> retaliation"}},
		{"Kenya criticised the new levies, calling them retaliation for the vote.", []string{"!DEMANDS Kenya -> retaliation"}},
		{"Kenya called for talks on the new levies.", []string{"DEMANDS Kenya -> talks"}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "cues22", Text: c.text}), c.exps)
		})
	}
}

// TestSeizedPropertyParty (issue 13, cues22; relation_measureparty.go measureNoun, CAMEO 171):
// the owner of the territory or property annexed or seized, named by the object's of-genitive,
// is a SANCTIONS party beside the object; a seizure of goods with no owner named has none.
func TestSeizedPropertyParty(t *testing.T) {
	cases := []struct {
		text string
		exps []string
	}{
		{"Armenia said Azerbaijan had annexed the Syunik province of Armenia.", []string{"rule SANCTIONS Azerbaijan -> Armenia = frames:verb:cameo@8302+measure-party:of"}},
		{"Morocco confiscated the fishing boats of Spain.", []string{"rule SANCTIONS Morocco -> Spain = frames:verb:cameo@8304+measure-party:of"}},
		// near miss: goods with no owner named
		{"Police in Peru seized two tonnes of cocaine.", []string{"!rule SANCTIONS police -> Peru = frames:verb:cameo@8194+measure-party"}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "cues22", Text: c.text}), c.exps)
		})
	}
}
