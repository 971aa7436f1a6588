package loader

import "testing"

// TestOfficialQuoteWe: in news, the quoted "we" of a member of a state's executive whose role is
// at a country ("Austria's finance minister, X,") is that state, by the same rule as a ministry
// spokesperson's "we" in a transcript (firstPerson); his "I" stays his. Near miss: the "we" of a
// national who holds no office of the state's executive ("Austria's opposition leader") stays
// the person's.
func TestOfficialQuoteWe(t *testing.T) {
	runCases(t, []exCase{
		{"finance minister, no dateline", "Levy dispute\n\n" +
			"Austria's finance minister, Markus Leitner, said: \"We reject any new levy on grain exports. We back the central bank's plan.\"",
			[]string{"OPPOSES Austria -> levy on grain exports", "SUPPORTS Austria -> central bank's plan",
				"!OPPOSES Markus Leitner -> levy on grain exports"}},
		{"economy minister, a title at the country", "Levy dispute\n\n" +
			"Austria's economy minister, Lena Gruber, said: \"We reject any new levy on grain exports.\"",
			[]string{"MEMBER_OF Lena Gruber -> Austria", "OPPOSES Austria -> levy on grain exports", "!OPPOSES Lena Gruber -> levy on grain exports"}},
		{"the minister's I", "Levy dispute\n\n" +
			"Austria's finance minister, Markus Leitner, said: \"I reject any new levy on grain exports.\"",
			[]string{"OPPOSES Markus Leitner -> levy on grain exports", "!OPPOSES Austria -> levy on grain exports"}},
		{"opposition leader", "Levy dispute\n\n" +
			"Austria's opposition leader, Eva Brandt, said: \"We reject any new levy on grain exports.\"",
			[]string{"OPPOSES Eva Brandt -> levy on grain exports", "!OPPOSES Austria -> levy on grain exports"}},
	})
}

// TestBodyModifierTitle: a title premodified by an international organization and a word naming
// its domain ("EU energy spokesperson", "UN refugee chief") is held at that organization (MEMBER_OF),
// and the holder's quoted "we" is the organization. Near miss: a country before a title that is
// no office of the state ("U.S. soybean lobby chief") makes no member of the state.
func TestBodyModifierTitle(t *testing.T) {
	runCases(t, []exCase{
		{"EU domain spokesperson, quote before", "Gas quotas\n\n" +
			"\"We reject the new export quotas on gas,\" EU energy spokesperson Marta Lind told reporters. \"We stand ready to negotiate with Oslo.\"",
			[]string{"MEMBER_OF Marta Lind -> European Union", "OPPOSES European Union -> export quotas on gas",
				"!OPPOSES Marta Lind -> export quotas on gas"}},
		{"UN domain chief", "Convoys\n\n" +
			"UN refugee chief Ana Ruiz said: \"We demand safe passage for the convoys.\"",
			[]string{"MEMBER_OF Ana Ruiz -> United Nations", "DEMANDS United Nations -> safe passage"}},
		{"country and a lobby chief", "Soy exports\n\n" +
			"U.S. soybean lobby chief Dan Price said: \"We reject the new duties on soybeans.\"",
			[]string{"!MEMBER_OF Dan Price -> United States", "!OPPOSES United States -> duties on soybeans"}},
	})
}

// TestRestrictedWe: a "we" restricted by a prepositional phrase ("we in this committee", "we in
// Parliament") names that group: the body the phrase names, or the body of that head noun the
// text names. The tagger read "this committee demand" as one noun phrase, leaving no verb; the
// pronoun's verb is restored, and with no committee named anywhere the stance is the turn's
// speaker's. Near miss: "we in this committee room, however, demand" keeps "room" a noun.
func TestRestrictedWe(t *testing.T) {
	runCases(t, []exCase{
		{"this committee, named in the heading", "Senate Committee on Energy: Hearing on Pipeline Permits\n\n" +
			"SENATOR VALE: Good morning. We in this committee insist that the agency publish the full audit before any further permit.\n\n" +
			"MR. OKAFOR: Thank you, Senator.",
			[]string{"KNOWN parser: insist IN mark + that fixed, We reparandum, publish root | DEMANDS Committee on Energy -> agency publishing the full audit", "!DEMANDS Vale -> agency publishing the full audit"}},
		{"no committee named", "Pipeline permits\n\n" +
			"CHAIR VALE: Good morning. We in this committee demand that the agency publish the full audit before any further permit.\n\n" +
			"MR. OKAFOR: Thank you.",
			[]string{"DEMANDS Vale -> agency publishing the full audit"}},
		{"a noun before a comma keeps its tag", "Pipeline permits\n\n" +
			"CHAIR VALE: Good morning. We in this committee room, however, demand that the agency publish the full audit.\n\n" +
			"MR. OKAFOR: Thank you.",
			[]string{"KNOWN parser: demand VB for VBP after 'We in this committee room, however,' | DEMANDS Vale -> agency publishing the full audit"}},
		{"a named body", "Levy debate\n\n" +
			"Opposition MP Karin Holt said: \"We in Parliament reject the new levy on grain exports.\"",
			[]string{"KNOWN parser: reject NN, in case + Parliament compound of it, after 'We' | OPPOSES Parliament -> levy on grain exports", "!OPPOSES Karin Holt -> levy on grain exports"}},
	})
}
