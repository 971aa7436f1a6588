package loader

import "testing"

// TestAsPutIt (issuer22, class L14): the comment clause "as X put it" attributes the clause it
// comments on to X, before it or after it. Near misses: "put it" with no comment clause ("put it
// to a vote"), and "as" in another sense before "put it into law". Invented sentences.
func TestAsPutIt(t *testing.T) {
	runCases(t, []exCase{
		{"opening", "As Chancellor Ines Berglund put it, the harbour pilots did a remarkable job.",
			[]string{"CLAIMS Ines Berglund -> the harbour pilots did a remarkable job"}},
		{"trailing", "The grain talks had stalled for good, as Trade Minister Omar Haddad put it.",
			[]string{"CLAIMS Omar Haddad -> The grain talks had stalled for good"}},
		{"near miss: put it to a vote", "Trade Minister Omar Haddad put it to a vote in the cabinet on Monday.",
			[]string{"!CLAIMS Omar Haddad"}},
		{"near miss: as a conjunction of time", "As Trade Minister Omar Haddad put it into law, the grain talks stalled.",
			[]string{"!CLAIMS Omar Haddad"}},
	})
}
