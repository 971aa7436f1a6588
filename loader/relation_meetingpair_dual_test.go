package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestMeetingPairFusedHead (readout20b, P2): the pair a report introduced is also referred to
// by a noun phrase whose head is fused with the dual numeral or determiner ("The two agreed …",
// "Both welcomed …", "Both of them …"), and "They" right after such a subject, in past, present and future forms. Near misses: the
// same words after a report of one leader, and "Both" in a quotation. Invented wordings.
func TestMeetingPairFusedHead(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"the two", "", "Chilean leader in Lima\n\nPresident Ana Soto of Chile met President Luis Vargas of Peru in Lima on Friday. The two welcomed the new shipping agreement.",
			[]string{"Ana Soto", "Luis Vargas"}, graph.Supports, "shipping agreement"},
		{"both, present", "", "Ghana and Austria\n\nPrime Minister Kofi Mensah of Ghana and Chancellor Greta Lund of Austria are holding talks in Accra. Both condemn the attack on the border post.",
			[]string{"Kofi Mensah", "Greta Lund"}, graph.Opposes, "border post"},
		{"both of them, future", "", "Talks in Copenhagen\n\nForeign Minister Ingrid Sand of Denmark met with Foreign Minister Kaarel Tamm of Estonia in Copenhagen on Monday. Both of them will condemn the sabotage of the undersea cable.",
			[]string{"Ingrid Sand", "Kaarel Tamm"}, graph.Opposes, "sabotage"},
		{"they after the two", "", "Chilean leader in Lima\n\nPresident Ana Soto of Chile met President Luis Vargas of Peru in Lima on Friday. The two then held talks at the palace. They condemned the attack on the border post.",
			[]string{"Ana Soto", "Luis Vargas"}, graph.Opposes, "border post"},
		{"one leader", "", "Kenya's president addresses parliament\n\nPresident William Otieno of Kenya addressed the parliament in Nairobi on Monday. The two welcomed the new shipping agreement. Both condemned the attack on the border post.",
			nil, graph.Supports, "shipping agreement"},
		{"quoted", "", "Chilean leader in Lima\n\nPresident Ana Soto of Chile met President Luis Vargas of Peru in Lima on Friday. A trader said: \"Both condemned the attack on the border post.\"",
			nil, graph.Opposes, "border post"},
	}, true)
}
