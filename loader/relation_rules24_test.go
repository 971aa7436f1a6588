package loader

import "testing"

// TestKnownStanceRulePrecedence (rules24): a frames rule followed by a precedence rule's suffix
// (frames.PrecedenceRules), alone or before a turn's unit, is a known stance rule; an unknown
// suffix is not.
func TestKnownStanceRulePrecedence(t *testing.T) {
	x := testExtractor(t)
	for rule, want := range map[string]bool{
		"frames:verb:cameo@7348":                            true,
		"frames:verb:cameo@7348+comment-yield":              true,
		"frames:verb:cameo@7348+coercive":                   true,
		"frames:verb:cameo@7348+comment-yield+turn:answer":  true,
		"frames:noun-support:cameo@7348+command-measure":    true,
		"frames:noun-support:cameo@7348+pledged-stance":     true,
		"frames:verb:cameo@7348+comment-yielded":            false,
		"frames:verb:cameo@7348+precedence":                 false,
		"frames:verb:cameo@7348+comment-yield+turn:nothing": false,
	} {
		if got := x.knownStanceRule(rule); got != want {
			t.Errorf("knownStanceRule(%q) = %v, want %v", rule, got, want)
		}
	}
}
