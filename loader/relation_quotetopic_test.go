package loader

import "testing"

// TestQuoteTopic: the topic an attribution names ("said of X's NP", "referring to X") is a
// target beside the quotation's demonstrative or pronoun (relation_quotetopic.go); sentences
// other than the args24b whole documents'.
func TestQuoteTopic(t *testing.T) {
	runSentenceCases(t, []textCase{
		{`"This plan is a grave mistake," the Egyptian foreign minister said of Ethiopia's dam project.`,
			[]string{"OPPOSES Egyptian foreign minister -> =Ethiopia", "rule OPPOSES Egyptian foreign minister -> =Ethiopia = frames:judgement-copula:grammar/copula+quote-topic:said-of"}},
		{`"If they fire on our boats again, we will retaliate," Vietnam's navy commander said, referring to Chinese coast guard ships.`,
			[]string{"THREATENS navy commander -> =Chinese coast guard ships"}},
		// control: an in-phrase of place is no topic
		{`"This plan is a grave mistake," the Egyptian foreign minister said in Ethiopia.`,
			[]string{"!OPPOSES Egyptian foreign minister -> =Ethiopia"}},
		// control: a quotation whose subject names its own topic
		{`"Kenya's plan is a grave mistake," the Egyptian foreign minister said of Ethiopia's dam project.`,
			[]string{"!OPPOSES Egyptian foreign minister -> =Ethiopia"}},
	})
}

// TestMandativeScope: a stance inside the that-clause of a mandative verb is no act of the
// demander's (relation_mandativescope.go); the DEMANDS stays; the factual reading of the same
// verb ("insisted that it would …") is untouched.
func TestMandativeScope(t *testing.T) {
	runSentenceCases(t, []textCase{
		{"Finland insisted that Estonia rewrite its media law to recognise Russian-language channels.",
			[]string{"DEMANDS Finland -> Estonia", "!SUPPORTS Finland"}},
		// control: the factual reading of "insist" (an indicative that-clause) is the subject's word
		{"Finland insisted that it had always recognised Russian-language channels.",
			[]string{"SUPPORTS Finland -> Russian-language channels"}},
	})
}

// TestReducedRelativeSource: a past participle the parser made the main verb before an unlinked
// finite verb is a reduced passive relative on its subject, which is no source
// (relation_reducedrelative.go); coordinated and participial followers are untouched.
func TestReducedRelativeSource(t *testing.T) {
	runSentenceCases(t, []textCase{
		{"Chadian herders expelled from Sudan crossed the border at dawn.",
			[]string{"!SANCTIONS Chadian herders"}},
		// controls: a coordinated finite verb, a participle follower
		{"Ghana expelled Nigerian traders and closed the border.",
			[]string{"SANCTIONS Ghana -> Nigerian traders"}},
		{"Sudan expelled Chadian herders crossing the border.",
			[]string{"SANCTIONS Sudan -> Chadian herders"}},
	})
}

// TestBannedGoodsParty: "ban / bar X from V-ing <demonym> Y" names the foreign party beside the
// restricted one (relation_banfrom.go).
func TestBannedGoodsParty(t *testing.T) {
	runSentenceCases(t, []textCase{
		{"Kenya barred state hospitals from buying Indian-made syringes.",
			[]string{"SANCTIONS Kenya -> =India"}},
		{"Australia banned government agencies from using Chinese surveillance cameras.",
			[]string{"SANCTIONS Australia -> =China"}},
		// control: the gerund's destination is no goods (only its object is read)
		{"Kenya barred its officials from travelling to India.",
			[]string{"!SANCTIONS Kenya -> =India"}},
	})
}
