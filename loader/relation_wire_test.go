package loader

import "testing"

// TestWireProse: the wire-prose rules of relation_wire.go on sentences of our own wording: a
// dateline with an agency credit is cut before parsing; a medial time adjunct between subject
// and verb, a descriptive head before a name, an object predicative "as X" before a postponed
// object and a comma supplement between subject and verb are left out of the parse; a noun in -s
// is the verb of a sentence with none; a closing reporting clause is parsed apart (a verb of
// saying as parataxis); a wh-clause after the comma is no reporting clause. Branch wire2: a
// dateline with "--", hyphenated names, past tense for a VBN after the subject, adjuncts and
// inserted clauses parsed apart, the possessor of a noun of opposition.
func TestWireProse(t *testing.T) {
	runCases(t, []exCase{
		{"dateline with an agency credit", "LIMA, March 3 (Andina) -- Peru firmly opposes the new tariffs on Chilean copper.",
			[]string{"OPPOSES Peru -> new tariffs on Chilean copper", "!OPPOSES Lima"}},
		{"medial time adjunct", "Paraguay on Thursday condemned the seizure of the river barges.",
			[]string{"OPPOSES Paraguay -> seizure"}},
		{"object postponed after an object predicative", "Paraguay condemned as a grave violation Bolivia's seizure of the river barges.",
			[]string{"OPPOSES Paraguay -> Bolivia's seizure"}},
		{"a supplement between subject and verb; a finiteless sentence's -s noun before to-V is the verb", "Chile, like its neighbours, plans to impose tariffs on Bolivian steel.",
			[]string{"THREATENS Chile -> Bolivian steel"}},
		{"a day after a common-noun subject is a time adjunct, not a name", "Opposition leaders Sunday condemned the raids on the river barges.",
			[]string{"OPPOSES Opposition leaders -> raids"}},
		{"a quasi-coordinated phrase is no supplement", "Chile, as well as Peru, condemned the raids on the river barges.",
			[]string{"OPPOSES Chile -> raids", "OPPOSES Peru -> raids"}},
		{"descriptive head before a name", "Press freedom group Reporters Without Borders rejected the new broadcasting law.",
			[]string{"OPPOSES Reporters Without Borders -> broadcasting law"}},
		{"closing reporting clause with a verb of saying", "Chile will lift the ban on grain shipments to La Paz, the Bolivian foreign ministry said on Monday.",
			[]string{"OFFERS Chile -> ban on grain shipments", "CLAIMS Foreign Ministry (Bolivia) -> Chile will lift"}},
		{"a wh-clause after a comma is no reporting clause", "Ties have been strained since 2022, when Peru backed the border plan.",
			[]string{"!SUPPORTS Peru -> strained"}},
		// branch wire2 (relation_wire.go, wire_split.go, wire_dateline.go)
		{"a dateline with a typewriter dash; the -ed form after the subject is the past tense", "KAMPALA, Uganda -- Uganda's health minister called for calm.",
			[]string{"KNOWN parser: calm JJ after for (NN, obl of called) | DEMANDS Uganda -> calm", "!DEMANDS Kampala"}},
		{"a hyphenated name is one word", "Choe Son-hui condemned the joint military drills.",
			[]string{"OPPOSES Choe Son-hui -> joint military drills"}},
		{"a sentence-initial participle clause", "Speaking in Nairobi, Kenya's trade minister rejected the new tariffs on tea.",
			[]string{"OPPOSES Kenya -> new tariffs"}},
		{"a relative clause between subject and verb; a verb after it is no inverted report", "Chile, which shares a long border with Bolivia, imposed tariffs on Bolivian steel.",
			[]string{"SANCTIONS Chile -> Bolivian steel"}},
		{"a quoted predicate keeps its subject", "Paraguay \"firmly rejected\" the new river tolls.",
			[]string{"OPPOSES Paraguay -> river tolls"}},
		{"the possessor of a noun of opposition is no source", "Three of President William Ruto's rivals rejected the budget.",
			[]string{"!OPPOSES William Ruto"}},
	})
}

// TestInvertedSayer: "…, said <actor phrase>." closing a sentence is an inverted reporting
// clause (claims/inverted.go, Quirk et al. 1985, 14.30): the actor after the verb says the clause
// before the comma; the subject of that clause says nothing. Sentences of our own.
func TestInvertedSayer(t *testing.T) {
	runCases(t, []exCase{
		{"said + possessed role", "Chile will reopen the border crossing at Chacalluta, said the Bolivian foreign ministry's spokesman.",
			[]string{"CLAIMS Foreign Ministry (Bolivia) -> Chile will reopen", "!CLAIMS Chile"}},
		{"said + role of an actor", "Chile will reopen the border crossing at Chacalluta, said the spokesman of the Bolivian foreign ministry on Monday.",
			[]string{"CLAIMS Foreign Ministry (Bolivia) -> Chile will reopen", "!CLAIMS Chile"}},
		{"said + a clause is no inverted attribution", "After the talks in Lima, Peru said Chile's position was unchanged.",
			[]string{"CLAIMS Peru -> Chile's position was unchanged"}},
	})
}
