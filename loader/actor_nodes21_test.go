package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/speakers"
)

// Node rules of nodes21 (issue 14: kind and country of actor nodes), on sentences and titles
// written for them; the whole documents are in actor_wholedoc21nodes_test.go.

// TestFormalPortfolioTitle: a formal title with its portfolio in an of- or for-phrase is an office
// of state (formalPortfolioTitle); other shapes are not.
func TestFormalPortfolioTitle(t *testing.T) {
	lx := testExtractor(t).lex
	for title, want := range map[string]string{
		"Minister for Fisheries":                               "minister",
		"Deputy Minister of Finance and Planning":              "minister",
		"Vice Minister of Foreign Affairs":                     "minister",
		"Minister of Foreign Affairs and Regional Integration": "minister",
		"Minister":               "", // no portfolio: stateTitle's
		"Minister of Kenya":      "", // a country is no portfolio
		"Minister of the Gospel": "", // no portfolio word
		"Secretary of the Union": "",
		"Chairman of Finance":    "", // no head of portfolios.txt
	} {
		if got := actors.FormalPortfolioTitle(lx, title); got != want {
			t.Errorf("formalPortfolioTitle(%q) = %q, want %q", title, got, want)
		}
	}
}

// TestOfficeOfStateTitle: "Office of the <office of state>" is a generic state body; the office
// of an international official or of a role is not.
func TestOfficeOfStateTitle(t *testing.T) {
	lx := testExtractor(t).lex
	for name, want := range map[string]bool{
		"office of the president":         true,
		"office of the prime minister":    true,
		"office of the vice president":    true,
		"office of the secretary-general": false,
		"office of the spokesperson":      false,
		"office of the ombudsman of peru": false,
		"president's office":              false,
	} {
		if got := actors.OfficeOfStateTitle(lx, name); got != want {
			t.Errorf("officeOfStateTitle(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestIntlOfficeOf: an office named after an international official, or serving one through an
// of-, for- or to-phrase, is his organization's (intlOfficeOf).
func TestIntlOfficeOf(t *testing.T) {
	phx := testExtractor(t).phx
	for rest, want := range map[string]string{
		"Secretary-General":                                "IGOUNO",
		"Spokesperson for the Secretary-General":           "IGOUNO",
		"Special Envoy of the Secretary-General for Yemen": "IGOUNO",
		"President":                         "",
		"Spokesperson for the President":    "",
		"Secretary-General of the Ministry": "", // a ministry's secretary-general
		"Secretary-General of ASEAN":        "", // another body's official
	} {
		if got := actors.IntlOfficeOf(phx, strings.Fields(rest)); got != want {
			t.Errorf("intlOfficeOf(%q) = %q, want %q", rest, got, want)
		}
	}
}

// TestNodes21Sentences: the rules on sentences, with near misses.
func TestNodes21Sentences(t *testing.T) {
	runCases(t, []exCase{
		{"a state's genitive before a commission", "Chile's Commission on Water Rights rejected the mining permit on Tuesday.",
			[]string{"GOVERNMENT Commission on Water Rights", "country Commission on Water Rights = CHL"}},
		{"a state's genitive before a council", "Kenya's Council for Refugee Affairs criticized the closure of the camps.",
			[]string{"GOVERNMENT Council for Refugee Affairs", "country Council for Refugee Affairs = KEN"}},
		{"near miss: a company a state's genitive names", "Brazil's Petrobras Distribution Company rejected the new fuel tax.",
			[]string{"!GOVERNMENT Petrobras Distribution Company"}},
		{"an office serving the UN Secretary-General", "The Office of the Special Envoy of the Secretary-General for Yemen welcomed the prisoner exchange.",
			[]string{"ORGANIZATION Office of the Special Envoy of the Secretary-General for Yemen"}},
		{"near miss: a state's presidency stays a state body", "The Office of the Prime Minister welcomed the prisoner exchange.",
			[]string{"GOVERNMENT Office of the Prime Minister"}},
	})
}

// TestSourceLineState: a "Source: <Country>: <Body>" line names the issuing state
// (sourceLineValue, lineBodyState); a news service's credit or a sentence does not.
func TestSourceLineState(t *testing.T) {
	lx := testExtractor(t).lex
	for line, want := range map[string]string{
		"Source: Zambia: Ministry of Energy":               "ZMB",
		"SOURCE: Fiji: Office of the Prime Minister":       "FJI",
		"Source: Reuters":                                  "",
		"Source: Zambia's ministry said prices would rise": "",
		"Source: a senior official: the talks stalled":     "",
		"Zambia: Ministry of Energy warns of power cuts":   "",
	} {
		got := ""
		if c := speakers.LineBodyState(lx, line); c != nil {
			got = c.Code
		}
		if got != want {
			t.Errorf("lineBodyState(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestOwnStatementTitledOfficials: in a state's own statement, a bare office title beside other
// states' officials identified by their country is the issuer's (otherStateAtTitle); another
// state named at the title keeps the office undecided.
func TestOwnStatementTitledOfficials(t *testing.T) {
	head := "Government of Botswana\n\nStatement by the Office of the President\n\n"
	runCases(t, []exCase{
		{"a bare President beside a foreign envoy named with his country", head + "The Government welcomes the new customs agreement.\n\nPresident Tumelo Sebego also thanked Marta Oliveira, the Mozambican customs envoy, for her work.",
			[]string{"country Tumelo Sebego = BWA"}},
		{"a bare Vice President beside a foreign body named with its country", head + "The Government welcomes the new customs agreement.\n\nVice President Neo Kgosi praised the Zimbabwean Ministry of Finance for its help.",
			[]string{"country Neo Kgosi = BWA"}},
		{"near miss: another state named at the title", head + "The Government welcomes the new customs agreement.\n\nZambia's Prime Minister Chola Banda also praised the agreement.",
			[]string{"!country Chola Banda = BWA"}},
	})
}

// TestLongPortfolioAppositive: a preposed title whose of-portfolio is long or coordinated with
// more portfolio words is the appositive's role (roleBefore): "The Minister of Foreign Affairs
// and Regional Integration, X,".
func TestLongPortfolioAppositive(t *testing.T) {
	runCases(t, []exCase{
		{"a titles.txt title coordinated with more portfolio words", "The Minister of Foreign Affairs and Regional Integration, Kojo Ampem, condemned the killings.",
			[]string{"role Kojo Ampem = Minister of Foreign Affairs and Regional Integration", "OPPOSES Kojo Ampem -> killings"}},
		{"an of-portfolio of seven tokens", "The Minister of Lands, Natural Resources and Rural Development, Kwesi Dua, condemned the fires.",
			[]string{"role Kwesi Dua = Minister of Lands, Natural Resources and Rural Development"}},
		{"near miss: lower-case words after the title are no portfolio", "The Minister of Foreign Affairs and regional partners, Ama Serwaa, condemned the killings.",
			[]string{"!role Ama Serwaa = Minister of Foreign Affairs and regional partners"}},
	})
}

// TestHeadAnaphor: "the <head>" after one unnamed description ending in that head refers to it
// (headAntecedent); after two different ones, or as an indefinite, it is its own.
func TestHeadAnaphor(t *testing.T) {
	runCases(t, []exCase{
		{"the bare head after the modified description", "The interior ministry said in a statement that the border would reopen. The ministry rejected the claims made by the opposition.",
			[]string{"OPPOSES interior ministry -> claims", "!actor ministry"}},
		{"an authority", "A spokesman for the port authority said the strike was unlawful. The authority rejected the demands made by the union.",
			[]string{"OPPOSES port authority -> demands", "!actor authority"}},
		{"near miss: two descriptions with that head", "The interior ministry and the health ministry said the border would reopen. The ministry rejected the claims made by the opposition.",
			[]string{"!OPPOSES interior ministry -> claims", "!OPPOSES health ministry -> claims"}},
	})
}
