package loader

import "testing"

// TestDemonstrativeTarget (issue 13, session 13 trial finding 3): a demonstrative pronoun alone
// names no target (relation_demonstrative.go); one that determines a noun does.
func TestDemonstrativeTarget(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Chile welcomes that.", "!SUPPORTS Chile"},
		{"Laos lifted its ban on rice exports. Chile welcomed that.", "SUPPORTS Chile -> lifted its ban"},
		{"It was only natural for Nepal to oppose and resist this.", "!OPPOSES Nepal"},
		{"Ghana welcomed that decision by Togo.", "SUPPORTS Ghana -> decision"},
		{"Peru rejected those proposals.", "OPPOSES Peru -> proposals"},
	})
}

// TestReminderContent (issue 13, session 13 trial finding 4): the that-clause after a participle
// of saying and its object is that participle's content (wire_contentclause.go), and a
// third-person pronoun in a first-person speaker's reported clause is someone else (frames
// person.go): "it will harm …" is the speakers' prediction, no threat by the addressee.
func TestReminderContent(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"We have lodged serious representations to the United States, reminding it that if it uses Section 301 as an excuse, it will harm its own interests and China's interests.", "!THREATENS United States"},
		{"We summoned the Brazilian ambassador, telling him that if Brazil keeps the ban, it will hurt its own farmers.", "!THREATENS Brazil"},
		// the speaker's own act stays its threat, and a named subject stays the subject's
		{"Ghana lodged a protest with Togo, reminding it that Ghana will impose sanctions on Togo's exports.", "THREATENS Ghana"},
	})
}
