package loader

import "testing"

// TestQuestionOutletNoSource: the questioner's outlet after "Q:" ("Q: Reuters: …") names who asks
// and is no part of the question: never the source of an act reported in it, nor the antecedent
// of its pronouns. The act is the actor's the question names.
func TestQuestionOutletNoSource(t *testing.T) {
	runCases(t, []exCase{
		{"outlet label before a reported act", "Press Briefing by Ministry of Foreign Affairs Spokesperson Lin Hao, 3 May 2027\n\n" +
			"Lin Hao: Good morning. Foreign Minister Tomas Berg will travel to Geneva next week for the disarmament talks.\n\n" +
			"Q: Harbor Times: Japan has accused Russian patrol boats of harassing a fishing fleet near the Kuril Islands. Does Norway support Tokyo's position?\n\n" +
			"A: Norway is watching the incident closely. We urge both sides to show restraint.\n\n" +
			"Q: Reuters: Canada says it will send two more frigates to patrol the Arctic Sea. Oslo has not commented. Is Norway worried?\n\n" +
			"A: We are following the matter closely.",
			[]string{"!OFFERS Reuters -> two more frigates to patrol the Arctic Sea", "OFFERS Canada -> two more frigates to patrol the Arctic Sea"}},
	})
}

// TestLeadInQuoteNextLine: a "From X:" lead-in line with its quotation on the next line and no
// blank line between is its own paragraph, however long the lead-in is next to the other lines
// of a hard-wrapped text (the longest line followed by another was read as wrapped). Near miss:
// the shorter lead-ins of the same text, which worked before, still do.
func TestLeadInQuoteNextLine(t *testing.T) {
	runCases(t, []exCase{
		{"longest lead-in before its quotation", "Neighbours react to the new Danube shipping accord\n\n" +
			"Romania and Bulgaria on Tuesday signed an accord on shipping fees and channel maintenance along the lower Danube. These are the first reactions that reached our newsroom.\n\n" +
			"From the Minister of Foreign Affairs of Moldova, Ion Rusu:\n" +
			"\"Moldova was never asked about an accord that touches our own stretch of the river. We reject any fee on the Danube that is set without every riparian state.\"\n\n" +
			"From the Serbian Ministry of Transport and Infrastructure:\n\"Serbia welcomes the accord.\"\n\n" +
			"From Danube Commission Director Karl Weiss:\n\"The commission stands ready to help both parties.\"",
			[]string{"rule CLAIMS Ion Rusu -> Moldova was never asked = quote:lead-in", "OPPOSES Ion Rusu -> fee on the Danube",
				"CLAIMS Karl Weiss -> The commission stands ready"}},
	})
}

// TestTitleAfterBodyName: a person's title between a body's "of" name and a person's name ends
// the body's name: "Ministry of Trade Spokesman Jonas Berg" is the body, the title and the
// person, not one body named "Ministry of Trade Spokesman Jonas Berg". Near miss: a title inside
// the name before "of" ("Office of the Director of National Intelligence") stays in it.
func TestTitleAfterBodyName(t *testing.T) {
	runCases(t, []exCase{
		{"of-body, title, name", "Tariff news\n\nMinistry of Trade Spokesman Jonas Berg said on Friday that the duties would stay.",
			[]string{"PERSON Jonas Berg", "!GOVERNMENT Ministry of Trade Spokesman Jonas Berg", "MEMBER_OF Jonas Berg -> Ministry of Trade"}},
		{"title inside the body's name", "Intelligence news\n\nThe Office of the Director of National Intelligence said the report was accurate.",
			[]string{"!PERSON National Intelligence"}},
	})
}

// TestPageCountryNearMiss: a title naming two countries says nothing about which state's
// ministry speaks, so the spokesperson's "we" stays the spokesperson's (pageCountry).
func TestPageCountryNearMiss(t *testing.T) {
	runCases(t, []exCase{
		{"two countries in the title", "Press Briefing by Ministry of Foreign Affairs Spokesperson Mariam Tesfaye on the visit to Kenya, Addis Ababa, 4 June 2027\n\n" +
			"Mariam Tesfaye: Good morning, everyone.\n\n" +
			"Q: Horn Daily: Sudan has raised its tariffs on imported grain. What is your reaction?\n\n" +
			"A: We reject the new grain tariffs.",
			[]string{"!OPPOSES Ethiopia -> grain tariffs", "!OPPOSES Kenya -> grain tariffs", "OPPOSES Mariam Tesfaye -> grain tariffs"}},
	})
}
