package loader

import "testing"

// TestSpeakerShapes6: referrals to another text with no content of their own, remarks about the
// question itself, thanks to the host, and announced discourse acts are metadiscourse (Hyland
// 2005): no claim, and no stance from the announcement (issue 12, sixth pass). Invented documents.
func TestSpeakerShapes6(t *testing.T) {
	const title = "Foreign Ministry Spokesperson Ilsa Moreau's Regular Press Conference on March 3, 2031\n\n"
	runCases(t, []exCase{
		{"a referral to information issued elsewhere",
			title +
				"Q: What did the two ministers discuss?\n\n" +
				"A: The Ruritanian side has issued detailed information about their meeting. The ministers agreed to cut grain tariffs.",
			[]string{"CLAIMS Ilsa Moreau -> cut grain tariffs", "!CLAIMS Ilsa Moreau -> detailed information"}},
		{"a referral to a position made clear by another spokesperson",
			title +
				"Q: Will Ruritania answer the new duties?\n\n" +
				"A: The Spokesperson of the Trade Ministry has made clear Ruritania's firm position on the duties. The talks will resume in May.",
			[]string{"CLAIMS Ilsa Moreau -> resume in May", "!CLAIMS Ilsa Moreau -> firm position"}},
		{"a referral to an announcement's details after a question reference",
			title +
				"Q: Two questions. First, when will the talks resume? Second, why was the export ban lifted?\n\n" +
				"A: On your first question, the talks will resume in May. Regarding your second question, the statement issued by the Trade Ministry this morning incorporates full details, including the reasons behind the decision.",
			[]string{"CLAIMS Ilsa Moreau -> resume in May", "!CLAIMS Ilsa Moreau -> full details"}},
		{"made clear with a clause and issued with a ban stay claims",
			title +
				"Q: Will Ruritania answer the new duties?\n\n" +
				"A: Ruritania has made clear that it will retaliate against the duties. The ministry issued a ban on grain exports last week.",
			// "has made clear that" is a verb of stating (claims/quotedas.go): its subject's claim, as
			// with "has said that" in a turn
			[]string{"CLAIMS Ruritania -> retaliate against the duties", "CLAIMS Ilsa Moreau -> ban on grain exports"}},
		{"a remark about the question itself",
			title +
				"Q: Lusitanian officials say Ruritania proposed a new tariff. Is that true?\n\n" +
				"A: The question raised by Harbor Times just now was about Lusitanian officials claiming that Ruritania has made the proposal. Ruritania made no such proposal.",
			[]string{"CLAIMS Ilsa Moreau -> no such proposal", "!CLAIMS Ilsa Moreau -> question raised",
				"!OPPOSES Lusitanian officials", "!CLAIMS Lusitanian officials -> made the proposal"}},
		{"a question of substance as subject stays a claim",
			title +
				"Q: Is the border settled?\n\n" +
				"A: The question of the border was settled by the treaty of 1990.",
			[]string{"CLAIMS Ilsa Moreau -> settled by the treaty"}},
		{"thanks to the host for the venue",
			"Press Call on the Harbor Talks\n\n" +
				"MODERATOR: Good afternoon, everyone. I'll now turn it over to Trade Minister Oskar Brandt.\n\n" +
				"MINISTER BRANDT: The Lusitanian government has been very kind in providing us this fine venue, and I think that helped the talks. The two delegations agreed to cut tariffs on grain by half.",
			[]string{"CLAIMS Oskar Brandt -> cut tariffs on grain", "!CLAIMS Oskar Brandt -> fine venue"}},
		{"generosity in providing aid is no furniture",
			"Press Call on the Harbor Talks\n\n" +
				"MODERATOR: Good afternoon, everyone. I'll now turn it over to Trade Minister Oskar Brandt.\n\n" +
				"MINISTER BRANDT: The Lusitanian government has been very generous in providing grain aid to Moldova, and the aid reached the flooded provinces in May.",
			[]string{"SUPPORTS Oskar Brandt -> Lusitanian government", "OFFERS Lusitanian government -> grain aid"}},
		{"announcing what one will talk about is no stance",
			"Press Call on the Harbor Talks\n\n" +
				"MODERATOR: Good afternoon, everyone. I'll now turn it over to Trade Minister Oskar Brandt.\n\n" +
				"MINISTER BRANDT: Since you mentioned the dam, I want to talk about Ruritania's position on it. Let me make a couple of points. I'd like to pick up with a comment on the tariffs. Lusitania opposes the dam.",
			[]string{"!OFFERS Oskar Brandt -> talking", "!OFFERS Oskar Brandt -> couple of points", "!OFFERS Oskar Brandt -> picking up",
				"!CLAIMS Oskar Brandt -> talk about", "CLAIMS Oskar Brandt -> opposes the dam"}},
		{"an announcement followed by its own clause keeps its stance",
			"Press Call on the Harbor Talks\n\n" +
				"MODERATOR: Good afternoon, everyone. I'll now turn it over to Trade Minister Oskar Brandt.\n\n" +
				"MINISTER BRANDT: I want to make clear that Ruritania will not accept the dam.",
			[]string{"OPPOSES Ruritania -> dam"}},
	})
}
