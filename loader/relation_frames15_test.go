package loader

import "testing"

// TestAppealFrames (issue 13, frames15): hopes, mandatives and sponsors come from the frames
// (frames hope.go, mandative.go, sponsor.go; relation_frames_hope.go), the surface rules gone:
// the hoper or the speaker demands the act of the clause's actor subject, named with its agent; a
// text's sponsors support it.
func TestAppealFrames(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Chilean Foreign Minister Ana Rojas said she hopes Bolivia will return to the talks.", "DEMANDS Rojas -> Bolivia returning to the talks"},
		{"Ghana's finance minister, Kofi Mensah, said it is vital that the IMF approve the loan quickly.", "DEMANDS Mensah -> IMF approving the loan"},
		{"“It is essential that Serbia lift the blockade,” said Albin Kurti, the prime minister of Kosovo.", "DEMANDS Kurti -> Serbia lifting the blockade"},
		{"The resolution, co-sponsored by Chile and Peru, was adopted on Friday.", "SUPPORTS Chile -> resolution"},
		{"The resolution, co-sponsored by Chile and Peru, was adopted on Friday.", "SUPPORTS Peru -> resolution"},
		// controls: a hope about no actor, a hoper's own act
		{"Chilean Foreign Minister Ana Rojas said she hopes the rains will end soon.", "!DEMANDS Rojas"},
		{"Chilean Foreign Minister Ana Rojas said Chile hopes it will join the bloc.", "!DEMANDS Rojas|Chile"},
	})
}

// TestJudgementFrames (issue 13, frames15): judgements come from the frames over the parse
// (frames judgement.go; relation_frames_judgement.go), the surface rule evaluations gone: a
// verb of saying over or after a copula clause, a quotation's speaker, a verb of naming's object
// complement — also when the parser hung it on the object — and a verb of describing's
// as-complement.
func TestJudgementFrames(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Trade Minister Lena Berg said on Tuesday that the Andorran tariff was \"unfair and illegal.\"", "OPPOSES Berg -> tariff"},
		{"“The proposal is reckless,” said Jonas Vik, the leader of the Harbour Workers Union.", "OPPOSES Vik -> proposal"},
		{"Ghana's fisheries minister, Ama Boateng, called the threat of new quotas “unfair” on Monday.", "OPPOSES Boateng|Ghana -> threat of new quotas"},
		{"The Kenyan government described the border decision as hasty and unjustified.", "OPPOSES Kenya -> border decision"},
		// controls: a negated negative word, the weather judged
		{"Minister Lena Berg said the new levy was not unfair.", "!OPPOSES Berg"},
		{"The weather was terrible, Minister Lena Berg said.", "!OPPOSES Berg"},
	})
}
