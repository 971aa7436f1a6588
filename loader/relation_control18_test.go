package loader

import (
	"strings"
	"testing"
)

// TestControl18NounInfinitive (issue 13, control18): the to-infinitive after a noun that takes
// one as its complement (modality.txt tocomplement; Quirk et al. 1985, 17.31) belongs to the
// noun, also where the parser hangs it on the verb or on a participle after the noun
// (wire_nouninfinitive.go): the matrix verb's target names the act, and the act's covert subject
// is the noun's possessor or agent, never the matrix subject. A purpose infinitive after another
// noun, and one after a support verb's object, stay as they were.
func TestControl18NounInfinitive(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Norway criticized Chile's refusal to sign the fisheries accord.", "OPPOSES Norway -> refusal to sign the fisheries accord"},
		{"Ghana praised the willingness shown by Togo to reopen the border.", "SUPPORTS Ghana -> willingness shown by Togo to reopen the border"},
		{"Sweden appreciated and welcomed the readiness expressed by the Danish side to resume the talks.", "SUPPORTS Sweden -> readiness expressed by the Danish side to resume the talks"},
		{"Peru deplored Bolivia's decision to close the port.", "OPPOSES Peru -> decision to close the port"},
		{"Uruguay welcomed the plan by Paraguay to cut export duties.", "SUPPORTS Uruguay -> plan by Paraguay to cut export duties"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Norway criticized Chile's refusal to sign the fisheries accord.", "!OPPOSES Norway -> fisheries accord"},
		{"Ghana praised the willingness shown by Togo to reopen the border.", "!OFFERS Ghana"},
		{"Peru sent its envoys to negotiate the fisheries accord.", "!OFFERS Peru -> envoys to negotiate"},
		{"Uruguay welcomed the plan by Paraguay to cut export duties.", "!OFFERS Uruguay"},
	})
}

// TestControl18JudgedPossessor (issue 13, control18): a possessive pronoun on the object of a verb
// of approval or disapproval names the author of the act judged, not the judge (approverOfPossessed,
// evaluationOfOther: CAMEO 051, 111, 12 are relations between two actors), so an act in the
// noun's infinitive is never the matrix subject's. A verb of defending (CAMEO 052, "of self or
// others") takes one's own decision, and the pronoun stays free.
func TestControl18JudgedPossessor(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Chile unveiled new fishing quotas on Monday. Peru criticized its plan to ban anchovy imports.", "OPPOSES Peru -> plan to ban anchovy imports"},
		{"Chile met Peruvian officials on Monday. Peru defended its decision to impose tariffs on Chilean copper.", "SANCTIONS Peru -> Chilean copper"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Chile unveiled new fishing quotas on Monday. Peru criticized its plan to ban anchovy imports.", "!SANCTIONS Peru"},
		{"Chile unveiled new fishing quotas on Monday. Peru criticized its plan to ban anchovy imports.", "!THREATENS Peru"},
		{"Chile met Peruvian officials on Monday. Peru defended its decision to impose tariffs on Chilean copper.", "!SANCTIONS Chile"},
	})
}

// TestControl18PossessiveDeterminerHead (issue 13, control18): a noun after a possessive
// determiner that the tagger read as an adjective heads the noun phrase (retag.GenitiveHead), so
// its infinitive complement is part of the judged act and the pronoun, not the judge, controls it.
func TestControl18PossessiveDeterminerHead(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{ // frames19Cases with the KNOWN mark
		{"Ghana deplored its refusal to extradite the suspects.", "KNOWN parser: to extradite xcomp of deplored (UD: acl of refusal; refusal now NN, right) | OPPOSES Ghana -> refusal to extradite the suspects"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Ghana deplored its refusal to extradite the suspects.", "!OPPOSES Ghana -> suspects"},
	})
}

// TestControl18CommissiveObject (issue 13, control18): after a commissive (promise, pledge, vow,
// threaten: modality.txt commissive) with an object, the subject controls the infinitive
// (Huddleston & Pullum 2002, ch. 14 §6): "promised Georgia to withdraw" announces the subject's
// withdrawal, and the threatened act is the subject's, not the addressee's (its target names no
// addressee as agent). Verbs of request keep object control.
func TestControl18CommissiveObject(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Armenia promised Georgia to withdraw its troops from the border.", "OFFERS Armenia -> troops"},
		{"Austria urged Hungary to reopen the rail link.", "DEMANDS Austria -> Hungary reopening the rail link"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Armenia promised Georgia to withdraw its troops from the border.", "!OFFERS Georgia"},
	})
	for _, c := range []struct{ text, agent string }{
		{"Belarus threatened Lithuania to halt potash exports.", "Lithuania"},
		{"Armenia promised Georgia to reopen the rail link.", "Georgia"},
	} {
		g := extractText(t, c.text)
		v := view(g)
		for _, r := range g.Relations {
			if l := v.label(r.Target); strings.HasPrefix(l, c.agent+" ") {
				t.Errorf("%s: the addressee written as the act's agent: %s -> %s", c.text, r.Type, l)
			}
		}
	}
}
