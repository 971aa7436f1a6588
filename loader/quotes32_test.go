package loader

import "testing"

// Session 32 (quotes32): stances inside quotations whose speaker a neighbouring sentence names.
// Sentences of our own.

// The AP Stylebook's party–state designation between commas after the speaker's name
// (claims/appositivesubject.go designatedSpeaker) and a quotation opening after an attribution
// that ends in an abbreviation (claims/abbrevsentence.go): the quotation after is the same
// speaker's, whose "I" holds the stance.
func TestQuoteDesignatedSpeaker32(t *testing.T) {
	runTextCases(t, []textCase{
		{"The senators met on Tuesday.\n\n\"There has been much talk this week about the governor's remarks,\" Senate Minority Leader Ann Roe, R-Ky., said. \"I condemn the governor's remarks in the strongest terms.\"",
			[]string{"OPPOSES Ann Roe -> remarks", "rule CLAIMS Ann Roe -> much talk = quote:after"}},
		{"The senators met on Tuesday.\n\n\"There has been much talk this week about the governor's remarks,\" said Sen. Ann Roe, D-N.Y. \"I condemn the governor's remarks in the strongest terms.\"",
			[]string{"OPPOSES Ann Roe -> remarks"}},
		// must-not: another speaker's verb of saying between the two quotations
		{"The senators met on Tuesday.\n\n\"There has been much talk this week about the governor's remarks,\" said Sen. Ann Roe, D-N.Y. Gov. Tom Baxter replied, \"I condemn the senator's remarks.\"",
			[]string{"!OPPOSES Ann Roe -> remarks", "OPPOSES Tom Baxter -> remarks"}},
	})
}

// A chain of "it" in one quotation keeps its referent (loader/relation_pronounchain.go).
func TestQuotePronounChain32(t *testing.T) {
	runTextCases(t, []textCase{
		{"The senators met on Tuesday.\n\n\"The pension plan came to my desk last week,\" Senator Ann Roe said. \"I have read it twice. I will oppose it in the Senate.\"",
			[]string{"OPPOSES Ann Roe -> pension plan"}},
		// must-not: the chain is broken by a sentence without the pronoun
		{"The senators met on Tuesday.\n\n\"The pension plan came to my desk last week,\" Senator Ann Roe said. \"I have read every page twice. I will oppose it in the Senate.\"",
			[]string{"!OPPOSES Ann Roe -> pension plan"}},
	})
}

// A first person inside a quotation nested in another is not the outer speaker's
// (coref/innerquote.go); nor is an author's first person with no speaker named.
func TestQuoteNestedFirstPerson32(t *testing.T) {
	runTextCases(t, []textCase{
		{"\"When the mayor told us, 'I condemn the governor's pension plan,' we were all surprised,\" Senator Ann Roe said on Tuesday.",
			[]string{"!OPPOSES Ann Roe -> pension plan"}},
		{"\"I condemn the governor's pension plan,\" Senator Ann Roe said on Tuesday.",
			[]string{"OPPOSES Ann Roe -> pension plan"}},
		{"I have long admired the senator from Ohio. But I condemn the governor's remarks in the strongest terms.",
			[]string{"!OPPOSES -> remarks"}},
	})
}

// A quotation introduced by a supplementive -ing verb of saying is the speaker's whom the
// matrix clause has as subject (claims/supplementive.go participleQuoteSpeaker).
func TestQuoteParticipleSpeaker32(t *testing.T) {
	runTextCases(t, []textCase{
		{"The council met on Monday.\n\nMayor Tom Baxter then went on the attack, saying, \"Is the governor going to resign? I condemn the governor's pension plan in the strongest terms.\"",
			[]string{"OPPOSES Tom Baxter -> pension plan", "rule CLAIMS Tom Baxter -> pension plan = quote:before+participle"}},
		// must-not: words between the participle and the quotation (no introduction of it)
		{"The council met on Monday.\n\nMayor Tom Baxter then went on the attack, saying little about the budget and \"I condemn the governor's pension plan in the strongest terms.\"",
			[]string{"!OPPOSES Tom Baxter -> pension plan"}},
	})
}
