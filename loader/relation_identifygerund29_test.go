package loader

import "testing"

// TestIdentifyingGerund (issue 13, frames29b): "amount to" with an -ing clause (the object of
// its preposition, Quirk et al. 1985, 16.5) identifies its subject with the act the clause names,
// so an evaluative gerund ("stealing", AFINN-165 -2) judges the subject as "amounted to theft"
// would; a gerund that judges nothing, or a gerund outside an identifying clause, makes no stance.
func TestIdentifyingGerund(t *testing.T) {
	runCases(t, []exCase{
		{"amounted to stealing", "Ghana's trade minister said the new levy amounted to stealing from small traders.",
			[]string{"OPPOSES Ghana -> new levy"}},
		{"near miss: neutral gerund", "Ghana's trade minister said the new levy amounted to raising prices for small traders.",
			[]string{"!OPPOSES Ghana -> new levy"}},
		{"near miss: no identifying verb", "Ghana's trade minister said smugglers were stealing the new levy stamps.",
			[]string{"!OPPOSES Ghana -> smugglers"}},
	})
}
