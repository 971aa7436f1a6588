package loader

import "testing"

// TestDirectiveInfinitive21 (branch trail21): a verb of telling with an object-controlled
// to-infinitive is a directive whatever the infinitive's verb ("told the oil companies to hand
// over their records": the sentence is parsed though "hand over" is no cue, and the verb the
// tagger read as a noun after the infinitive marker is re-tagged, syntax/retag InfinitiveVerb;
// Quirk et al. 1985, 3.54, 16.63), in the passive too, where the passive subject is the one told
// and no speaker (Quirk 3.63: no CLAIMS from it). Controls: "told reporters" with a content
// clause, and a passive of saying with a that-clause.
func TestDirectiveInfinitive21(t *testing.T) {
	for _, c := range []struct {
		text string
		exp  []string
	}{
		{"ABUJA, Feb 11 (Reuters) - Nigeria told the foreign oil companies to hand over their tax records.", []string{"DEMANDS Nigeria -> over their tax records"}},
		{"LA PAZ, Aug 30 (AP) - Bolivia was told by the World Bank to cut its budget deficit.", []string{"DEMANDS World Bank -> budget deficit", "!CLAIMS Bolivia -> budget"}},
		{"NAIROBI, Jul 4 (AFP) - The Kenyan finance minister was told that the loan had been frozen.", []string{"!CLAIMS Kenyan finance minister -> loan"}},
		{"NAIROBI, Jul 4 (AFP) - The Kenyan finance minister told reporters the loan had been frozen.", []string{"!DEMANDS Kenyan finance minister -> loan", "CLAIMS Kenyan finance minister -> loan"}},
	} {
		checkExpect(t, extractText(t, c.text), c.exp)
	}
}
