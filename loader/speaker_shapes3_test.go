package loader

import "testing"

// TestSpeakerBlockShapes3: statements introduced by "the following statement" inside a longer
// paragraph or followed by boilerplate, quotations of several paragraphs attributed in the
// first, lead-in lines ending in a colon for several speakers, and furniture and questions that
// are nobody's claims (issue 12, third pass). Invented documents.
func TestSpeakerBlockShapes3(t *testing.T) {
	runCases(t, []exCase{
		{"following statement: lead-in sentence inside a longer paragraph, boilerplate after",
			"Harbor Ministry statement on the canal tolls\n\n" +
				"The dispute over canal tolls entered its third month on Monday. In response, Harbor Minister Oskar Lindqvist released the following statement:\n\n" +
				"The toll increase imposed by Serrania breaks the canal treaty of 2019. Shipping firms from twelve countries have already rerouted their vessels.\n\n" +
				"The ministry has asked the canal authority for an urgent meeting.\n\n" +
				"Serrania must restore the old tolls before the end of the month.\n\n" +
				"For media inquiries, contact the press office at press@harbor.example.\n\n" +
				"###",
			[]string{"rule CLAIMS Oskar Lindqvist -> breaks the canal treaty = block:statement",
				"CLAIMS Oskar Lindqvist -> already rerouted", "CLAIMS Oskar Lindqvist -> urgent meeting",
				"!CLAIMS Oskar Lindqvist -> media inquiries", "!CLAIMS Oskar Lindqvist -> third month"}},
		{"following statement in a news story, the story resuming after it",
			"Agency responds to audit\n\n" +
				"The national audit office published its report on the grain reserve on Thursday. Agriculture Secretary Dana Whitcombe issued the following statement in response:\n\n" +
				"The audit confirms that the grain reserve is fully stocked. The reserve can feed the country for nine months.\n\n" +
				"Storage losses fell by a third since the new silos opened.\n\n" +
				"Lawmakers from the opposition said the report was incomplete and asked for a second audit of the reserve.",
			[]string{"rule CLAIMS Dana Whitcombe -> fully stocked = block:statement",
				"CLAIMS Dana Whitcombe -> feed the country", "CLAIMS Dana Whitcombe -> Storage losses fell",
				"!CLAIMS Dana Whitcombe -> second audit"}},
		{"a quotation of several paragraphs, the speaker named in the first",
			"Minister defends fishing quota\n\n" +
				"\"The quota protects the cod stocks for the next generation,\" said Fisheries Minister Liv Aasen.\n\n" +
				"\"The fleets of Lusitania have broken the quota three times since March.\n\n" +
				"\"Norway will bring the case to the fisheries tribunal in Hamburg. The tribunal rules within a year.\"\n\n" +
				"Fishermen in the north protested outside the ministry on Friday.",
			[]string{"CLAIMS Liv Aasen -> protects the cod stocks",
				"rule CLAIMS Liv Aasen -> broken the quota three times = quote:continuation",
				"CLAIMS Liv Aasen -> fisheries tribunal", "!CLAIMS Liv Aasen -> protested outside"}},
		{"a quotation of several paragraphs, the attribution after a name",
			"Bank holds rates\n\n" +
				"Central bank governor Petra Novak said the decision was unanimous. \"Inflation has fallen for six consecutive months,\" she said.\n\n" +
				"\"The labor market remains tight in the capital region.\n\n" +
				"\"Wage growth has slowed to three percent this year.\"\n\n" +
				"Markets rose after the announcement.",
			[]string{"CLAIMS Petra Novak -> Inflation has fallen", "CLAIMS Petra Novak -> labor market remains tight",
				"CLAIMS Petra Novak -> Wage growth has slowed", "!CLAIMS Petra Novak -> Markets rose"}},
		{"lead-in lines ending in a colon, each block its own lead-in's",
			"Reactions to the port sale\n\n" +
				"The sale of the northern port to a foreign consortium drew swift reactions.\n\n" +
				"From Transport Minister Ilse Varga:\n\n" +
				"The sale secures investment of four billion euros in the port. Every current job at the terminal is guaranteed by contract.\n\n" +
				"From opposition leader Tomas Brenner:\n\n" +
				"The government sold a strategic asset without a vote in parliament.\n\n" +
				"The consortium is controlled by a state-owned shipping company.\n\n" +
				"The sale must be reviewed by the competition authority.",
			[]string{"rule CLAIMS Ilse Varga -> investment of four billion = quote:lead-in",
				"CLAIMS Ilse Varga -> guaranteed by contract",
				"rule CLAIMS Tomas Brenner -> strategic asset = quote:lead-in",
				"CLAIMS Tomas Brenner -> controlled by a state-owned", "!CLAIMS Ilse Varga -> strategic asset",
				"!CLAIMS Ilse Varga -> controlled by a state-owned"}},
		{"lead-in lines with a narrative paragraph between",
			"Ministers on the grain deal\n\n" +
				"From Agriculture Minister Rosa Delgado:\n\n" +
				"The grain deal opens the eastern market to our farmers.\n\n" +
				"The minister spoke after a cabinet meeting in the capital. Lawmakers will debate the deal next week.\n\n" +
				"From Trade Minister Luis Ferro:\n\n" +
				"Exports of wheat will double within two years.",
			[]string{"!CLAIMS Rosa Delgado -> cabinet meeting", "rule CLAIMS Rosa Delgado -> opens the eastern market = quote:lead-in",
				"rule CLAIMS Luis Ferro -> Exports of wheat = quote:lead-in", "!CLAIMS Rosa Delgado -> Exports of wheat"}},
		{"moderator furniture and questions in a briefing",
			"Press Briefing by Spokesperson Tomas Varga of the Ministry of Foreign Affairs\n\n" +
				"Q: Lusitania has closed its border crossings. Is the ministry worried about the closures?\n\n" +
				"A: Thank you for that question. The closures violate the transit agreement of 2024. Is that acceptable? It is not.\n\n" +
				"MODERATOR: Let's take the next one. Over to you. Go ahead with your question please.\n\n" +
				"Q: Will the talks resume?\n\n" +
				"A: The talks will resume in Geneva next week. \"Why would we walk away now?\" the minister asked his cabinet. That's all the time we have for today.\n\n" +
				"Question from Coastal News: Lusitania moved troops to the border on Sunday. Is the ministry concerned?\n\n" +
				"A: The ministry is following the situation closely.",
			[]string{"CLAIMS Tomas Varga -> violate the transit agreement", "CLAIMS Tomas Varga -> resume in Geneva",
				"!CLAIMS Tomas Varga -> Thank you for that question", "!CLAIMS Tomas Varga -> Is that acceptable",
				"!CLAIMS Tomas Varga -> all the time we have", "!CLAIMS Tomas Varga -> worried",
				"!CLAIMS -> take the next one", "!CLAIMS -> Over to you", "!CLAIMS -> Why would we walk away",
				"!CLAIMS Tomas Varga -> moved troops", "CLAIMS Tomas Varga -> following the situation closely"}},
	})
}
