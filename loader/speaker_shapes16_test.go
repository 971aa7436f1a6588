package loader

import "testing"

// TestPronounParagraphRecency: a "she" after a quotation takes the person named in the sentence
// before it in the same paragraph, not a person of equal salience named a paragraph back. Near
// misses: the same pronoun with nobody new named in its paragraph still takes the person of the
// paragraph before; and a "she" never takes a person the text marks male ("Mr."), however recent.
func TestPronounParagraphRecency(t *testing.T) {
	runCases(t, []exCase{
		{"recent in paragraph", "Dairy Pact\n\nThe head of the dairy federation, Tomas Berger, called the pact \"a disaster for farmers.\"\n\n" +
			"In Vienna, Austria's trade minister, Helga Brandt, took the other side. \"We back the pact because exporters need new buyers,\" she said on Monday.",
			[]string{"CLAIMS Helga Brandt -> exporters need new buyers", "!CLAIMS Tomas Berger -> exporters need new buyers"}},
		{"only antecedent a paragraph back", "Dairy Pact\n\nThe trade minister, Helga Brandt, spoke in Vienna on Monday.\n\n" +
			"\"We back the pact because exporters need new buyers,\" she said.",
			[]string{"CLAIMS Helga Brandt -> exporters need new buyers"}},
		{"recent but male", "Dairy Pact\n\nThe trade minister, Helga Brandt, spoke in Vienna on Monday.\n\n" +
			"Mr. Tomas Berger, the head of the dairy federation, disagreed. \"We back the pact because exporters need new buyers,\" she said.",
			[]string{"!CLAIMS Tomas Berger -> exporters need new buyers"}},
	})
}

// TestPresidingOfficerLabel: in a UN meeting record, "The President:" opens the presiding
// officer's turn even when the officer names the office in it, so the record's closing line is
// not the previous delegate's; the presidency's formulas and the record's closing line are
// furniture. Near miss: the delegate's own sentences stay his claims.
func TestPresidingOfficerLabel(t *testing.T) {
	text := "Security Council\n\n4410th meeting\n\nThe question of the northern lakes\n\n" +
		"The President: I now give the floor to the representative of Osland.\n\n" +
		"Mr. Halvorsen (Norway): Norway condemns the seizure of the ferry port by the militia. We call for the release of the crews.\n\n" +
		"The President: I now resume my functions as President of the Council. The meeting rose at 6.15 p.m."
	runCases(t, []exCase{
		{"president's closing", text, []string{"CLAIMS Halvorsen -> condemns the seizure",
			"!CLAIMS Halvorsen -> meeting rose", "!CLAIMS -> meeting rose", "!CLAIMS -> resume my functions"}},
	})
}

// TestHearingChairFurniture: a hearing chair's recognition of a member, introduction of a
// witness, thanks to the witness and rulings "without objection" are procedure, neither claims
// nor stances (House Practice; Robert's Rules §4). Near miss: the chair's own stance in the same
// turn stays a claim of his.
func TestHearingChairFurniture(t *testing.T) {
	text := "Hearing of the Senate Committee on Energy\n\n" +
		"CHAIRWOMAN OKAFOR: The committee will come to order. Without objection, the statements of all members will be entered into the record of this hearing. The pipeline has flooded three villages. I now recognize the ranking member, Senator Dunmore, for her opening statement of five minutes.\n\n" +
		"SENATOR DUNMORE: Thank you, Madam Chair. The permit process has failed the villages.\n\n" +
		"CHAIRWOMAN OKAFOR: I now welcome our witness, Dr. Pia Lund, Director of the Pipeline Safety Office. I thank the witness."
	runCases(t, []exCase{
		{"chair's procedure", text, []string{"CLAIMS Okafor -> pipeline has flooded",
			"!CLAIMS Okafor -> statements of all members", "!SUPPORTS Okafor", "!CLAIMS Okafor -> welcome our witness"}},
	})
}
