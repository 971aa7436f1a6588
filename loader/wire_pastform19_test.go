package loader

import "testing"

// TestPastOnlyBeforeFiniteless (issue 13, auditT19): a past-only form of a strong verb ("froze",
// "drew"; Quirk et al. 1985, 3.16) tagged a noun after the subject is the finite verb before
// syntax/retag looks for one, so the -s noun after it ("assets") stays a noun. Near miss: with
// no past-only form the -s rule still finds the verb ("The ministry condemns …").
func TestPastOnlyBeforeFiniteless(t *testing.T) {
	runCases(t, []exCase{
		{"froze X assets", "Probe\n\nGENEVA (Reuters) - Kenya froze Libyan assets.",
			[]string{"SANCTIONS Kenya -> Libyan assets"}},
		{"coordinated subjects", "Probe\n\nGENEVA (Reuters) - France and Germany froze Libyan assets.",
			[]string{"SANCTIONS France -> Libyan assets", "SANCTIONS Germany -> Libyan assets"}},
		// near miss: the -s verb of a sentence without a past-only form
		{"condemns", "Probe\n\nGENEVA (Reuters) - The ministry strongly condemns Ghana's decision.",
			[]string{"OPPOSES ministry -> decision"}},
	})
}
