package loader

import "testing"

// TestProgressiveReport (issuer22, class L11): a verb of saying in the progressive with a
// that-clause reports the clause as the simple form does; "is saying nothing" and "is calling
// for" report no clause. Invented sentences.
func TestProgressiveReport(t *testing.T) {
	runCases(t, []exCase{
		{"progressive with that", "Finance Minister Ana Ruiz is stating very plainly that the deficit will shrink next year.",
			[]string{"CLAIMS Ana Ruiz -> the deficit will shrink next year"}},
		{"near miss: no clause", "Finance Minister Ana Ruiz is saying nothing about the deficit.",
			[]string{"!CLAIMS Ana Ruiz"}},
	})
}
