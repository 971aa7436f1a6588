package loader

import "testing"

// TestOfficialsSpeakForTheirState (issue 13, lifted20): an unnamed group of a state's officials,
// spokesmen or negotiators (officeheads.txt) that says its state would act announces the state's
// own act, as a group of its diplomats does (speaksFor). Traps: analysts of the same state,
// officials speaking of another state, a sector's officials.
func TestOfficialsSpeakForTheirState(t *testing.T) {
	runCases(t, []exCase{
		{"officials", "Malian officials said Bamako would retaliate if Niger closed the border.",
			[]string{"THREATENS Mali -> Niger"}},
		{"a senior official, singular", "A senior Ghanaian official said Ghana would accept the mediation of Nigeria.",
			[]string{"OFFERS Ghana -> mediation"}},
		{"negotiators", "Bolivian negotiators said Bolivia would reject the Chilean offer.",
			[]string{"OPPOSES Bolivia -> Chilean offer"}},
		{"analysts predict, they do not announce", "Malian analysts said Mali would retaliate if Niger closed the border.",
			[]string{"!THREATENS Mali", "!THREATENS Malian analysts"}},
		{"officials of one state on another", "Malian officials said Niger would retaliate against the rebels.",
			[]string{"!THREATENS Niger", "!THREATENS Mali"}},
		{"a sector's officials", "Malian mining officials said Mali would reject the Canadian offer.",
			[]string{"!OPPOSES Mali"}},
	})
}

// TestSpeakersOwnForces (issue 13, lifted20): "his troops", "its army", "our forces" — a
// possessive pronoun on a head Phoenix codes in the military sector — in the complement of a
// state's speaker are its state's forces, so their announced act is the state's
// (possessedForces). Traps: troops named by another state, "the troops", a speaker of no state.
func TestSpeakersOwnForces(t *testing.T) {
	runCases(t, []exCase{
		{"a president's troops", "Malian President Amadou Toure said his troops would withdraw from Niger once the talks began.",
			[]string{"OFFERS Mali -> Niger", "!OFFERS troops"}},
		{"a government's army", "The Chadian government said its army would attack the rebel camps in Sudan.",
			[]string{"THREATENS Chad -> rebel camps"}},
		{"another state's troops", "The Chadian government said Sudanese troops would attack the rebel camps.",
			[]string{"!THREATENS Chad", "!THREATENS Sudan"}},
		{"the troops: no possessor", "Malian President Amadou Toure said the troops would withdraw from Niger.",
			[]string{"!OFFERS Mali"}},
		{"officials speak of their country", "Malian officials said the country would reject the Algerian proposal.",
			[]string{"OPPOSES Mali -> Algerian proposal"}},
	})
}

// TestWouldBeWillingToMeet (issue 13, lifted20): a meeting or negotiation under a word of
// willingness is an offer (PLOVER AGREE "indicate willingness") in the conditional too: "said it
// would be ready to discuss" is the reported "will be ready" backshifted (Quirk et al. 1985,
// 14.31); and the party of "discuss the issue with X" may hang inside the object (the pattern
// CONFER * (WITH) [046] matched it there). Traps: a bare conditional with no word of
// willingness and no party, another's willingness predicted, a with-phrase naming no actor.
func TestWouldBeWillingToMeet(t *testing.T) {
	runCases(t, []exCase{
		{"would be ready to discuss", "Peru said it would be ready to discuss a new fisheries regime.",
			[]string{"KNOWN parser: referential it expl and discuss csubj of ready (UD: nsubj, xcomp) | OFFERS Peru -> new fisheries regime"}},
		{"the party inside the object", "Peru is willing to discuss the border issue with Ecuador.",
			[]string{"OFFERS Peru -> Ecuador"}},
		{"both", "Peru said it would be willing to discuss the border issue with Ecuador.",
			[]string{"OFFERS Peru -> Ecuador"}},
		{"a bare conditional", "Peru would discuss the budget on Monday.",
			[]string{"!OFFERS Peru"}},
		{"another's willingness predicted", "Peru said Ecuador would be ready to discuss a new fisheries regime.",
			[]string{"!OFFERS Peru", "!OFFERS Ecuador"}},
		{"no actor in the with-phrase", "Peru will discuss the border issue with great care.",
			[]string{"!OFFERS Peru"}},
	})
}

// TestNationSaidByItsOfficials (issue 13, lifted20): "the Palestinians", "the Israelis" — the
// plural of a country's demonym alone — said by a speaker for that state (its officials, its
// delegation) are the speaker's own side (nationGroup). Traps: another state's officials, a
// nation's farmers, who speak for no state.
func TestNationSaidByItsOfficials(t *testing.T) {
	runCases(t, []exCase{
		{"officials", "Israeli officials said the Israelis would accept the Jordanian plan.",
			[]string{"OFFERS Israelis -> Jordanian plan"}},
		{"a delegation", "The head of the Palestinian delegation said the Palestinians would reject the Israeli map.",
			[]string{"OPPOSES Palestinians -> Israeli map"}},
		{"another state's officials", "Jordanian officials said the Israelis would accept the plan.",
			[]string{"!OFFERS Israelis", "!OFFERS Jordan"}},
		{"farmers speak for no state", "Israeli farmers said the Israelis would accept the plan.",
			[]string{"!OFFERS Israelis"}},
	})
}

// TestTitledDictionaryHolderSpeaksForState (issue 13, lifted20): a speaker titled with an office
// of state and no country ("President Mubarak") whom the Phoenix dictionary codes in his state's
// government announces the state's act (dictStateHolder), before the codes phase gives him the
// country. Traps: the same speaker on another state, a title of no state office, a titled name
// the dictionary does not list.
func TestTitledDictionaryHolderSpeaksForState(t *testing.T) {
	runCases(t, []exCase{
		{"a family name", "President Mubarak said Egypt would reject the Libyan border plan.",
			[]string{"OPPOSES Egypt -> Libyan border plan"}},
		{"a full name", "Prime Minister Nawaz Sharif said Pakistan would accept the mediation of Iran.",
			[]string{"OFFERS Pakistan -> mediation"}},
		{"on another state", "President Mubarak said Libya would reject the border plan.",
			[]string{"!OPPOSES Libya", "!OPPOSES Egypt"}},
		{"no state office", "Opposition leader Raila Odinga said Kenya would reject the border plan.",
			[]string{"!OPPOSES Kenya"}},
		{"not in the dictionary", "President Amadou Bellotti said Mali would reject the border plan.",
			[]string{"!OPPOSES Mali"}},
	})
}

// TestVotedOnSundayTo (issue 13, lifted20): "voted on Sunday to freeze …, the radio reported":
// the infinitive after an intent verb and a time phrase is its complement, no purpose adjunct
// (purpose, adjacentTo); the reporting clause after it keeps the act the body's. Trap: a purpose
// infinitive after an object.
func TestVotedOnSundayTo(t *testing.T) {
	runCases(t, []exCase{
		{"voted on Sunday to", "The Peruvian congress voted on Sunday to freeze the assets of the Chilean firms, state radio reported.",
			[]string{"THREATENS Congress (Peru) -> assets of the Chilean firms"}},
		{"vowed on Tuesday to", "Bolivia vowed on Tuesday to retaliate against Chile.",
			[]string{"THREATENS Bolivia -> Chile"}},
		{"a purpose after an object", "Bolivia sent troops on Tuesday to seize the border town.",
			[]string{"!SANCTIONS Bolivia", "!THREATENS Bolivia"}},
	})
}
