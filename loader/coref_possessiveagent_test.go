package loader

import "testing"

// A possessive pronoun determining an agent noun is the genitive of its antecedent
// (coref_possessiveagent.go): an organization's leaders are its agents, a country's speak as the
// country, a spokesperson speaks for whoever the pronoun refers to.
func TestPossessivePronounAgents(t *testing.T) {
	runCases(t, []exCase{
		{"its leaders of an organization", "The Polisario Front walked out of the talks on Monday. Its leaders demanded a referendum on independence.",
			[]string{"DEMANDS Polisario Front leaders -> referendum", "MEMBER_OF Polisario Front leaders -> Polisario Front"}},
		{"its senior officials of a body", "The African Union met in Addis Ababa. Its senior officials condemned the coup in Niger.",
			[]string{"OPPOSES African Union officials -> coup"}},
		{"its leaders of a country", "Venezuela expelled three diplomats on Friday. Its leaders rejected the American offer.",
			[]string{"OPPOSES Venezuela -> American offer"}},
		{"their spokesman of an organization", "The Taliban seized a border post on Sunday. Their spokesman rejected the Security Council resolution.",
			[]string{"OPPOSES Taliban -> Security Council resolution"}},
		{"his spokeswoman of a person", "Argentine President Javier Milei arrived in Madrid. His spokeswoman criticized the Spanish government.",
			[]string{"OPPOSES Javier Milei -> Spain"}},
		{"its spokesman says for the body", "The Kenyan government announced new taxes. Its spokesman said Nairobi welcomed the loan.",
			[]string{"CLAIMS Kenya -> Nairobi welcomed the loan"}},
		// near misses
		{"his advisers are not the person", "Argentine President Javier Milei arrived in Madrid. His advisers criticized the Spanish government.",
			[]string{"!OPPOSES Javier Milei"}},
		{"no antecedent, no source", "The storm hit the coast on Monday. Its leaders demanded help from the capital.",
			[]string{"!DEMANDS"}},
		{"an object is what the act is about", "Ethiopia massed tanks near the border. It promised to withdraw its troops from the Tigray region.",
			[]string{"OFFERS Ethiopia -> its troops from the Tigray region"}},
		{"a named spokesman is the person", "The Taliban seized a border post on Sunday. Their spokesman Zabihullah Mujahid condemned the strikes.",
			[]string{"OPPOSES Zabihullah Mujahid -> strikes", "!OPPOSES Taliban -> strikes"}},
	})
}
