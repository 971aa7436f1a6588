package loader

import "testing"

// TestNamedInstrumentsAreNoActors checks the heads of named legal instruments and products
// (instrumentheads.txt: OntoNotes 5.0 LAW and PRODUCT, issue 14 "no junk"): a capitalized run
// ending in one, after a capital city or a person-like word, and a single word or acronym written
// as the modifier of one in lower case, name no actor; near misses where a body or party whose
// name holds such a word, or ends in another head, stays one. Invented instruments and bodies.
func TestNamedInstrumentsAreNoActors(t *testing.T) {
	runCases(t, []exCase{
		{"an accord named after a capital city",
			"The Quito Accords ended the border war between the two countries, the ministry said.",
			[]string{"!actor Quito Accords"}},
		{"a memorandum named after a capital city",
			"Ministers said the Tallinn Memorandum had been broken by the rebels.",
			[]string{"!actor Tallinn Memorandum"}},
		{"a document named after a capital city",
			"The Riga Document requires notice of naval exercises, the ministry said.",
			[]string{"!actor Riga Document"}},
		{"a protocol with a person-like name",
			"The Harwick Protocol collapsed after two weeks of fighting, diplomats said.",
			[]string{"!actor Harwick Protocol"}},
		{"treaties after a person-like name",
			"The Marlow Conventions protect prisoners of war, the committee said.",
			[]string{"!actor Marlow Conventions"}},
		{"an acronym modifying a weapon noun",
			"The KORVAN rocket launcher changed the course of the war, officials said.",
			[]string{"!actor KORVAN"}},
		{"a maker's name before its product stays an actor where it acts",
			"Zelvo drones struck the depot on Monday. Zelvo said it had not sold drones to the army.",
			[]string{"actor Zelvo"}},
		{"a single name modifying a weapon noun",
			"A Sarovka missile struck the power station overnight, the governor said.",
			[]string{"!actor Sarovka"}},
		{"a treaty named with 'of' after its head",
			"The Treaty of Varrow Bay bans fishing near the reef, the ministry said.",
			[]string{"!actor Treaty of Varrow Bay", "!actor Treaty"}},
		{"a body named after the accord it serves stays an actor",
			"The Secretariat of the Quito Accords criticized the new dam.",
			[]string{"actor Secretariat of the Quito Accords"}},
		{"a capital city opening a company's name stays in the organization",
			"The Tallinn Shipping Company criticized the port fees.",
			[]string{"actor Tallinn Shipping Company"}},
		{"a party named with an instrument word stays an actor",
			"The Accord Party demanded new elections on Monday.",
			[]string{"actor Accord Party"}},
		{"a company named with a weapon word stays an actor",
			"The Varrow Missile Corporation sued the defence ministry.",
			[]string{"actor Varrow Missile Corporation"}},
		{"an acronym before a verb stays an actor",
			"The KORVAN criticized the new tariffs on Monday.",
			[]string{"actor KORVAN"}},
	})
}
