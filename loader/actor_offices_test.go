package loader

import "testing"

// Offices named without their holder (actor_offices.go), on sentences written for this test.
func TestOfficeHolders(t *testing.T) {
	runCases(t, []exCase{
		{"the demonym and a title with an implied body: the office, part of that body", "The Malawian finance minister criticized the new levy.",
			[]string{"GOVERNMENT Malawian finance minister", "country Malawian finance minister = MWI",
				"OPPOSES Malawian finance minister -> levy", "PART_OF Malawian finance minister -> Finance Ministry (Malawi)",
				"!actor Malawian finance ministers"}},
		{"a title that is no group head: the office, part of its country", "The Chilean president warned Bolivia.",
			[]string{"GOVERNMENT Chilean president", "PART_OF Chilean president -> Chile", "THREATENS Chilean president -> Bolivia"}},
		{"he/she may refer back to the office", "The Japanese ambassador rejected the accusation. He said the report was false.",
			[]string{"CLAIMS Japanese ambassador -> the report was false"}},
		{"a holder named before: the description is that person", "Defence Minister Tomas Varga met the envoy. The Hungarian defence minister later condemned the strike.",
			[]string{"OPPOSES Tomas Varga -> strike", "!actor Hungarian defence minister"}},
		{"a former holder speaks for no state", "The former Chilean president criticized the reform.",
			[]string{"!actor Chilean president", "!actor former Chilean president"}},
		{"an indefinite holder stays a description", "A Peruvian judge criticized the ruling.",
			[]string{"GROUP Peruvian judge", "!actor Peruvian president"}},
		{"a name after the title is the name rules'", "The Chilean president Gabriel Ortiz rejected the plan.",
			[]string{"!actor Chilean president", "OPPOSES Gabriel Ortiz -> plan"}},
	})
}
