package loader

import "testing"

// A sentence-initial "they" after a sentence whose subject coordinates two actors or more takes
// every conjunct (coref_coordinated.go), not a plural noun inside a prepositional phrase; a
// single subject, a coordination that is no subject, a "they" inside a quotation or later in its
// sentence keep the ordinary reading.
func TestCoordinatedAntecedent(t *testing.T) {
	runCases(t, []exCase{
		{"they after A and B: both act",
			"Germany and France presented a joint plan on Monday after talks with officials from Poland and the Baltic states.\n\nThey called on Russia to withdraw its forces from the Zaporizhzhia nuclear plant.",
			[]string{"DEMANDS Germany -> Zaporizhzhia", "DEMANDS France -> Zaporizhzhia", "!DEMANDS Poland -> Zaporizhzhia"}},
		{"they after A, B and C: all three act",
			"Brazil, Argentina and Uruguay signed a declaration at the summit of the Mercosur members in Asuncion on Friday.\n\nThey urged the European Union to ratify the trade agreement this year.",
			[]string{"DEMANDS Brazil -> ratifying the trade agreement", "DEMANDS Argentina -> ratifying the trade agreement", "DEMANDS Uruguay -> ratifying the trade agreement"}},
		{"a single subject: no conjunct copies",
			"Japan met representatives of South Korea and the Philippines in Jakarta on Tuesday.\n\nThey demanded that China stop its construction of artificial islands.",
			[]string{"!DEMANDS South Korea -> artificial islands", "!DEMANDS Philippines -> artificial islands"}},
		{"a coordination that is an object: no conjunct copies",
			"Indonesia hosted Japan and South Korea in Jakarta on Tuesday.\n\nThey demanded that China stop its construction of artificial islands.",
			[]string{"!DEMANDS South Korea -> artificial islands"}},
	})
}
