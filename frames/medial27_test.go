package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestMedialReportingNounPhrase (medial27): a reporting clause between commas inside the clause
// it reports (Quirk et al. 1985, 15.53), parsed with the reported clause as the reporting verb's
// subjectless ccomp and the noun phrase before the first comma hung on the reporting verb
// (vocative, nsubj with the reporter as its appos, dislocated): the reported act is the noun
// phrase's. Sentences of our own; several reporting verbs, names and definite noun phrases,
// plain and modal verbs. Near misses: the speaker first with a that-less complement that has its
// own subject, a fronted adverbial before the reporting clause, and an imperative after a comma.
func TestMedialReportingNounPhrase(t *testing.T) {
	checkFrames8(t, []frames8Case{
		{"Vietnam, the spokeswoman L said, opposes any drilling in the area.", graph.Opposes, "Vietnam", true, "drilling"},
		{"Vietnam, the spokeswoman L said, opposes any drilling in the area.", graph.Opposes, "L", false, ""},
		{"Vietnam, the spokeswoman said, opposes any drilling in the area.", graph.Opposes, "Vietnam", true, "drilling"},
		{"Vietnam, the spokeswoman Le Thi Hang said, opposes any drilling in the area.", graph.Opposes, "Vietnam", true, "drilling"},
		{"Peru, the foreign minister Ana Cecilia Gervasi said, rejects the proposal.", graph.Opposes, "Peru", true, "proposal"},
		{"The government, the spokesman Carlos Ruiz said, will reject the proposal.", graph.Opposes, "government", true, "proposal"},
		{"Chile, the minister Gabriel Boric added, condemns the attack.", graph.Opposes, "Chile", true, "attack"},
		{"Ghana, its envoy Kwame Mensah told reporters, rejects the offer.", graph.Opposes, "Ghana", true, "offer"},
		// near misses
		{"Vietnam said the spokeswoman opposes any drilling in the area.", graph.Opposes, "Vietnam", false, ""},
		{"On Monday, the agency said, the ministry rejects the offer.", graph.Opposes, "Monday", false, ""},
		{"On Monday, the agency said, rejects the offer.", graph.Opposes, "Monday", false, ""},
		{"Minister, the protesters said, reject the offer.", graph.Opposes, "Minister", false, ""},
		{"Colonel, the envoy told him, reject the offer.", graph.Opposes, "Colonel", false, ""},
	})
}
