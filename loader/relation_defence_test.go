package loader

import "testing"

// TestConditionalDefence (issue 13, nu15 B9/C2): a defence announced on the condition of
// another's hostile act is a coercive warning (PLOVER THREATEN; frames warning_voiced.go
// conditionalDefence, modality.txt defence after CAMEO.2.0.txt DEFEND [074]), aimed at the agent
// the condition names (its subject, or a passive's by-agent), else the defence itself is what is
// threatened — never the hostile act's word ("trade war" is feared, not addressed; issue 13,
// cond18). A condition with no hostile act, or no condition, is no threat.
func TestConditionalDefence(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Brazil will defend its farmers if Argentina raises tariffs on soybeans.", "THREATENS Brazil -> Argentina"},
		{"If a trade war is waged against Korea, Seoul will firmly safeguard its legitimate rights.", "THREATENS South Korea -> safeguarding its legitimate rights"},
	})
	mustNotFire(t, []struct{ text, not string }{
		{"Brazil will protect its wetlands if the rains fail.", "found: THREATENS"},
		{"Brazil would defend the agreement if the court upheld it.", "found: THREATENS"},
		{"Chile will safeguard the rights of its fishermen.", "found: THREATENS"},
		{"If a trade war is waged against Korea, Seoul will firmly safeguard its legitimate rights.", "found: THREATENS South Korea -> trade war"},
	})
}
