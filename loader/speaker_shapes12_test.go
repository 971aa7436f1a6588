package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestSpokespersonDatelineCountry: a spokesperson of a body named by an acronym or a bare
// ministry name with no country in the text speaks for the country of the document's place and
// date line ("Windhoek, 3 March 2027" under the title) when no other source gives the speaker a
// country: "we" is then that state. Near miss: a briefing held abroad ("Geneva, …") whose
// ministry states its own country never gives "we" to the host country (that it gives it to the
// stated country is a known limit: this shape's "we" stays the spokesperson's).
func TestSpokespersonDatelineCountry(t *testing.T) {
	runCases(t, []exCase{
		{"acronym body, place-and-date line", "Media Briefing by MIRCO Spokesperson Petrus Shikongo on Regional Affairs\n\n" +
			"Windhoek, 3 March 2027\n\n" +
			"SHIKONGO: Good morning. Namibia will host the SADC energy summit in May. We welcome the ceasefire agreed in eastern Congo.\n\n" +
			"Reporter, The Namibian: Angola says it will raise fees at the Oshikango crossing. What is your reaction?\n\n" +
			"SHIKONGO: We urge Luanda to consult its neighbours before any change.",
			[]string{"SUPPORTS Namibia -> ceasefire", "DEMANDS Namibia -> neighbours", "!SUPPORTS Petrus Shikongo -> ceasefire"}},
		{"stated country outranks a dateline abroad", "Press Briefing by Ministry of International Relations of Namibia Spokesperson Petrus Shikongo\n\n" +
			"Geneva, 3 March 2027\n\n" +
			"SHIKONGO: Good morning. Swiss hosts have been generous. We welcome the ceasefire agreed in eastern Congo.",
			[]string{"!SUPPORTS Switzerland -> ceasefire"}},
	})
}

// TestPortfolioTitleOwnCountry: a title naming a portfolio ("Foreign Secretary") is an office of
// the holder's own state. In a story filed from Santiago that names Chile's foreign ministry, the
// bare "Foreign Secretary Ana Fuentes" holds that ministry, not a countryless "Foreign Ministry"
// (the portfolio's generic body, titles.txt; before session 23 the UK's name "Foreign Office"), and her statement's "we" is Chile. Near miss: with no
// dateline and no country of her ministry in the text, the title's body stays as it was.
func TestPortfolioTitleOwnCountry(t *testing.T) {
	runCases(t, []exCase{
		{"story country's foreign ministry", "Chile answers Peru on fishing quotas\n\n" +
			"SANTIAGO, May 2, 2027 — Chile's Ministry of Foreign Affairs on Tuesday answered a complaint by Peru over fishing quotas.\n\n" +
			"Foreign Secretary Ana Fuentes said in a statement:\n\n" +
			"\"Chile has met every quota agreed in 2020. We offer to hold technical talks with Lima next month.\"",
			[]string{"MEMBER_OF Ana Fuentes -> Ministry of Foreign Affairs", "!MEMBER_OF Ana Fuentes -> Foreign Ministry",
				"OFFERS Chile -> technical talks", "!OFFERS Ana Fuentes -> technical talks"}},
		{"no country in the text", "Fishing quotas\n\n" +
			"Foreign Secretary Ana Fuentes said in a statement:\n\n" +
			"\"We have met every quota agreed in 2020. We offer to hold technical talks next month.\"",
			[]string{"MEMBER_OF Ana Fuentes -> Foreign Ministry", "!country Foreign Ministry = GBR"}},
	})
}

// TestSpokespersonDomainOverDateline: on a page of a state's government domain (gov.na) a
// spokesperson of a body with no stated country speaks for that state even when the briefing is
// held in another capital ("Beijing, …": the dateline's country is the host's, and the domain
// comes before it). Near miss: the same page with no URL, whose text names its own state more
// often than the host, gives "we" to neither (storyCountry: the host is outnumbered).
func TestSpokespersonDomainOverDateline(t *testing.T) {
	text := "Media Briefing by MIRCO Spokesperson Petrus Shikongo on the State Visit\n\n" +
		"Beijing, 3 March 2027\n\n" +
		"SHIKONGO: Good morning. Namibia thanks China for its hospitality. Namibia's delegation will sign three agreements. " +
		"We welcome the resolution on the right to development adopted yesterday."
	g := extractDoc(t, input.Document{Source: "test", URL: "https://www.mirco.gov.na/briefings/2027-03-03", Text: text})
	checkExpect(t, g, []string{"SUPPORTS Namibia -> resolution", "!SUPPORTS China -> resolution", "!SUPPORTS Petrus Shikongo -> resolution"})
	g = extractDoc(t, input.Document{Source: "test", Text: text})
	checkExpect(t, g, []string{"!SUPPORTS China -> resolution"})
}
