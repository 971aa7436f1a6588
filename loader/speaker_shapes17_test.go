package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestTitleAppositiveSpokesperson: a briefing titled "… by the Spokesperson of <ministry of a
// state>, <Name>, <place, date>" whose spokesperson opens with his own "NAME:" turn: the name
// holds the office the title sets before it (MEMBER_OF the ministry, its country), his "we" in
// the answers is his state, and his opening greeting to the room is furniture. Near miss: a
// turn label naming someone else than the title's name gets no office from the title.
func TestTitleAppositiveSpokesperson(t *testing.T) {
	title := "Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of the Kingdom of Norway, Maren Vik, Oslo, 3 March 2026\n\n"
	qa := "\n\nQ: Nordic Wire: What is your response to Russia?\n\n" +
		"A: We reject the claim of Russia over the islands. We urge Russia to withdraw its patrol boats."
	runCases(t, []exCase{
		{"own turn", title + "MAREN VIK: Good afternoon, ladies and gentlemen. Norway will host the Barents water forum in May." + qa,
			[]string{"MEMBER_OF Maren Vik -> Ministry of Foreign Affairs", "OPPOSES Norway -> claim of Russia", "DEMANDS Norway -> withdraw",
				"!OPPOSES Maren Vik", "!CLAIMS Maren Vik -> Good afternoon"}},
		{"other name", title + "ERIK DAHL: Norway will host the Barents water forum in May." + qa,
			[]string{"!MEMBER_OF Erik Dahl"}},
	})
	g := view(extractText(t, title+"MAREN VIK: Norway will host the Barents water forum in May."+qa))
	if n := g.node("Maren Vik"); n == nil || n.Country != "NOR" {
		t.Errorf("spokesperson node = %+v, want country NOR", n)
	}
}

// TestHearingFormulasAfterName: the chair's "without objection" keeping the record open and her
// introduction of a witness whose office follows the name (with an "and" inside it) are
// procedure, neither claims nor stances (House Practice ch. 29; Robert's Rules §4). Near miss:
// the chair's own position in the same turn stays her claim.
func TestHearingFormulasAfterName(t *testing.T) {
	text := "Hearing of the Senate Committee on Energy\n\n" +
		"CHAIRWOMAN OKAFOR: The committee will come to order. The pipeline has flooded three villages. " +
		"I now welcome our witness, Ambassador Lena Ortiz, Deputy Assistant Secretary of State for Andean and Caribbean Affairs. " +
		"Without objection, the record will remain open for ten business days.\n\n" +
		"AMBASSADOR ORTIZ: Thank you, Madam Chair. The United States supports the repair plan."
	runCases(t, []exCase{
		{"chair's formulas", text, []string{"CLAIMS Okafor -> pipeline has flooded",
			"!SUPPORTS Okafor", "!CLAIMS Okafor -> record will remain open", "!CLAIMS Okafor -> welcome our witness"}},
	})
}

// TestGovernmentPagesMinisterWe: on a page whose publisher is a state's government as a whole
// ("Government Offices of Finland"), a minister quoted with a title at a generic ministry, or
// with a title of the executive naming no body, speaks for that state: his "we" is Finland.
// Near miss: the same quotations on a page of no publisher leave the "we" to the minister of the
// bodyless title.
func TestGovernmentPagesMinisterWe(t *testing.T) {
	text := "Finland supports Estonia's grid link\n\nPress release from Ministry for Foreign Affairs\n\n" +
		"\"We will help the Estonian people through the winter,\" says Minister for Foreign Affairs Aino Salo.\n\n" +
		"\"We urge Hungary to lift its veto,\" says Minister for International Development Cooperation and Foreign Trade Mikko Rautio."
	doc := input.Document{Source: "test", Title: "Finland supports Estonia's grid link", Outlet: "Government Offices of Finland", Text: text}
	g := view(extractDoc(t, doc))
	for _, want := range []string{"OFFERS Finland -> Estonian people", "DEMANDS Finland -> Hungary", "!DEMANDS Mikko Rautio", "!OFFERS Aino Salo"} {
		checkExpect(t, g.g, []string{want})
	}
	g = view(extractDoc(t, input.Document{Source: "test", Title: doc.Title, Text: text}))
	checkExpect(t, g.g, []string{"DEMANDS Mikko Rautio -> Hungary"})
}
