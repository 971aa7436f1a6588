package loader

import "testing"

// TestYieldRefusal: a declared refusal to ease one's own measure keeps it (CAMEO 124 "decline to
// yield", 1244; CAMEO.2.0.txt MAINTAIN "* SANCTIONS"): no opposition to the measure; aimed at
// the party the measure is on when one is named (frames/yieldrefusal.go).
func TestYieldRefusal(t *testing.T) {
	runCases(t, []exCase{
		{"own sanctions, party", "Japan will not lift its sanctions on North Korea until the abductees return home.",
			[]string{"OPPOSES Japan -> North Korea", "!OPPOSES Japan -> sanctions"}},
		{"first person, no party", "Norway said on Monday: \"We will not lift our own sanctions until the prisoners are freed.\"",
			[]string{"!OPPOSES Norway -> sanctions"}},
		{"ease restrictions", "Peru will not ease its restrictions on Chilean fishing boats.",
			[]string{"!OPPOSES Peru -> restrictions"}},
		// near misses: another's measure rejected, and a refusal of what is no concession
		{"reject others' sanctions", "Australia rejected the sanctions imposed by China on its barley.",
			[]string{"OPPOSES Australia -> sanctions"}},
		{"refuse to sign", "Canada will not sign the agreement.",
			[]string{"OPPOSES Canada -> agreement"}},
	})
}

// TestPactResultNoComma: "signed a peace agreement on Monday ending a border dispute" with no
// comma is the agreement's result as with one (frames pactResult): no act of ending by the
// signers, the signing kept.
func TestPactResultNoComma(t *testing.T) {
	runCases(t, []exCase{
		{"no comma", "Chad and Niger signed a peace agreement on Sunday ending a border dispute.",
			[]string{"SUPPORTS Chad -> agreement", "!SANCTIONS Chad -> dispute", "!SANCTIONS Niger -> dispute"}},
		// near miss: a verb of ending with its own act, not after an agreement
		{"no pact", "Chad closed the border on Sunday, ending trade with Niger.",
			[]string{"SANCTIONS Chad -> border"}},
	})
}

// TestQuarrelCompoundHead: a dictionary pattern naming a compound's premodifier ("END * BORDER"
// [172]) does not match when the head is a noun of disagreement (modality.txt quarrel; the head
// decides what a compound refers to, Quirk et al. 1985, 17.108): "ended the border dispute"
// closes no border. Near miss: the border itself closed.
func TestQuarrelCompoundHead(t *testing.T) {
	runCases(t, []exCase{
		{"border dispute", "Kenya ended the border dispute with Uganda on Monday.",
			[]string{"!SANCTIONS Kenya -> dispute"}},
		{"border row", "Chad ended its border row with Niger.",
			[]string{"!SANCTIONS Chad -> row"}},
		{"border closed", "Kenya closed the border with Uganda on Monday.",
			[]string{"SANCTIONS Kenya -> border"}},
	})
}
