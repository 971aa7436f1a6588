package loader

import "testing"

// TestSpeakerEveryAssertion: in each shape of primary source (issue 12), every assertion of a turn,
// block or quotation is a claim of its speaker, whether or not it names an actor, while questions,
// furniture and talk about the talk are nobody's claims. Invented documents, one per shape.
func TestSpeakerEveryAssertion(t *testing.T) {
	runCases(t, []exCase{
		{"ministry briefing: Q/A turns, the spokesperson named in the title",
			"Foreign Ministry Spokesperson Tomas Varga's Regular Press Conference on March 3, 2031\n\n" +
				"Q: The Lusitanian government announced new tariffs on grain from Ruritania yesterday. What is your response?\n\n" +
				"A: The new tariffs violate the bilateral trade agreement signed in 2027. Ruritania has always honored its commitments under that agreement. The measures will hurt farmers in both countries. We will take proportionate measures to protect our interests.\n\n" +
				"Q: Will the foreign minister visit Geneva next week?\n\n" +
				"A: I have no information to release at the moment. I am not aware of the plans of the minister.",
			[]string{"rule CLAIMS Tomas Varga -> new tariffs violate the bilateral trade agreement = turn:answer",
				"CLAIMS Tomas Varga -> measures will hurt farmers", "CLAIMS Tomas Varga -> take proportionate measures",
				"!CLAIMS Tomas Varga -> What is your response", "!CLAIMS Tomas Varga -> visit Geneva",
				"!CLAIMS Tomas Varga -> announced new tariffs", "!CLAIMS Tomas Varga -> not aware"}},
		{"commerce briefing: named spokesperson, questioners named by outlet",
			"Regular Press Conference of the Ministry of Commerce (June 5, 2031)\n\n" +
				"Lin Hao: Good afternoon, friends from the media. Now I will take your questions.\n\n" +
				"Harbor Times: The Lusitanian side has said it may raise tariffs again. What is the ministry's comment?\n\n" +
				"Lin Hao: The tariff increase announced by Lusitania is unilateral and protectionist. Trade between the two countries grew by 8 percent last year. Escalation serves the interests of neither side.\n\n" +
				"Coastal News: Have the two teams scheduled a new round of talks?\n\n" +
				"Lin Hao: The two trade teams remain in close contact. Exports of machinery rose sharply in the first quarter.",
			[]string{"rule CLAIMS Lin Hao -> grew by 8 percent = turn:label", "CLAIMS Lin Hao -> Escalation serves",
				"CLAIMS Lin Hao -> remain in close contact", "CLAIMS Lin Hao -> Exports of machinery",
				"!CLAIMS Lin Hao -> take your questions", "!CLAIMS Lin Hao -> raise tariffs again", "!CLAIMS Harbor Times"}},
		{"a NAME: transcript with a moderator",
			"Transcript: Finance ministers speak after the Harbor Summit\n\n" +
				"MODERATOR: Welcome, everyone. Minister Dalca, let's begin with you.\n\n" +
				"MINISTER DALCA: Thank you. The summit produced a framework for currency cooperation. Inflation in the region has fallen for six consecutive months.\n\n" +
				"MODERATOR: Minister Oren, your view?\n\n" +
				"MINISTER OREN: The framework is a good first step. However, capital controls in Ruritania remain a serious obstacle. Investors need predictable rules.\n\n" +
				"MODERATOR: Thank you both.",
			[]string{"rule CLAIMS Dalca -> produced a framework = turn:label", "CLAIMS Dalca -> Inflation in the region",
				"CLAIMS Oren -> good first step", "CLAIMS Oren -> capital controls", "CLAIMS Oren -> Investors need predictable rules",
				"!CLAIMS Oren -> Inflation", "!CLAIMS Dalca -> Investors"}},
		{"a background call with bracketed labels",
			"Background Press Call by Senior Administration Officials on Export Controls\n\n" +
				"MODERATOR: Thanks, everyone, for joining today's call. I'll turn it over to [Senior administration official].\n\n" +
				"[Senior administration official]: Thanks so much. The rules close loopholes that Ruritanian firms exploited for two years. The controls are narrowly targeted at military end users.\n\n" +
				"Q: Will allies join the controls?\n\n" +
				"[Senior administration official]: Several allies have already adopted similar rules. The coordination among allies has never been stronger.",
			[]string{"rule CLAIMS administration officials -> close loopholes = turn:label",
				"CLAIMS administration officials -> narrowly targeted", "CLAIMS administration officials -> already adopted similar rules",
				"CLAIMS administration officials -> never been stronger", "!CLAIMS administration officials -> Will allies",
				"!SUPPORTS"}},
		{"a statement released whole in plain paragraphs after headings",
			"Office of the Trade Representative\n\n" +
				"FOR IMMEDIATE RELEASE\n\n" +
				"June 4, 2031\n\n" +
				"Trade Representative Marta Kell today released the following statement on the steel subsidy investigation.\n\n" +
				"The investigation found clear evidence that Ruritania subsidizes its steel mills. These subsidies have depressed world prices for a decade.\n\n" +
				"Steel workers in many countries have lost their jobs as a result.\n\n" +
				"The Trade Office will publish its full findings next week.",
			[]string{"rule CLAIMS Marta Kell -> clear evidence that Ruritania subsidizes = block:statement",
				"CLAIMS Marta Kell -> depressed world prices", "CLAIMS Marta Kell -> lost their jobs",
				"CLAIMS Marta Kell -> publish its full findings"}},
		{"titled remarks and titled testimony",
			"Remarks by Ambassador Ines Carvo at the Security Council Debate on Maritime Security\n\n" +
				"Thank you, Madam President.\n\n" +
				"Piracy in the Gulf of Serra has tripled since 2029. Shipping companies now pay record insurance premiums.\n\n" +
				"My government supports the proposed resolution. I look forward to your questions.",
			[]string{"rule CLAIMS Ines Carvo -> Piracy in the Gulf of Serra = title:speaker", "CLAIMS Ines Carvo -> record insurance premiums",
				// "my government" of a speaker whose country is unknown is the speaker's voice, as
				// "we" is: a stance of hers, which codes the sentence instead of a claim
				"rule SUPPORTS Ines Carvo -> proposed resolution = frames:verb:cameo@5741+title:speaker", "!CLAIMS Ines Carvo -> look forward", "!CLAIMS Ines Carvo -> Madam"}},
		{"a title naming an office, its holder named in the document",
			"Statement from the President on the Ruritanian Grain Embargo\n\n" +
				"The grain embargo imposed by Ruritania is a violation of international law. Millions of families depend on those shipments.\n\n" +
				"I have directed the Secretary of State to raise the matter at the United Nations.\n\n" +
				"President Amara Velez",
			[]string{"rule CLAIMS Amara Velez -> violation of international law = title:speaker",
				"CLAIMS Amara Velez -> Millions of families", "CLAIMS Amara Velez -> raise the matter at the United Nations"}},
		{"a lead-in ending a narrative paragraph, a pronoun its subject, a quotation of several paragraphs",
			"Minister defends port deal\n\n" +
				"Transport Minister Kofi Adjei defended the agreement in parliament on Tuesday. He said:\n\n" +
				"\"The port agreement with Lusitania protects every job at the harbor. The terminal will remain under national control.\n\n" +
				"\"Critics have misread the contract. The lease runs for twenty years, not ninety-nine.\"\n\n" +
				"Opposition members walked out during the speech.",
			[]string{"rule CLAIMS Kofi Adjei -> protects every job = quote:lead-in", "CLAIMS Kofi Adjei -> national control",
				"!CLAIMS Kofi Adjei -> walked out"}},
		{"reactions under 'From X:' lines in plain paragraphs",
			"Reactions to the tariff decision\n\n" +
				"Ministers reacted within the hour.\n\n" +
				"From Trade Minister Hale Oduya:\n\n" +
				"The tariff decision by Lusitania is unjustified. Our exporters have complied with every rule.\n\n" +
				"The ministry has informed the Lusitanian embassy.\n\n" +
				"From Finance Minister Petra Lund:\n\n" +
				"The decision will cost the economy two billion kroner a year.",
			[]string{"rule CLAIMS Hale Oduya -> decision by Lusitania is unjustified = quote:lead-in",
				"CLAIMS Hale Oduya -> complied with every rule", "CLAIMS Hale Oduya -> informed the Lusitanian embassy",
				"CLAIMS Petra Lund -> two billion kroner", "!CLAIMS Hale Oduya -> two billion kroner"}},
		{"quotations each closed by a dash line keep their own speakers",
			"Voices from the summit\n\n" +
				"\u201cThe new corridor will cut shipping times by half. Ports along the route will double their capacity.\u201d\n\n" +
				"\u2014 Deputy Envoy Rina Solk\n\n" +
				"\u201cThe corridor was planned without consulting coastal communities.\u201d\n\n" +
				"\u2014 Councillor Ana Brest",
			[]string{"rule CLAIMS Rina Solk -> cut shipping times = quote:dash-line",
				"rule CLAIMS Ana Brest -> without consulting coastal communities = quote:dash-line",
				"!CLAIMS Rina Solk -> without consulting"}},
		{"a quotation opening the paragraph after its speaker is reported",
			"Envoy warns on fisheries dispute\n\n" +
				"Deputy Envoy Sela Morn said on Friday that the talks had stalled.\n\n" +
				"\"The fishing fleets of Lusitania have ignored the quota for three seasons. The stocks of cod are collapsing.\n\n" +
				"\"Norway has offered a fair compromise on the quota.\"\n\n" +
				"The talks resume next month.",
			[]string{"rule CLAIMS Sela Morn -> ignored the quota = quote:after-report", "CLAIMS Sela Morn -> cod are collapsing",
				"!CLAIMS Sela Morn -> talks resume"}},
		{"a judgement in a speaker's own turn is the speaker's stance",
			"Regular Press Conference of the Ministry of Commerce (June 5, 2031)\n\n" +
				"Harbor Times: Lusitania has raised tariffs on Ruritanian steel. What is the ministry's comment?\n\n" +
				"Lin Hao: Such tariffs are unacceptable. The report says the tariffs are unacceptable to farmers.\n\n" +
				"Coastal News: Will talks continue?\n\n" +
				"Lin Hao: The talks with Lusitania will continue next week in Geneva.",
			[]string{"rule OPPOSES Lin Hao -> tariffs = frames:judgement-copula:grammar/copula+turn:label", "!OPPOSES Harbor Times"}},
		{"a title naming the spokesperson before the ministry",
			"Press Briefing by Spokesperson Tomas Varga of the Ministry of Foreign Affairs\n\n" +
				"Q: Will the foreign minister visit Geneva next week?\n\n" +
				"A: The foreign minister will travel to Geneva on Tuesday for the talks on the grain tariffs.",
			[]string{"rule CLAIMS Tomas Varga -> travel to Geneva = turn:answer", "!CLAIMS Ministry of Foreign Affairs"}},
		{"a quotation alone in the paragraph after a sentence of speech with no content",
			"Envoy warns on fisheries dispute\n\n" +
				"Deputy Envoy Sela Morn told reporters in Oslo on Friday.\n\n" +
				"\"The fishing fleets of Lusitania have ignored the quota for three seasons.\n\n" +
				"\"Norway has offered a fair compromise on the quota.\"",
			[]string{"rule CLAIMS Sela Morn -> ignored the quota = quote:after-report"}},
		{"names in capitals taking turns after a host",
			"Transcript: Finance ministers speak after the Harbor Summit\n\n" +
				"HOST: Welcome back. With me are the finance ministers of Lusitania and Ruritania.\n\n" +
				"MARIA DALCA: Thank you. Inflation in the region has fallen for six consecutive months.\n\n" +
				"HOST: And your view?\n\n" +
				"TOMAS OREN: Capital controls in Ruritania remain a serious obstacle.",
			[]string{"PERSON Maria Dalca", "rule CLAIMS Maria Dalca -> Inflation in the region = turn:label",
				"rule CLAIMS Tomas Oren -> serious obstacle = turn:label", "!CLAIMS Maria Dalca -> serious obstacle"}},
		{"a title naming an office, the statement signed in capitals",
			"Statement from the President on the Ruritanian Grain Embargo\n\n" +
				"The grain embargo imposed by Ruritania is a violation of international law.\n\n" +
				"I have directed the envoy to raise the matter at the United Nations.\n\n" +
				"AMARA VELEZ",
			[]string{"PERSON Amara Velez", "rule CLAIMS Amara Velez -> violation of international law = title:speaker"}},
	})
}
