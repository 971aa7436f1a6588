package loader

import "testing"

// TestAgencyCreditsNoActor (issue 14): a news service or outlet named only in credit positions —
// the dateline's parentheses, the byline and its desk line, a contributor line, a picture
// caption's credit, a source line, the agency's end notes — makes no node, and neither do the
// bylines' and photographers' names; the same service named in the story as an actor ("told
// Yonhap", "ANSA reported") stays. Invented articles in the manner of several services.
func TestAgencyCreditsNoActor(t *testing.T) {
	kyodo := "Japan protests Chinese survey ship near Okinotori\n\nBy Haruka Mori\nKyodo News, Tokyo\n\n" +
		"TOKYO, May 3 (Kyodo) -- Japan's government on Tuesday protested to China over a survey ship operating near Okinotori Island, calling its activities unacceptable.\n\n" +
		"A Japan Coast Guard ship patrols near the island. (Kyodo/Taro Ito)\n\n" +
		"Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo demanded that Beijing halt the survey immediately.\n\n" +
		"Kyodo News writer Ken Abe in Beijing contributed to this report."
	yonhap := "Seoul rejects Pyongyang's demand to halt drills\n\nBy Lee Ji-won\nYonhap News Agency correspondent\n\n" +
		"SEOUL, Aug. 12 (Yonhap) -- South Korea on Monday rejected North Korea's demand that it cancel joint military drills with the United States.\n\n" +
		"Soldiers take part in an exercise near the border [File: TASS]\n\n" +
		"A North Korean diplomat told Yonhap News Agency that Pyongyang would respond to the drills with force.\n\n" +
		"(Reporting by Lee Ji-won; Editing by Mark Doyle)"
	anadolu := "Turkey urges ceasefire in Sudan\n\nANKARA (Anadolu) – Turkey on Wednesday called on Sudan's warring parties to agree to an immediate ceasefire.\n\n" +
		"Displaced families receive aid in Port Sudan on Tuesday. PTI/Arjun Rao\n\n" +
		"The Italian news agency ANSA reported that Italy would send a hospital ship to the region.\n\n" +
		"Egypt said it supported the Turkish proposal, EFE reported.\n\n" +
		"SOURCE: Anadolu and news agencies"
	ap := "Island states demand coal phase-out\n\nBy MARA TUILAGI\n\nSUVA, Fiji (AP) — Pacific island leaders on Friday demanded that Australia phase out coal exports by 2035.\n\n" +
		"Leaders pose for a photo in Suva, Fiji, on Friday. (AP Photo/Sione Kata)\n\n" +
		"Australia's climate minister rejected the demand.\n\n___\n\n" +
		"The Associated Press receives support from several private foundations for its climate coverage. AP is solely responsible for all content."
	signoffs := "Kenya rejects IMF demand for new taxes\n\nNAIROBI — Kenya's treasury on Monday rejected the International Monetary Fund's demand for new taxes.\n\n" +
		"Image caption, Protesters in Nairobi forced the government to drop a finance bill\n\nThe opposition welcomed the decision.\n\n" +
		"Image source, EPA\n\nWith inputs from PTI\n\nWith files from The Associated Press\n\nAFP"
	agencyByline := "Turkey condemns attack on embassy\n\nBy Reuters\n\nISTANBUL - Turkey condemned the attack on its embassy in Baghdad, a Turkish official told Reuters.\n\n" +
		"The Associated Press reported that Ankara had summoned Iraq's envoy."
	agencyOnly := "Turkey condemns attack on embassy\n\nBy The Associated Press\n\nISTANBUL - Turkey condemned the attack on its embassy in Baghdad on Monday."
	runCases(t, []exCase{
		{"an agency's byline, the agency cited", agencyByline, []string{"actor Reuters", "actor Associated Press", "actor Turkey"}},
		{"an agency's byline only", agencyOnly, []string{"!actor Associated Press", "actor Turkey"}},
		{"sign-offs and picture credits", signoffs, []string{"!actor EPA", "!actor PTI", "!actor Associated Press", "!actor Agence France-Presse",
			"!actor AFP", "actor International Monetary Fund"}},
		{"kyodo credits", kyodo, []string{"!actor Kyodo", "!actor Kyodo News", "!actor Haruka Mori", "!actor Taro Ito", "!actor Ken Abe",
			"actor Japan", "actor China"}},
		{"yonhap cited, tass credited", yonhap, []string{"actor Yonhap News Agency", "!actor TASS", "!actor Lee Ji-won", "!actor Mark Doyle",
			"actor South Korea"}},
		{"anadolu credited, ansa and efe cited", anadolu, []string{"!actor Anadolu", "!actor PTI", "!actor Arjun Rao", "actor ANSA",
			"actor EFE", "actor Turkey"}},
		{"ap end notes", ap, []string{"!actor Associated Press", "!actor AP", "!actor Mara Tuilagi", "!actor Sione Kata", "actor Australia"}},
	})
}

// TestQuestionerIntroNoActor: a journalist's self-introduction that opens a question ("Q: Jane
// Roe, Bloomberg.", "Hi, X from PTI.", "Thank you. X, Anadolu Agency.") names who asks: neither
// the outlet nor the journalist is an actor. Near misses: an outlet the answer cites stays; a
// question's own sentence naming a country ("India has called for talks") keeps its actors. The
// moderator's "First, Jane Roe of Kyodo News." is the same credit.
func TestQuestionerIntroNoActor(t *testing.T) {
	briefing := "Foreign Ministry Spokesperson Lin Hai's Regular Press Conference on March 3, 2026\n\n" +
		"Lin Hai: Good afternoon. The floor is open.\n\n" +
		"Q: Jane Roe, Bloomberg. The US announced new tariffs on Chinese steel yesterday. How will China respond?\n\n" +
		"A: China firmly opposes the unilateral tariffs.\n\n" +
		"Q: Hi, Priya Nair from PTI. India has called for talks on the border. Does China support that?\n\n" +
		"A: China supports dialogue with India.\n\n" +
		"Q: Thank you. Ahmed Kaya, Anadolu Agency. Turkey has offered to mediate. Will China take part?\n\n" +
		"A: China welcomes all efforts conducive to peace.\n\n" +
		"Q: Ivan Petrov, TASS. Russia has proposed a ceasefire. How does China view it?\n\n" +
		"A: China supports the proposal.\n\n" +
		"Q: Hi, this is Laura Chen from CNN. Has Japan asked China to mediate?\n\n" +
		"A: China and Japan are in contact.\n\n" +
		"Q: My name is Omar Said, with Al-Monitor. Will Egypt host the talks?\n\n" +
		"A: As Reuters reported this morning, China supports the ceasefire."
	presser := "Joint Press Conference by President Amara Diallo and Chancellor Jonas Berg\n\n" +
		"PRESIDENT DIALLO: Good afternoon. Guinea and Germany agreed today to expand trade.\n\n" +
		"MODERATOR: We will take two questions. First, Jane Roe of Kyodo News.\n\n" +
		"QUESTION: Mr. President, will Guinea lift its ban on bauxite exports?\n\n" +
		"PRESIDENT DIALLO: We will keep the ban until refineries are built in Guinea.\n\n" +
		"MODERATOR: Next, Omar Haddad from Anadolu Agency.\n\n" +
		"QUESTION: Chancellor, does Germany support the ban?\n\n" +
		"CHANCELLOR BERG: Germany respects Guinea's decision and supports local refining. Thank you, President Diallo."
	chaired := "Press conference by NATO Secretary General Jens Hauge\n\n" +
		"SPOKESPERSON LINDGREN: Good afternoon. The Secretary General will take your questions.\n\n" +
		"SECRETARY GENERAL HAUGE: Today ministers agreed to double the number of troops on high readiness.\n\n" +
		"SPOKESPERSON LINDGREN: We go to Reuters.\n\n" +
		"QUESTION: Secretary General, will NATO send troops to Ukraine after a ceasefire?\n\n" +
		"SECRETARY GENERAL HAUGE: NATO has no plans to deploy combat troops to Ukraine.\n\n" +
		"SPOKESPERSON LINDGREN: Over to Kyodo News.\n\n" +
		"QUESTION: Is Japan joining the air defence plan?\n\n" +
		"SECRETARY GENERAL HAUGE: We welcome Japan's support."
	reporter := "Foreign Ministry Spokesperson Lin Hai's Regular Press Conference on May 3, 2026\n\n" +
		"Q: Will China join the talks in Doha?\n\n" +
		"A: As for the question from the Reuters reporter, China supports the talks. The question the Xinhua correspondent asked yesterday was answered.\n\n" +
		"Q: Reuters reported that Qatar will host the talks. Can you confirm?\n\n" +
		"A: I have no information on that."
	// the asker credited by outlet alone ("Q: Bloomberg. …", questionerOutlet); an outlet the
	// question names as acting ("Reuters reported …") stays
	outletOnly := "Foreign Ministry Spokesperson Lin Hai's Regular Press Conference on June 9, 2026\n\n" +
		"Q: Bloomberg. Kenya has asked China to delay the loan payments. Will China agree?\n\n" +
		"A: China supports debt talks with Kenya.\n\n" +
		"Q: Associated Press. Reuters reported that Nepal closed the border. What is your comment?\n\n" +
		"A: China respects Nepal's decision."
	runCases(t, []exCase{
		{"an outlet alone after Q:", outletOnly, []string{"!actor Bloomberg", "!actor Associated Press", "actor Reuters", "actor Kenya", "actor Nepal"}},
		{"an outlet naming its reporter", reporter, []string{"!actor Xinhua", "actor Reuters", "actor China"}},
		{"the spokesperson gives the floor", chaired, []string{"!actor Reuters", "!actor Kyodo News", "actor Japan", "actor NATO"}},
		{"the moderator gives the floor", presser, []string{"!actor Kyodo News", "!actor Jane Roe", "!actor Anadolu Agency", "!actor Omar Haddad",
			"PERSON Amara Diallo", "PERSON Jonas Berg", "actor Guinea"}},
		{"self-introductions", briefing, []string{"!actor Bloomberg", "!actor Jane Roe", "!actor PTI", "!actor Priya Nair",
			"!actor Anadolu Agency", "!actor Ahmed Kaya", "!actor TASS", "!actor Ivan Petrov", "!actor CNN", "!actor Laura Chen",
			"!actor Al-Monitor", "!actor Omar Said", "actor Japan", "actor Egypt",
			"actor Reuters", "actor India", "actor Turkey", "OPPOSES China -> tariffs"}},
	})
}
