package loader

import "testing"

// TestNameBoundaries23 checks the name boundaries of session 23's node class ND3 on sentences
// written for it: an honorific ends a body's name (actors' titleBeforeName with honorific), a
// capitalized "Of" joins one (capConnector), "<Heads> of (State and) Government of the X" names X,
// not a government (headsOfGovernment), "and <ACRONYM> <Capitalized>" joins two names
// (acronymOpensName); with near misses that keep their names whole.
func TestNameBoundaries23(t *testing.T) {
	runDocCases(t, []exCase{
		{"honorific after body", "Spokeswoman for the Ministry of Energy Ms. Nadia Rahimova told reporters in Baku that gas exports would rise.",
			[]string{"PERSON Nadia Rahimova", "!actor Ministry of Energy Ms. Nadia Rahimova"}},
		{"honorific Dr after body", "Director of the Institute of Archaeology Dr. Pavel Horak said the collection would move in May.",
			[]string{"PERSON Pavel Horak", "!actor Institute of Archaeology Dr. Pavel Horak"}},
		{"capital Of", "The Government Of Botswana announced new rules for diamond exports on Tuesday.",
			[]string{"!actor Government Of"}},
		// near misses: the names stay whole
		{"capital Of in ministry", "The Ministry Of Public Works said the bridge would reopen in June.",
			[]string{"actor Ministry Of Public Works", "!actor Ministry Of"}},
		{"acronym opens a name", "Press briefing, Hall C, Ministry of Transport and MOTR Live Channel, 4 June.",
			[]string{"!actor Ministry of Transport and MOTR Live Channel"}},
		{"remit coordination", "The Ministry of Trade and Industry rejected the proposal on Monday.",
			[]string{"actor Ministry of Trade and Industry"}},
		{"acronym ends the remit", "The Ministry of Science and ICT of Korea announced a new chip fund.",
			[]string{"actor Ministry of Science and ICT of Korea"}},
		{"government of a country", "The Government of Botswana announced new rules for diamond exports.",
			[]string{"!actor Government of"}},
	})
}
