package loader

import "testing"

// The plural pronoun subject of the complement of a speech verb whose subject coordinates actors
// takes every conjunct (coref_coordinated.go): "A and B said they would …", "A, B and C told
// reporters that they …"; a single subject ("Kenya said they …") or a complement with a noun
// subject ("A and B said the rebels would …") keeps the ordinary reading.
func TestSaidTheyCoordinated(t *testing.T) {
	runCases(t, []exCase{
		{"A and B said they would close",
			"Kenya and Uganda said they would close the border with South Sudan on Monday.",
			[]string{"THREATENS Kenya -> border", "THREATENS Uganda -> border"}},
		{"A, B and C announced that they",
			"Brazil, Argentina and Uruguay announced that they would close the border with Venezuela next week.",
			[]string{"THREATENS Brazil -> border", "THREATENS Argentina -> border", "THREATENS Uruguay -> border"}},
		{"a whole short article",
			"NAIROBI, March 3 (Reuters) - Kenya and Tanzania said on Tuesday they would close the border with Somalia after attacks by al Shabaab fighters.\n\nThe two countries share a long frontier with the Horn of Africa nation, where the militants control large rural areas.\n\nOfficials in Mogadishu did not respond to requests for comment.",
			[]string{"THREATENS Kenya -> border", "THREATENS Tanzania -> border"}},
		{"near miss: one subject",
			"Kenya said they would close the border with South Sudan on Monday.",
			[]string{"!THREATENS Uganda -> border"}},
		{"near miss: a noun subject in the complement",
			"Kenya and Uganda said the rebels would close the border with South Sudan on Monday.",
			[]string{"!THREATENS Uganda -> border", "!THREATENS Kenya -> border"}},
	})
}
