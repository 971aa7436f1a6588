package loader

import "testing"

// TestConjoinedUnnamedSubjects (probe20, class B): each conjunct of a coordinated subject, and
// each term of a comma-set quasi-coordination (as well as, along with, together with), is a
// subject of the verb, so an agent noun that is not last before the verb names an actor too
// (conjoinedSubjectVerb). Sentences written for this test; near misses: an agent noun whose
// conjunct runs into another clause, or a comma phrase no quasi-coordinator opens.
func TestConjoinedUnnamedSubjects(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"The dockers' union and three shipping firms condemned the port tax.", "OPPOSES dockers' union -> port tax"},
		{"Fishermen or their cooperatives rejected the quota plan.", "OPPOSES fishermen -> quota plan"},
		{"Nurses, along with hospital cleaners, denounced the pay freeze.", "OPPOSES nurses -> pay freeze"},
		{"The bakers' union, together with street traders, opposed the flour levy.", "OPPOSES bakers' union -> flour levy"},
		{"Nurses, along with junior doctors, denounced the pay freeze.", "OPPOSES junior doctors -> pay freeze"},
		{"The pilots' union, as well as cabin crew, rejected the airline's offer.", "OPPOSES pilots' union -> airline's offer"},
	})
	frames19None(t, []string{
		"Nurses and doctors in the capital said that the levy was passed.",
		"Nurses, in a long letter, described the new rota.",
	})
}

// TestControllingVerbUnnamedSubject (probe20, class C): an agent noun before a verb whose
// to-infinitive or by-gerund is the cue ("moved to reject", "tried to reject", "responded by
// rejecting") is the cue's subject (controllingVerb). Sentences written for this test; near
// misses: the infinitive is no cue, the to-phrase is a preposition's.
func TestControllingVerbUnnamedSubject(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"The dockers' union moved to reject the pay offer.", "OPPOSES dockers' union -> pay offer"},
		{"Fishermen tried to condemn the quota cuts.", "OPPOSES fishermen -> quota cuts"},
	})
	frames19None(t, []string{
		"Fishermen tried to mend their nets before the reform.",
		"Fishermen moved to the harbour to mend their nets.",
	})
}

// TestUnnamedAgentPerfectAndPlural (probe20): an agent noun before a perfect or other auxiliary
// ("Farmers have rejected") is the cue's subject, the auxiliary no compound head though it
// opens a cue pattern ("have no intention of"); and the plural of an institution noun ("the
// unions", "the committees") names an unnamed group as its singular does. Sentences written for
// this test; near misses: the plural as an object, a noun compound before the verb.
func TestUnnamedAgentPerfectAndPlural(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"The farmers have rejected the new export levy.", "OPPOSES farmers -> new export levy"},
		{"The dockers' union had denounced the port concession.", "OPPOSES dockers' union -> port concession"},
		{"The committees condemned the budget cuts.", "OPPOSES committees -> budget cuts"},
		{"Uruguay dropped the tariff the unions had denounced.", "OPPOSES unions -> tariff"},
	})
	frames19None(t, []string{"Uruguay met the unions on Monday."})
}
