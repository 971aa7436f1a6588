package loader

import "testing"

// TestKnownStanceRuleDepartmentState (claims27): a stance of a department's statement given to
// its state carries "+department-state" after the unit's rule (speakers.DepartmentState) and is a
// known stance rule; the suffix alone, without a unit rule before it, is not.
func TestKnownStanceRuleDepartmentState(t *testing.T) {
	x := testExtractor(t)
	for rule, want := range map[string]bool{
		"frames:clause-obligation:modality/deontic/must+title:speaker+department-state": true,
		"frames:clause-obligation:modality/deontic/must+department-state":               false,
		"frames:clause-obligation:modality/deontic/must+title:speaker+department":       false,
	} {
		if got := x.knownStanceRule(rule); got != want {
			t.Errorf("knownStanceRule(%q) = %v, want %v", rule, got, want)
		}
	}
}
