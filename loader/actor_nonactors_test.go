package loader

import "testing"

// TestNonActorNames: a religion, a flight and an acronym the document writes as an instrument's
// modifier name things no actor is (actor_nonactors.go, dropNonActorNames), as subject, object or
// passive agent, in any tense. Near misses: bodies named after a religion or a flight, an airline,
// a known body written as an instrument's modifier, an acronym never so written.
func TestNonActorNames(t *testing.T) {
	runCases(t, []exCase{
		{"religions as subject, passive subject, object, coordinated",
			"Hinduism was declared the state religion by Nepal's king. Buddhism teaches restraint, the monk said. " +
				"The minister said Judaism would be protected. Sikhism forbids such acts. The president insisted that Islam and Christianity must coexist.",
			[]string{"!actor Hinduism", "!actor Buddhism", "!actor Judaism", "!actor Sikhism", "!actor Islam", "!actor Christianity", "COUNTRY Nepal"}},
		{"flights of several carriers, past, future, modal, passive",
			"Malaysia Airlines Flight 17 was shot down over Ukraine, the Netherlands said. Air India Flight 171 crashed after take-off on Thursday. " +
				"Qantas Flight 32 would have landed in Singapore, officials said. Ethiopian Airlines Flight 302 is being investigated by France.",
			[]string{"!actor Malaysia Airlines Flight", "!actor Air India Flight", "!actor Qantas Flight", "!actor Ethiopian Airlines Flight", "COUNTRY Netherlands"}},
		{"an acronym written once as an instrument's modifier, elsewhere bare",
			"Canada said the USMCA agreement must be kept. Mexico said on Monday that the USMCA was signed in 2018. " +
				"Washington would never leave the USMCA, he said. Australia will buy submarines under the AUKUS pact. AUKUS was announced in 2021.",
			[]string{"!actor USMCA", "!actor AUKUS", "COUNTRY Canada", "COUNTRY Mexico", "COUNTRY Australia"}},
		{"near misses: bodies named for a religion or a flight, an airline, a known body, a bare acronym",
			"The Muslim Council of Britain condemned the attack. The Flight Safety Foundation warned airlines. Malaysia Airlines said it would compensate the families. " +
				"ECOWAS said the ECOWAS protocol bars coups. The KDPA said it rejected the plan.",
			[]string{"actor Muslim Council of Britain", "actor Flight Safety Foundation", "actor Malaysia Airlines", "actor ECOWAS", "actor KDPA"}},
	})
}
