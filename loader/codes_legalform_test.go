package loader

import "testing"

// TestCompanyLegalForm: a company named with its legal form ("Exxon Mobil Corp") is the dictionary's
// company of the name before the form (Phoenix EXXON_MOBIL_ [MNCUSA]), with its country; a name
// whose part before the form is no dictionary company keeps none. Sentences written for this test.
func TestCompanyLegalForm(t *testing.T) {
	runCases(t, []exCase{
		{"legal form after a dictionary company", "Exxon Mobil Corp said on Monday it would sell its stake in the refinery.",
			[]string{"country Exxon Mobil Corp = USA"}},
		{"near miss: no dictionary company before the form", "Kestrel Lagoon Corp said on Monday it would sell its stake in the refinery.",
			[]string{"actor Kestrel Lagoon Corp", "!country Kestrel Lagoon Corp = USA"}},
	})
}
