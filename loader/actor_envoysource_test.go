package loader

import "testing"

// TestEnvoyTrailingSource: a wire story's trailing or opening anonymous source takes the
// dateline's country (actors/onesource.go trailingSource), except diplomats and envoys
// (envoyNouns, Vienna Convention 1961 arts. 1 and 3), who are agents of their sending states:
// such a group stays an actor, with no country.
func TestEnvoyTrailingSource(t *testing.T) {
	runCases(t, []exCase{
		{"trailing diplomats under a Brussels dateline", "BRUSSELS, May 3 (Reuters) - Belgium hosted the talks on Monday. Slovakia did not block the aid package, diplomats said.",
			[]string{"GROUP diplomats", "!country diplomats = BEL", "CLAIMS diplomats -> Slovakia did not block"}},
		{"opening envoys under a Lima dateline", "LIMA, May 3 (AP) - Peru reopened its border on Monday.\nEnvoys said Ecuador rejected the tariff plan.",
			[]string{"!country envoys = PER"}},
		{"trailing officials keep the dateline's country", "BRUSSELS, May 3 (Reuters) - Belgium hosted the talks on Monday. Belgium rejected the aid package, officials said.",
			[]string{"country officials = BEL"}},
	})
}
