package loader

import "testing"

// TestPurposeInfinitiveInAct (corpus27): a purpose to-infinitive that follows the verb of the act
// demanded without a comma is part of that act ("further steps must be taken to persuade Peru
// …" demands the steps taken to persuade Peru, not any steps; Quirk et al. 1985, 15.48 on
// purpose clauses, 8.87 ff. on integrated adjuncts). The news pair hangs it as advcl (UD), the old
// pair as xcomp; both give the whole act. One set off by a comma is a disjunct-like comment on the
// act and stays out ("…, to calm the region").
func TestPurposeInfinitiveInAct(t *testing.T) {
	runCases(t, []exCase{
		{"purpose-integrated", "Chile's president said further steps must be taken to persuade Peru to lift its export ban.",
			[]string{"DEMANDS Chile -> taking further steps to persuade Peru to lift its export ban"}},
		{"purpose-comma", "Chile's president said Peru must release the fishermen, to calm the region.",
			[]string{"DEMANDS Chile -> Peru releasing the fishermen", "!DEMANDS Chile -> Peru releasing the fishermen, to calm the region"}},
	})
}
