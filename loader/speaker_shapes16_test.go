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
