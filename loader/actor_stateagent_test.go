package loader

import "testing"

// TestStateAgentBodies: a body whose whole name is a state agent of the Phoenix agents
// dictionary ("Council of Ministers", "Chamber of Deputies") is a generic state body whose
// country the text gives (actor_codes.go stateAgentName); near miss: a known international body
// of the dictionary named alike keeps its own record.
func TestStateAgentBodies(t *testing.T) {
	runCases(t, []exCase{
		{"council of ministers, issuer's state", "Republic of Lebanon\nPresidency of the Council of Ministers\n\nBeirut, 8 May 2030\n\nThe Council of Ministers approved the budget for the reconstruction of the port.",
			[]string{"country Council of Ministers = LBN"}},
		{"chamber of deputies, dateline state", "ROME, May 2 (Reuters) - Italy's government won a confidence vote on Tuesday.\n\nThe Chamber of Deputies approved the pension reform by 301 votes to 210, and Italy's unions called a strike.",
			[]string{"country Chamber of Deputies = ITA"}},
		{"a dictionary body named alike", "The Council of Europe criticised the new media law on Monday.",
			[]string{"!country Council of Europe = local"}},
	})
}
