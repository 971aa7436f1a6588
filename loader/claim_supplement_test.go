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
