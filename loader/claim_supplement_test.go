package loader

import "testing"

// TestSubjectBeforeSupplement (probe20, class A): a supplementive participle clause or an
// inserted prepositional adjunct set off by commas between the subject and a verb of saying
// leaves the subject the speaker (subjectOf), and the noun after the verb is no inverted
// speaker. Sentences written for this test.
func TestSubjectBeforeSupplement(t *testing.T) {
	runCases(t, []exCase{
		{"participle", "Chile's mining ministry, citing lower copper prices, said the royalty would stay.",
			[]string{"CLAIMS Mining Ministry (Chile) -> royalty would stay"}},
		{"past participle", "Nigeria's oil ministry, angered by the strike, said Abuja would not negotiate.",
			[]string{"CLAIMS Oil Ministry (Nigeria) -> Abuja would not negotiate", "!CLAIMS Nigeria ->"}},
		{"prepositional", "Peru's trade ministry, in a brief statement, warned Lima's exporters of new fees.",
			[]string{"!CLAIMS Peru -> Peru's trade ministry"}},
	})
}

// TestIndefiniteAppositiveNoAside (probe20, class A): ", a frontline NATO state," after a name is
// an appositive noun phrase, not an attribution aside whose verb is "state": a singular
// indefinite subject takes the -s form in the present (concord), so the base form heads no
// clause (after a dateline, where the name opens the clause). Sentences written for this test;
// control: a past-tense aside.
func TestIndefiniteAppositiveNoAside(t *testing.T) {
	runCases(t, []exCase{
		{"appositive", "WARSAW (Reuters) - Poland, a frontline NATO state, on Friday closed its border with Belarus.",
			[]string{"!CLAIMS NATO"}},
		{"appositive 2", "VILNIUS (Reuters) - Lithuania, a small NATO state, on Tuesday closed two border crossings.",
			[]string{"!CLAIMS NATO"}},
		{"aside control", "The blockade, the Finnish foreign ministry said, would not be lifted.",
			[]string{"CLAIMS Foreign Ministry (Finland)"}},
	})
}
