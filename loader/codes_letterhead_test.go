package loader

import "testing"

// TestLetterheadBodies: a letterhead of two lines, the state's formal name and the issuing
// office's, gives the office its state (speaker_titleoffice.go formalStateLine,
// codes_letterhead.go); near misses: a short country name alone on the line (a section label),
// the office named in the text only.
func TestLetterheadBodies(t *testing.T) {
	runCases(t, []exCase{
		{"formal state name over the office", "Kingdom of Lesotho\nMinistry of Water and Sanitation Services\n\nMaseru, 2 May 2031\n\nThe Ministry rejects the report on the dam project published by a South African newspaper.",
			[]string{"country Ministry of Water and Sanitation Services = LSO"}},
		{"office over the formal state name", "Office of Disaster Risk Management and Relief\nRepublic of Malawi\n\nLilongwe, 9 January 2030\n\nThe Office welcomes the pledge of emergency aid from Zambia and Tanzania.",
			[]string{"country Office of Disaster Risk Management and Relief = MWI"}},
		{"short name alone", "Lesotho\nMinistry of Water and Sanitation Services\n\nThe Ministry rejects the report on the dam project published by a South African newspaper.",
			[]string{"!country Ministry of Water and Sanitation Services = LSO"}},
		{"office named in the text only", "Kingdom of Lesotho\n\nMaseru, 2 May 2031\n\nThe Ministry of Water and Sanitation Services of South Africa rejected the report on the dam project.",
			[]string{"!actor Ministry of Water and Sanitation Services (Lesotho)"}},
	})
}
