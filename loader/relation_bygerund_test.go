package loader

import "testing"

// TestByGerundAfterPast (probe20, class C): an -ed verb right after its subject and before a
// by + -ing clause with an object is the past tense of the main clause ("retaliated by suspending
// imports"), not a participle with a passive agent (syntax/retag PastForParticiple, byGerund), so
// the by-gerund is the subject's act. Sentences written for this test.
func TestByGerundAfterPast(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Seoul retaliated by suspending imports of Japanese fish.", "SANCTIONS South Korea -> imports of Japanese fish"},
		{"Ankara responded by suspending flights to Tehran.", "SANCTIONS Turkey -> flights to Tehran"},
	})
	frames19None(t, []string{"Talks backed by Turkey resumed in Geneva."})
}

// TestByGerundClause (probe20, class C): an -ing form after "by" that the parser hung on the
// noun after it as a premodifier heads a by + -ing clause of means with that noun its object
// when the verb the phrase depends on is active (byGerundClause, wire_bygerund.go). Sentences
// written for this test; near miss: a participial adjective in a passive's agent.
func TestByGerundClause(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Nairobi retaliated by banning imports of Ugandan milk.", "SANCTIONS Kenya -> imports of Ugandan milk"},
		{"Quito responded by suspending talks with Bogota.", "SANCTIONS Ecuador -> Colombia"},
	})
	frames19None(t, []string{"Exporters in Quito were hurt by rising freight costs."})
}
