package loader

import (
	"testing"
)

// TestWholeDocWire21b loads the wire21b whole documents (loader/testdata/wholedoc21/wire21b: five
// wire stories with a "CITY, Month D (Agency) -" dateline, written for these rules) and checks the
// verdicts of their gold file on the full text, as a load extracts it. Lines marked "open" are
// logged.
func TestWholeDocWire21b(t *testing.T) { wholeDocOpenGold(t, "wire21b") }

// TestWireLeadBodies: a generic body or a bare state office of a wire story whose lead's actor
// is its dateline state takes that state (codes_wirelead.go); near misses: a lead opened by
// another state, a lead naming another state's body, the same body named for another state.
func TestWireLeadBodies(t *testing.T) {
	runCases(t, []exCase{
		{"lead state, bare ministry", "CAIRO, May 3 (Reuters) - Egypt recalled its ambassador from Tel Aviv on Sunday, the Foreign Ministry said.\n\nThe ministry said the envoy would return after consultations with Israel.",
			[]string{"country Foreign Ministry = EGY"}},
		{"lead state, bare title", "NAIROBI, Oct 11 (AP) - Kenya closed its border with Somalia on Monday, Interior Minister Joseph Kamau said.\n\nKamau said Somalia had been told of the decision.",
			[]string{"country Joseph Kamau = KEN", "country Interior Ministry = KEN"}},
		{"lead opened by another state", "CAIRO, May 3 (Reuters) - Israel recalled its ambassador from Egypt on Sunday, the Foreign Ministry said.\n\nThe ministry said the envoy would return after consultations with Egypt.",
			[]string{"!country Foreign Ministry = EGY"}},
		{"lead names another state's body", "CAIRO, May 3 (Reuters) - Egypt rejected a protest by Israel's Foreign Ministry on Sunday.\n\nThe Foreign Ministry said the protest was groundless and Israel would respond.",
			[]string{"!country Foreign Ministry = EGY"}},
		{"same body of another state", "NEW DELHI, Nov 9 (UPI) - India accused Pakistan of shelling villages on Wednesday.\n\nPakistan's Defence Ministry denied it.\n\nThe Defence Ministry said its troops had not fired.",
			[]string{"!country Defence Ministry = IND"}},
	})
}

// TestOneSource: "a senior customs official said" is an unnamed source local to the article, of
// the story's country when the phrase names none (actor_onesource.go); near misses: a plural
// group of no country takes none, a diplomat takes no dateline country, a demonym's country
// outranks the dateline's.
func TestOneSource(t *testing.T) {
	runCases(t, []exCase{
		{"singular source, dateline country", "QUITO, Jan 8 (Reuters) - Ecuador closed two border crossings on Friday.\n\nThe closures would last a week, a senior customs official said.",
			[]string{"CLAIMS customs officials -> closures", "country customs officials = ECU", "country customs officials = local"}},
		{"plural group unchanged", "QUITO, Jan 8 (Reuters) - Ecuador closed two border crossings on Friday.\n\nThe closures would last a week, senior customs officials said.",
			[]string{"CLAIMS customs officials -> closures", "!country customs officials = ECU"}},
		{"a diplomat is no dateline national", "QUITO, Jan 8 (Reuters) - Ecuador closed two border crossings on Friday.\n\nThe closures would last a week, a senior career diplomat said.",
			[]string{"!country career diplomats = ECU", "country career diplomats = local"}},
		{"a demonym outranks the dateline", "QUITO, Jan 8 (Reuters) - Ecuador closed two border crossings on Friday.\n\nThe closures would hurt trade, a senior Peruvian trade official said.",
			[]string{"country Peruvian trade officials = PER"}},
	})
}

// TestEnvoyOfficeLocal: "the U.S. envoy", "the German ambassador" (a state office named by an
// envoy noun with no holder's name) is this article's, local (actor_offices.go); near miss: "the
// Kenyan foreign minister" is one office of its state, shared.
func TestEnvoyOfficeLocal(t *testing.T) {
	runCases(t, []exCase{
		{"envoy office local", "The talks resumed in Doha on Monday. The Japanese envoy said the ceasefire would hold.",
			[]string{"country Japanese envoy = local", "CLAIMS Japanese envoy -> ceasefire"}},
		{"ambassador office local", "The ministry summoned the Turkish ambassador on Monday. The Turkish ambassador said the border would stay open.",
			[]string{"country Turkish ambassador = local"}},
		{"a minister's office is shared", "The talks resumed in Doha on Monday. The Kenyan foreign minister said the ceasefire would hold.",
			[]string{"country Kenyan foreign minister = KEN", "!country Kenyan foreign minister = local"}},
	})
}

// TestTrailingOfficials: ", officials said." closing a sentence of a datelined story is a CLAIMS
// by the story country's officials, local (actor_onesource.go trailingSource); near misses: no
// dateline, and "officials said" opening the sentence.
func TestTrailingOfficials(t *testing.T) {
	runCases(t, []exCase{
		{"trailing officials in a wire story", "ACCRA, July 2 (AP) - Ghana closed its land borders on Tuesday.\n\nThe closure would last two weeks, officials said.",
			[]string{"CLAIMS officials -> two weeks", "country officials = GHA", "country officials = local"}},
		{"no dateline", "Ghana closed its land borders on Tuesday.\n\nThe closure would last two weeks, officials said.",
			[]string{"!actor officials"}},
		{"officials opening the sentence", "ACCRA, July 2 (AP) - Ghana closed its land borders on Tuesday.\n\nOfficials said the closure would last two weeks.",
			// the same anonymous source in canonical order (fixes21: openingSource)
			[]string{"CLAIMS officials -> two weeks", "country officials = GHA"}},
		{"officials opening with another verb", "ACCRA, July 2 (AP) - Ghana closed its land borders on Tuesday.\n\nOfficials met traders at the Aflao crossing.",
			[]string{"!actor officials"}},
	})
}
