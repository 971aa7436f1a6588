package loader

import "testing"

// TestCitedAsSaying (issuer22, class L26): "<outlet> cited X as saying (that) CLAUSE" and "X was
// cited (by <outlet>) as saying …" are X's claims, as with "quoted" (quotedAsSpeaker: the object
// complement of a complex-transitive verb). Near miss: "cited X as a reason" says nothing.
// Invented sentences.
func TestCitedAsSaying(t *testing.T) {
	runCases(t, []exCase{
		{"active", "The Evening Post cited Foreign Minister Lena Vik as saying that the summit would be postponed.",
			[]string{"CLAIMS Lena Vik -> the summit would be postponed"}},
		{"passive", "Foreign Minister Lena Vik was cited by the Evening Post as saying that the summit would be postponed.",
			[]string{"CLAIMS Lena Vik -> the summit would be postponed"}},
		{"an unnamed group", "The Harbour Gazette cited Danish officials as saying that Copenhagen wants a new quota deal.",
			[]string{"CLAIMS Danish officials -> Copenhagen wants a new quota deal"}},
		{"near miss: cited as a reason", "Foreign Minister Lena Vik cited the budget as a reason for the delay.",
			[]string{"!CLAIMS Lena Vik"}},
	})
}
