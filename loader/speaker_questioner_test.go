package loader

import "testing"

// TestQuestionerLabelsNoActor: the outlet that labels a journalist's question — "Outlet:" before
// a question (MOFCOM's "Xinhua News Agency:"), in capitals ("BLOOMBERG NEWS:"), in brackets
// after "Q" (White House "Q (Fox News):"), after "Q:" ("Q: Nordic Wire:") — identifies who
// asks and is no actor node, whatever the actor layer made of it (a dictionary outlet, a capital
// run with a head word). The answers stay their speaker's. Near misses: an outlet the text
// names as acting elsewhere (in an answer or the narrative) stays an actor; a legislator who
// asks in a hearing ("SENATOR MARLOW:") is a person who stays.
func TestQuestionerLabelsNoActor(t *testing.T) {
	ghana := "Regular Press Conference of the Ministry of Foreign Affairs of Ghana, March 3, 2026\n\n" +
		"SPOKESPERSON AMA OWUSU: Good afternoon. Foreign Minister Kwame Mensah will visit Nigeria next week.\n\n" +
		"AFP: The European Union said on Monday it would restrict cocoa imports. What is your comment?\n\n" +
		"SPOKESPERSON AMA OWUSU: We firmly oppose the restrictions.\n\n" +
		"BLOOMBERG NEWS: Will Ghana retaliate?\n\n" +
		"SPOKESPERSON AMA OWUSU: We urge the EU to reconsider its decision.\n\n" +
		"Q (Kyodo News): Is the minister going to meet his Japanese counterpart?\n\n" +
		"SPOKESPERSON AMA OWUSU: I have no information to release at the moment."
	wh := "Remarks by President Dana Whitfield Before Departure\n\n" +
		"THE PRESIDENT: Hello, everybody. We are going to put tariffs on Mexico.\n\n" +
		"Q (Fox News): Sir, does Canada support the deal?\n\n" +
		"THE PRESIDENT: Canada supports the deal.\n\n" +
		"NBC NEWS: Will China retaliate?\n\n" +
		"THE PRESIDENT: China wants a deal very badly."
	kenya := "Press Briefing by the Ministry of Foreign Affairs of Kenya, Nairobi, 12 May 2026\n\n" +
		"MR. ODHIAMBO: Good morning. Kenya welcomes the ceasefire in Sudan.\n\n" +
		"REUTERS: The United States said it will cut aid to Kenya. What is your response?\n\n" +
		"MR. ODHIAMBO: We regret the decision of the United States.\n\n" +
		"Q: Xinhua: Is the minister going to Beijing?\n\n" +
		"MR. ODHIAMBO: The minister will visit China in June."
	kenyaCited := kenya + "\n\nQ (Bloomberg): Will Kenya respond to the sanctions?\n\n" +
		"MR. ODHIAMBO: As Reuters reported yesterday, Kenya has protested to Washington. Bloomberg wrote that the sanctions are unfair."
	hearing := "Hearing of the Senate Committee on Foreign Relations\n\n" +
		"CHAIRMAN OKAFOR: The committee will come to order. We welcome Ambassador Lena Ortiz.\n\n" +
		"SENATOR MARLOW: Ambassador, will the department restore aid to Honduras?\n\n" +
		"AMBASSADOR ORTIZ: The United States supports the aid program for Honduras.\n\n" +
		"SENATOR MARLOW: Will Mexico join the program?\n\n" +
		"AMBASSADOR ORTIZ: Mexico has not decided."
	runCases(t, []exCase{
		{"outlet labels", ghana, []string{"!actor Agence France-Presse", "!actor AFP", "!actor BLOOMBERG NEWS", "!actor Bloomberg News",
			"!actor Kyodo News", "actor European Union", "OPPOSES Ghana -> restrictions", "DEMANDS Ghana -> reconsider",
			"!CLAIMS Agence France-Presse", "CLAIMS European Union -> restrict cocoa imports"}},
		{"white house", wh, []string{"!actor Fox News", "!actor NBC NEWS", "!actor NBC News", "!actor NBC", "SUPPORTS Canada -> deal"}},
		{"reuters and xinhua labels", kenya, []string{"!actor Reuters", "!actor Xinhua", "OPPOSES Odhiambo -> decision of the United States"}},
		{"outlets cited in an answer", kenyaCited, []string{"actor Reuters", "actor Bloomberg"}},
		{"senator asks", hearing, []string{"PERSON Marlow", "actor Honduras", "SUPPORTS United States -> aid program"}},
	})
}

// TestLabelCapitalsNoOrg: a speaker's label in capitals names the person who takes the turn; an
// organization read from its capitals by shape alone ("DEPUTY PRESS SECRETARY DALTON:" → "DEPUTY
// PRESS") is no node, and a hyphenated name in capitals takes the capital of each part
// ("OKONJO-IWEALA" → Okonjo-Iweala); "AMB. KOVALENKO:" is the ambassador (titles.txt "amb.").
// Near misses: the label of a body that speaks ("NORDIC SHIPPING COUNCIL:") stays its speaker;
// a body of the dictionaries in a label stays.
func TestLabelCapitalsNoOrg(t *testing.T) {
	text := "Press Briefing by Press Secretary Karine Jean-Pierre\n\n" +
		"PRESS SECRETARY JEAN-PIERRE: Good afternoon. The United States condemns the attack in Kyiv.\n\n" +
		"Q: Does the administration oppose the new sanctions?\n\n" +
		"DEPUTY PRESS SECRETARY DALTON: We oppose the sanctions bill in its current form.\n\n" +
		"DIRECTOR-GENERAL NGOZI OKONJO-IWEALA: The WTO opposes the export restrictions.\n\n" +
		"Q: Will Canada join?\n\n" +
		"SPOKESPERSON OF THE AFRICAN UNION EBBA KALONDO: Canada has not decided."
	panel := "Panel on Baltic Shipping, Riga, May 4, 2026\n\nMODERATOR: Welcome to the panel.\n\n" +
		"NORDIC SHIPPING COUNCIL: We oppose the new port fees of Latvia.\n\n" +
		"AMBASSADOR LINDA THOMAS-GREENFIELD: The United States welcomes the agreement.\n\n" +
		"AMB. KOVALENKO: Ukraine supports the corridor.\n\nMODERATOR: Thank you."
	runCases(t, []exCase{
		{"white house labels", text, []string{"!actor DEPUTY PRESS", "!actor Deputy Press", "OPPOSES Dalton -> sanctions bill",
			"PERSON Ngozi Okonjo-Iweala", "actor African Union", "PERSON Karine Jean-Pierre"}},
		{"body speaks", panel, []string{"OPPOSES NORDIC SHIPPING COUNCIL -> port fees", "PERSON Linda Thomas-Greenfield",
			"!actor AMB", "CLAIMS Kovalenko -> Ukraine supports the corridor"}},
	})
}

// TestHeadlinePrepositionEndsName: a transcript heading's capitalized temporal preposition after
// its speaker's name ends the name ("Remarks by President Dana Whitfield Before Departure" names
// Dana Whitfield, not "Dana Whitfield Before Departure"), so the "THE PRESIDENT:" or "PRIME
// MINISTER BERG:" turns are one person's. Near miss: a preposition that opens an organization's
// name ("Reporters Without Borders") is not cut.
func TestHeadlinePrepositionEndsName(t *testing.T) {
	runCases(t, []exCase{
		{"before", "Remarks by President Dana Whitfield Before Departure\n\nTHE PRESIDENT: We oppose the deal of Canada.\n\n" +
			"Q (Fox News): Will China retaliate?\n\nTHE PRESIDENT: China wants a deal very badly.",
			[]string{"PERSON Dana Whitfield", "!actor Dana Whitfield Before Departure", "OPPOSES Dana Whitfield -> deal of Canada", "!actor Fox News"}},
		{"after", "Remarks by Prime Minister Anna Berg After the Nordic Summit\n\nPRIME MINISTER BERG: Sweden supports the new defence pact.\n\n" +
			"Q: Will Finland join?\n\nPRIME MINISTER BERG: Finland will join the pact.",
			[]string{"PERSON Anna Berg", "!actor Anna Berg After", "!PERSON Berg", "CLAIMS Anna Berg -> Finland will join"}},
		{"organization", "Statement by Reporters Without Borders During the Trial\n\nReporters Without Borders condemns the arrest of the journalists.",
			[]string{"actor Reporters Without Borders", "!actor Reporters", "!actor Reporters Without"}},
	})
}

// TestModeratorNamesOutlet: the operator of a telephone briefing who gives the floor by outlet
// ("Our next question comes from the line of Reuters.") names who asks, no actor. Near misses: a
// country the moderator names stays; an outlet the answer cites stays.
func TestModeratorNamesOutlet(t *testing.T) {
	call := "Background Press Call by Senior State Department Officials on the Trip to Nairobi\n\n" +
		"MODERATOR: Thanks, everyone, for joining.\n\n" +
		"SENIOR STATE DEPARTMENT OFFICIAL: The United States supports the Kenyan-led mission in Haiti.\n\n" +
		"OPERATOR: Our next question comes from the line of Reuters.\n\n" +
		"QUESTION: Does Russia oppose the mission?\n\n" +
		"SENIOR STATE DEPARTMENT OFFICIAL: Russia opposes the mission."
	runCases(t, []exCase{
		{"operator", call, []string{"!actor Reuters", "SUPPORTS United States -> Kenyan-led mission", "OPPOSES Russia -> mission"}},
		{"moderator names a country", "Background Press Call on the Trip to Nairobi\n\nMODERATOR: Our briefer will speak about Haiti and Kenya.\n\n" +
			"SENIOR STATE DEPARTMENT OFFICIAL: The United States supports the mission.\n\nOPERATOR: We go to the line of Reuters.\n\n" +
			"QUESTION: Does Russia oppose the mission?\n\nSENIOR STATE DEPARTMENT OFFICIAL: Reuters reported that Russia opposes the mission.",
			[]string{"actor Haiti", "actor Reuters"}},
	})
}
