package loader

import "testing"

// TestSharedPostmodifierList (nu23 B3): a list "the A, B and C of X" inside the prepositional
// complement of the object noun is one target (Quirk et al. 1985, 13.63, 13.73–13.74); near
// misses: conjuncts with postmodifiers of their own, or a two-member coordination, keep the parse.
func TestSharedPostmodifierList(t *testing.T) {
	runCases(t, []exCase{
		{"present tense list", "The Andean countries deplore the military threat against the unity, stability and economic independence of Bolivia.",
			[]string{"OPPOSES Andean countries -> military threat against the unity", "!POLICY stability", "!POLICY economic independence of Bolivia"}},
		{"past tense list", "Kenya condemned the raids on the schools, clinics and markets of the border district.",
			[]string{"OPPOSES Kenya -> raids on the schools", "!POLICY clinics", "!POLICY markets of the border district"}},
		{"near miss: conjuncts with own postmodifiers", "Peru condemned the attack on the embassy, arrests of diplomats and expulsion of journalists.",
			[]string{"OPPOSES Peru -> attack on the embassy", "!POLICY attack on the embassy, arrests of diplomats and expulsion of journalists"}},
	})
}
