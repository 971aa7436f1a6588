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
