package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestMeetingPairIntroductions (readout20b, P1): the pair of a report is also introduced by a
// call or a visit in other verbs — a with-phrase after a time phrase ("held a telephone
// conversation on Monday with Y"), a host and guest ("X received Y", CAMEO RECEIVE * LEADER 043;
// "X hosted a dinner for Y", CAMEO 043), the passive ("Y was received by X") — in past, future
// and progressive forms. Near misses: "received a letter from Y", "hosted a dinner for
// journalists", "held talks on Monday with representatives of A and B". Invented wordings.
func TestMeetingPairIntroductions(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"call, time phrase first", "", "Ghana and Austria discuss security\n\nPrime Minister Kofi Mensah of Ghana held a telephone conversation on Monday with Chancellor Greta Lund of Austria. Both sides condemned the attack on the border post.",
			[]string{"Kofi Mensah", "Greta Lund"}, graph.Opposes, "border post"},
		{"received", "", "Peruvian leader in Santiago\n\nPresident Ana Soto of Chile received President Luis Vargas of Peru at La Moneda on Friday. The two leaders welcomed the new shipping agreement.",
			[]string{"Ana Soto", "Luis Vargas"}, graph.Supports, "shipping agreement"},
		{"will receive", "", "Visit to Hanoi\n\nVietnam's prime minister Mai Linh will receive Mexican President Arturo Beltran in Hanoi next week. The two leaders are expected to welcome the new shipping agreement.",
			[]string{"Mai Linh", "Arturo Beltran"}, graph.Supports, "shipping agreement"},
		{"passive", "", "Estonian minister in Copenhagen\n\nForeign Minister Kaarel Tamm of Estonia was received by Foreign Minister Ingrid Sand of Denmark in Copenhagen. They condemned the sabotage of the undersea cable.",
			[]string{"Kaarel Tamm", "Ingrid Sand"}, graph.Opposes, "sabotage"},
		{"hosted a dinner for", "", "State visit to Oslo\n\nPrime Minister Erik Dahl of Norway is hosting an official dinner for President Sanna Virtanen of Finland in Oslo. The two leaders welcomed the new shipping agreement.",
			[]string{"Erik Dahl", "Sanna Virtanen"}, graph.Supports, "shipping agreement"},
		{"received a letter", "", "Letter from Lima\n\nPresident Ana Soto of Chile received a letter from President Luis Vargas of Peru on Friday. The two leaders welcomed the new shipping agreement.",
			nil, graph.Supports, "shipping agreement"},
		{"dinner for journalists", "", "Dinner in Oslo\n\nPrime Minister Erik Dahl of Norway hosted a dinner for journalists in Oslo on Friday. The two sides welcomed the new shipping agreement.",
			nil, graph.Supports, "shipping agreement"},
		{"talks with several", "", "Talks in Accra\n\nPrime Minister Kofi Mensah of Ghana held talks on Monday with representatives of Togo and Benin. Both sides condemned the attack on the border post.",
			nil, graph.Opposes, "border post"},
	}, false)
}
