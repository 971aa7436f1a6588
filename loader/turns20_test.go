package loader

import "testing"

// TestPostedQuotation: a verb of the medium ("posted", "tweeted") introduces a direct quotation as
// "wrote" does, and an adjunct of time may stand between the verb and the comma before the
// quotation ("said on Sunday, “…”", "wrote last week, “…”", "tweeted earlier this week: “…”");
// the quotation is the subject's claim (quote:before), in a question too. Near misses: "posted a
// loss" takes no quotation; a phrase that is no time adjunct between the verb and the comma ("said
// to the crowd in Lagos, …") leaves the quotation unattributed by quote:before. Invented wordings.
func TestPostedQuotation(t *testing.T) {
	runCases(t, []exCase{
		{"posted, quotation", "Senator Ruth Mercer posted, \u201cThe tariffs on Mexican steel must go.\u201d",
			[]string{"rule CLAIMS Ruth Mercer -> tariffs on Mexican steel must go = quote:before"}},
		{"tweeted on a day, quotation", "President Kofi Mensah tweeted on Monday, \u201cGhana will never accept the new quota.\u201d",
			[]string{"rule CLAIMS Kofi Mensah -> Ghana will never accept the new quota = quote:before"}},
		{"said with a time adjunct", "Chancellor Ingrid Holm said earlier this week, \u201cBerlin would block the merger.\u201d",
			[]string{"rule CLAIMS Ingrid Holm -> Berlin would block the merger = quote:before"}},
		{"wrote last month, in a question", "Q: Prime Minister Ana Costa wrote last month, \u201cPortugal has been asking for the embargo.\u201d What is your response?",
			[]string{"rule CLAIMS Ana Costa -> Portugal has been asking for the embargo = quote:before"}},
		{"posted a loss", "Sona Bank posted a loss of $3 billion on Friday.",
			[]string{"!CLAIMS Sona Bank -> loss"}},
	})
}

// TestSoundbiteSpeakers: a production code before a soundbite's label ("SOT", "CLIP") starts no
// name (stopnames.txt), so the label's person speaks the soundbite; a "VO" read is no one's turn.
// Invented wordings.
func TestSoundbiteSpeakers(t *testing.T) {
	runCases(t, []exCase{
		{"soundbite codes", "Evening Bulletin: sanctions talks stall\n\n" +
			"SOT Ahmed Karimi, Foreign Minister (Farsi): Tehran rejects the new sanctions imposed by Washington and will not negotiate under pressure.\n\n" +
			"VO The ministers met in Geneva on Friday without an agreement.\n\n" +
			"CLIP Maria Lopes, Economy Minister [Portuguese]: Lisbon will support the embargo on Russian oil until the war ends.\n\n" +
			"SOT Kenji Arai, Defence Minister: Tokyo condemns the missile launch and demands an apology from Pyongyang.",
			[]string{"rule CLAIMS Ahmed Karimi -> Tehran rejects the new sanctions = turn:label",
				"rule CLAIMS Maria Lopes -> Lisbon will support the embargo = turn:label",
				"rule CLAIMS Kenji Arai -> Tokyo condemns the missile launch = turn:label",
				"!CLAIMS Ahmed Karimi -> ministers met in Geneva"}},
	})
}
