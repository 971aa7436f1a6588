package loader

import "testing"

// TestAttributedAgentless21 (branch trail21): an agentless passive act announced for the future
// or under a condition, attributed by a final reporting clause, is the attributor's (frames
// attributor.go; Quirk et al. 1985, 3.64, 15.53), whole wire sentences with their datelines.
// Controls: a past event reported, and a passive with its agent named.
func TestAttributedAgentless21(t *testing.T) {
	for _, c := range []struct {
		text string
		exp  []string
	}{
		{"LIMA, April 7 (Reuters) - Import duties on Chilean copper will be lifted next month, the Peruvian trade minister said.", []string{"OFFERS Peruvian trade minister -> copper"}},
		{"HAVANA, Jan 2 (AP) - The embargo on Cuban sugar will be eased in January, the Spanish foreign minister said.", []string{"OFFERS Spanish foreign minister -> sugar"}},
		{"LIMA, April 7 (Reuters) - Import duties on Chilean copper were lifted last month, the Peruvian trade minister said.", []string{"!OFFERS Peruvian trade minister -> copper"}},
		{"LIMA, April 7 (Reuters) - Import duties on Chilean copper will be lifted by the Peruvian Congress next month, the trade minister said.", []string{"!OFFERS trade minister -> copper"}},
	} {
		checkExpect(t, extractText(t, c.text), c.exp)
	}
}
