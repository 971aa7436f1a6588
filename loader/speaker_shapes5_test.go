package loader

import "testing"

// TestSpeakerShapes5: talk about the exchange itself in briefings and testimony (metadiscourse,
// Hyland 2005) is nobody's claim; a speech verb with an object noun phrase is no reported speech;
// an extraposed "It must be noted that …" is no demand (issue 12, fifth pass). Invented documents.
func TestSpeakerShapes5(t *testing.T) {
	const title = "Foreign Ministry Spokesperson Ilsa Moreau's Regular Press Conference on March 3, 2031\n\n"
	runCases(t, []exCase{
		{"the briefing's own schedule is housekeeping",
			title +
				"Owing to a scheduling conflict, next Monday's regular press conference (Monday, March 8) will begin at 10 a.m. in the east hall.\n\n" +
				"Q: Will the trade talks with Lusitania resume?\n\n" +
				"A: The trade talks with Lusitania will resume in Geneva on Friday.",
			[]string{"CLAIMS Ilsa Moreau -> resume in Geneva", "!CLAIMS Ilsa Moreau -> begin at 10 a.m."}},
		{"an announced briefing after existential there",
			"Press Call on the Harbor Talks\n\n" +
				"MODERATOR: Good afternoon, everyone. I'll now turn it over to Trade Minister Oskar Brandt.\n\n" +
				"MINISTER BRANDT: The two delegations agreed to cut tariffs on grain by half. Well, there will be a full briefing for the press on Thursday afternoon.",
			[]string{"CLAIMS Oskar Brandt -> cut tariffs on grain", "!CLAIMS Oskar Brandt -> full briefing"}},
		{"greetings conveyed on someone's behalf",
			"Press Call at the Port Forum\n\n" +
				"MODERATOR: Good afternoon, everyone. I'll now turn it over to Vice Minister Lena Okafor.\n\n" +
				"MINISTER OKAFOR: Today, allow me to open by conveying greetings from the Prime Minister of Ruritania, Anton Vel. The new port will double grain exports within three years.",
			[]string{"CLAIMS Lena Okafor -> double grain exports", "!CLAIMS Lena Okafor -> greetings"}},
		{"a reporter's question described by the answerer, no stance of the outlet",
			"Regular Press Conference of the Ministry of Commerce (June 5, 2031)\n\n" +
				"Harbor Times: Lusitania has raised duties on our steel. How will the ministry respond?\n\n" +
				"Ana Ruiz: The Harbor Times reporter examines the dispute from the angle of security. The duties imposed by Lusitania violate the trade agreement.\n\n" +
				"Coastal News: Will the ministry file a complaint?\n\n" +
				"Ana Ruiz: The ministry will file a complaint with the trade tribunal next week.",
			[]string{"CLAIMS Ana Ruiz -> violate the trade agreement", "!CLAIMS Ana Ruiz -> examines the dispute",
				"!OPPOSES Harbor Times"}},
		{"a hand-over made only of bracketed placeholders",
			"Press Call on the Grain Agreement\n\n" +
				"MODERATOR: Good afternoon, everyone. I'll now turn it over to Trade Minister Hale Oduya.\n\n" +
				"MINISTER ODUYA: The agreement cuts grain tariffs by half. My colleagues on the call are\n\n" +
				"MINISTER ODUYA: [Senior official one] and [senior official two].\n\n" +
				"MINISTER ODUYA: The tariff cuts take effect in May.",
			[]string{"CLAIMS Hale Oduya -> cuts grain tariffs", "!CLAIMS Hale Oduya -> official two"}},
		{"a co-participant's remarks referred to by placeholder",
			"Press Call on the Grain Agreement\n\n" +
				"MODERATOR: Good afternoon, everyone. I'll now turn it over to Trade Minister Hale Oduya.\n\n" +
				"MINISTER ODUYA: Well, I can't add much — [senior official one] already discussed the customs rules at length. As [senior official one] discussed, the customs posts will merge in June.",
			[]string{"!CLAIMS Hale Oduya -> customs rules at length", "CLAIMS Hale Oduya -> posts will merge"}},
		{"announcing what one will say is no claim",
			"Press Call on the Grain Agreement\n\n" +
				"MODERATOR: Good afternoon, everyone. I'll now turn it over to Trade Minister Hale Oduya.\n\n" +
				"MINISTER ODUYA: So I will just say a few things. The agreement lowers grain tariffs for three years.",
			[]string{"CLAIMS Hale Oduya -> lowers grain tariffs", "!CLAIMS Hale Oduya -> few things"}},
		{"a question reference with nothing but a restated position",
			title +
				"Q: Two questions. First, will the minister visit Lusitania? Second, what is China's view of the fishing ban?\n\n" +
				"A: On your first question, the minister will visit Lusitania next week. On your second question, we have stated our position on many occasions.",
			[]string{"CLAIMS Ilsa Moreau -> visit Lusitania next week", "!CLAIMS Ilsa Moreau -> stated our position"}},
		{"back-references to one's own earlier answer",
			title +
				"Q: Has Ruritania asked for a meeting?\n\n" +
				"A: As with what I said in my earlier answer, I am not aware of the request.\n\n" +
				"Q: And the border talks?\n\n" +
				"A: Just like what I said in answer to the first question, the border talks were meant to settle the fishing dispute.",
			[]string{"!CLAIMS Ilsa Moreau -> earlier answer", "!CLAIMS Ilsa Moreau -> not aware",
				"CLAIMS Ilsa Moreau -> border talks were meant"}},
		{"the audience's knowledge of a position",
			title +
				"Q: Does China support the sanctions on Lusitania?\n\n" +
				"A: I believe you all know our consistent position. I think everybody understands that.",
			[]string{"!CLAIMS Ilsa Moreau -> consistent position", "!CLAIMS Ilsa Moreau -> everybody understands"}},
		{"a refusal to comment after a fronted adverbial, in an answer",
			title +
				"Q: What do you make of the bank's forecast for Lusitania?\n\n" +
				"A: As a general rule, we do not comment on the remarks of private banks and think tanks. Lusitania's economy grew by four percent last year. We will not respond to provocations at sea with force.",
			[]string{"CLAIMS Ilsa Moreau -> grew by four percent", "!CLAIMS Ilsa Moreau -> remarks of private banks",
				"CLAIMS Ilsa Moreau -> provocations at sea"}},
		{"a refusal to comment and courtesies to a committee",
			"Testimony of Under Secretary Mara Quint before the Senate Committee on Trade\n\n" +
				"As a rule, we do not comment on the comments of private banks. We appreciate the dialogue that we have had with the committee on trade enforcement. We look forward to continuing this dialogue next year. The grain reserve will be expanded by a third.",
			[]string{"CLAIMS Mara Quint -> grain reserve", "!CLAIMS Mara Quint -> comments of private banks",
				"!CLAIMS Mara Quint -> appreciate the dialogue", "!CLAIMS Mara Quint -> continuing this dialogue"}},
		{"a council statement's thanks for a briefing, and a report being checked",
			"Remarks by Ambassador Tove Lindqvist, Permanent Representative of Osland, at the Security Council Debate on Veld\n\n" +
				"I thank Special Envoy Rui Duarte for his briefing. We are verifying the reports of shelling through our mission in Veld. Osland supports the extension of the monitoring mission.",
			[]string{"!SUPPORTS  -> Rui Duarte", "!CLAIMS  -> thank Special Envoy", "!OFFERS  -> reports of shelling",
				"CLAIMS Tove Lindqvist -> verifying the reports", "SUPPORTS Osland -> extension of the monitoring mission"}},
	})
}

// TestSpeechVerbNeedsClause: a verb of the speech list is reported speech only with a clausal
// complement (Quirk et al. 1985, §16.31): "maintained normal ties", "maintained its composure",
// "responded quickly to the letter" have objects; "maintained that …" and "maintained the deal
// was fair" are reported speech. An inverted attribution has no object after its verb.
func TestSpeechVerbNeedsClause(t *testing.T) {
	runCases(t, []exCase{
		{"maintain with an object noun phrase in news",
			"Ruritania keeps ties with Lusitania\n\n" +
				"Ruritania has maintained close contacts with Lusitania without violating the embargo of the United Nations. " +
				"Facing repeated provocations from Lusitania, Ruritania has maintained restraint throughout. " +
				"Ruritania maintained that the embargo was unjust. The Lusitanian government maintained the sanctions were lawful.",
			[]string{"!CLAIMS Ruritania -> close contacts", "!CLAIMS Ruritania -> Facing repeated provocations",
				"CLAIMS Ruritania -> embargo was unjust", "CLAIMS Lusitanian government -> sanctions were lawful"}},
		{"respond with an adverb before 'to'",
			"Envoy replies to letter\n\n" +
				"Envoy Karin Solberg responded swiftly to the letter from the fisheries council of Lusitania. She said the quota would stay.",
			[]string{"!CLAIMS Karin Solberg -> swiftly to the letter", "CLAIMS Karin Solberg -> quota would stay"}},
		{"an extraposed it with a modal and a passive verb of saying is no demand",
			"Foreign Ministry Spokesperson Ilsa Moreau's Regular Press Conference on March 3, 2031\n\n" +
				"Q: What is your comment on the new Lusitanian duties?\n\n" +
				"A: It must be stressed that Lusitania is breaking its commitments under the trade agreement. Lusitania must withdraw the duties at once.",
			[]string{"!DEMANDS Ilsa Moreau -> be stressed", "CLAIMS Ilsa Moreau -> breaking its commitments", "!CLAIMS Lusitanian",
				"DEMANDS Ilsa Moreau -> Lusitania withdrawing the duties"}},
	})
}

// TestSpeakerSubjects5: the subject of reported speech when the actor before the verb is not its
// head — a post-modifier of a coordinated first person, or the object of a verb before a
// participle (issue 12, fifth pass). Invented documents.
func TestSpeakerSubjects5(t *testing.T) {
	runCases(t, []exCase{
		{"a coordinated first-person subject with a prepositional post-modifier",
			"Testimony of Under Secretary Mara Quint before the Senate Committee on Trade\n\n" +
				"We and our partners in the Harbor Development Fund believe that the fund can lend far more to coastal towns. The fund was created in 1994.",
			[]string{"CLAIMS Mara Quint -> lend far more", "!CLAIMS Harbor Development Fund -> lend far more"}},
		{"a participle after the object of another verb takes the matrix subject",
			"Fishing talks\n\n" +
				"On Sunday the president said Peruvian officials called senior Chilean trade officials saying Peru wants to reopen the fishing talks.",
			[]string{"CLAIMS Peruvian officials -> Peru wants to reopen", "!CLAIMS Chilean trade officials -> reopen",
				"!CLAIMS Peruvian officials -> Chilean trade officials saying"}},
	})
}
