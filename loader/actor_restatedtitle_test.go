package loader

import "testing"

// TestPreposedOrdinalAndRestatedTitle: a title with an of-phrase set before a name between commas
// gives the name its state also after an ordinal postdeterminer ("the 12th President of X, Name")
// and when the name restates the same title ("the President of X, President Name."); a titled
// name of another office is the next item of a list, and a titled name followed by its verb is
// the main clause's subject.
func TestPreposedOrdinalAndRestatedTitle(t *testing.T) {
	runCases(t, []exCase{
		{"an ordinal before the title", "The envoy met the 12th President of Ghana, Kwame Asante, on Monday.",
			[]string{"MEMBER_OF Kwame Asante -> Ghana", "country Kwame Asante = GHA"}},
		{"an ordinal in words", "The delegation was received by the third Prime Minister of Malta, Paul Zammit, in Valletta.",
			[]string{"MEMBER_OF Paul Zammit -> Malta"}},
		{"the appositive restates the title", "She brought greetings from the President of Kenya, President Daniel Mwangi.",
			[]string{"MEMBER_OF Daniel Mwangi -> Kenya", "country Daniel Mwangi = KEN"}},
		{"another office is a list's next item", "She thanked the President of Kenya, Vice President Daniel Mwangi.",
			[]string{"!MEMBER_OF Daniel Mwangi -> Kenya"}},
		{"a titled subject after an introductory phrase", "After talks with the President of Kenya, President Kofi Annor is taking action on the tariffs.",
			[]string{"!MEMBER_OF Kofi Annor -> Kenya"}},
	})
}
