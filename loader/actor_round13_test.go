package loader

import (
	"context"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// Issue 14, round 13 (branch actors13): codes, junk and identity on sentences written for each
// rule (docs/measures/issue14.md, "actors13").
func TestRound13Codes(t *testing.T) {
	runCases(t, []exCase{
		{"a dictionary senator's GOV+LEG is written LEG", "Washington, 4 May 2005\n\nSenator Bill Frist said the Senate would vote on the judges on Friday.",
			[]string{"code Bill Frist = USALEG"}},
		{"a court named with its of-country is of the judiciary", "The Constitutional Court of Armenia struck down the election law on Monday.",
			[]string{"code Constitutional Court of Armenia = ARMJUD"}},
		{"a ministry named with its of-country stays GOV", "The Ministry of Finance of Armenia rejected the loan terms on Monday.",
			[]string{"code Ministry of Finance of Armenia = ARMGOV"}},
		{"a named national human-rights commission is coded as Phoenix codes the named ones", "The Uganda Human Rights Commission condemned the arrests of journalists on Monday.",
			[]string{"code Uganda Human Rights Commission = NGOUGAHRI"}},
		{"a union named by its members takes their field", "The Ghana National Association of Teachers rejected the pay offer on Monday.",
			[]string{"code Ghana National Association of Teachers = GHAEDU"}},
		{"a federation named by its members' trade takes their field", "The Zambia Congress of Trade Unions threatened a national strike on Monday.",
			[]string{"code Zambia Congress of Trade Unions = ZMBLAB"}},
		{"an IGO's official takes the IGO's code", "NATO Secretary General Lena Varga welcomed the decision on Monday.",
			[]string{"code Lena Varga = IGOWSTNAT"}},
	})
}

func TestCameoRole(t *testing.T) {
	for in, want := range map[string]string{"USAGOVLEG": "USALEG", "DEUGOVLEG": "DEULEG", "USAGOVJUD": "USAJUD",
		"CHNGOV": "CHNGOV", "USAGOVMED": "USAGOVMED", "IGOUNOHLHWHO": "IGOUNOHLHWHO", "": "", "GOVLEG": "LEG"} {
		if got := actors.CameoRole(in); got != want {
			t.Errorf("cameoRole(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRound13Junk(t *testing.T) {
	runCases(t, []exCase{
		{"a headline's demonym body with its predicate is no name", "Hungarian Parliament Approves Budget Bill\n\nBUDAPEST, 4 May 2025 — The National Assembly of Hungary voted against the grain deal on Tuesday.",
			[]string{"!actor Parliament Approves Budget Bill", "!actor Parliament Approves Budget Bill (Hungary)"}},
		{"a headline's demonym body the article writes again stays", "Polish Senate Rejects Grain Deal\n\nWARSAW, 4 May 2025 — The Polish Senate voted against the grain deal on Tuesday.",
			[]string{"actor Senate (Poland)"}},
	})
}

// TestFormalForeignMinistryNames: a foreign ministry named in its own formal style ("Ministry of
// Foreign Affairs of the Republic of Kazakhstan", "… of the People's Republic of China") is the
// same node as that country's "Foreign Ministry" of another article, and no other country's.
func TestFormalForeignMinistryNames(t *testing.T) {
	docs := []input.Document{
		{Source: "b1", URL: "http://t/b1", Published: "2025-03-04", Text: "The Ministry of Foreign Affairs of the Republic of Kazakhstan rejected the report on Tuesday."},
		{Source: "b2", URL: "http://t/b2", Published: "2025-03-05", Text: "Kazakh Foreign Minister Yerlan Saparov said on Wednesday that the Kazakh Foreign Ministry would answer the letter."},
		{Source: "b3", URL: "http://t/b3", Published: "2025-03-06", Text: "The Ministry of Foreign Affairs of the People's Republic of China condemned the visit. Chinese Foreign Minister Wang Yi called it a provocation."},
		{Source: "b4", URL: "http://t/b4", Published: "2025-03-07", Text: "China's Foreign Ministry said on Friday it opposed the sanctions."},
	}
	s := mergedStore(t, docs...)
	ctx := context.Background()
	p, err := s.Nodes(ctx, graph.NodeFilter{Kinds: []graph.Kind{graph.Government}}, graph.PageArgs{First: 100})
	if err != nil {
		t.Fatal(err)
	}
	byCountry := map[string][]string{}
	for _, n := range p.Items {
		if strings.Contains(n.Name, "Ministry") {
			byCountry[n.Country] = append(byCountry[n.Country], n.Name)
		}
	}
	for _, c := range []string{"KAZ", "CHN"} {
		if len(byCountry[c]) != 1 {
			t.Errorf("want one foreign ministry for %s, got %v", c, byCountry[c])
		}
	}
}

func TestRound13Opposition(t *testing.T) {
	runCases(t, []exCase{
		{"the opposition after a country's opposition is that opposition", "Armenia's opposition rejected the budget on Monday. The opposition also demanded new elections.",
			[]string{"DEMANDS Armenia opposition -> elections", "!actor opposition"}},
		{"the opposition of a dated story is the dateline country's and local", "YEREVAN, 4 May 2025 — The opposition demanded new elections on Monday.",
			[]string{"country opposition = ARM", "DEMANDS opposition -> elections"}},
		{"the opposition of no known country stays local to the article", "The opposition demanded new elections on Monday.",
			[]string{"country opposition = local"}},
	})
}

func TestRound13Bodies(t *testing.T) {
	runCases(t, []exCase{
		{"a European Commissioner is a member of the Commission, with its code", "European Commissioner for Transport Ana Lindqvist criticised the airport fees on Monday.",
			[]string{"MEMBER_OF Ana Lindqvist -> European Commission", "code Ana Lindqvist = IGOEUREEC"}},
		{"an election commission named by common words alone is local to its article", "The Central Election Commission rejected the complaint on Monday.",
			[]string{"country Central Election Commission = local"}},
		{"an election commission with its country keeps it", "Armenia's Central Election Commission rejected the complaint on Monday.",
			[]string{"country Central Election Commission = ARM"}},
	})
}

func TestRound13Committees(t *testing.T) {
	runCases(t, []exCase{
		{"a committee named with its chamber after it is the premodified committee", "WASHINGTON, 9 June 2025 — The House Agriculture Committee demanded the records on Monday. The Agriculture Committee of the House also threatened subpoenas.",
			[]string{"THREATENS House Agriculture Committee -> subpoenas", "alias House Agriculture Committee = Agriculture Committee of the House"}},
		{"the of-form alone stays", "The Agriculture Committee of the Storting rejected the subsidy on Monday.",
			[]string{"actor Agriculture Committee of the Storting"}},
	})
}

func TestCommitteePremodified(t *testing.T) {
	for in, want := range map[string]string{"Armed Services Committee of the House": "House Armed Services Committee",
		"Foreign Affairs Committee of the Grand National Assembly": "Grand National Assembly Foreign Affairs Committee",
		"Committee on Finance of the Senate":                       "", "House Armed Services Committee": "", "Budget Committee of the ruling party": ""} {
		if got := actors.CommitteePremodified(in); got != want {
			t.Errorf("committeePremodified(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRound13Offices(t *testing.T) {
	runCases(t, []exCase{
		{"the office of an IGO's official is an organization with the IGO's code", "The Office of the UN Special Envoy for Yemen said both sides had agreed to talks.",
			[]string{"ORGANIZATION Office of the UN Special Envoy for Yemen", "code Office of the UN Special Envoy for Yemen = IGOUNO"}},
		{"the office of a state's official stays a state body", "The Office of the President of Kenya rejected the report.",
			[]string{"GOVERNMENT Office of the President of Kenya"}},
	})
}

func TestRound13PreposedTitles(t *testing.T) {
	runCases(t, []exCase{
		{"a title for a portfolio set before a name: its holder, of the implied organization", "The European Commissioner for Energy, Piotr Nowak, urged calm on Monday.",
			[]string{"MEMBER_OF Piotr Nowak -> European Commission", "role Piotr Nowak = European Commissioner"}},
		{"an organization premodifying a preposed title is the holder's body", "The UN High Commissioner for Refugees, Marta Oyelaran, demanded safe passage for the convoys.",
			[]string{"PERSON Marta Oyelaran", "MEMBER_OF Marta Oyelaran -> United Nations", "DEMANDS Marta Oyelaran -> safe passage"}},
		{"a nationality before a preposed title still gives the country", "The Moldovan prime minister, Ion Ciobanu, asked for help with gas supplies.",
			[]string{"country Ion Ciobanu = MDA"}},
		{"an appositive naming a person after a common noun description", "The ruling party's founder, the tycoon, Bidzina Ivanishvili, said the law would protect voters.",
			[]string{"PERSON Bidzina Ivanishvili", "CLAIMS Bidzina Ivanishvili -> law would protect voters"}},
		{"a checkpoint named by a place is no person", "Soldiers at the Qalandiya checkpoint stopped the ambulance. The Erez checkpoint was closed on Monday.",
			[]string{"!PERSON Qalandiya", "!PERSON Erez", "!actor Qalandiya checkpoint"}},
	})
}

func TestRound13Labels(t *testing.T) {
	runCases(t, []exCase{
		{"a common word in capitals alone on its line over a signature is no acronym", "The county council rejected the levy on Monday.\n\nSIGNED\nHon. Rose Atieno\nClerk, County Assembly of Kakamega",
			[]string{"!actor SIGNED", "PERSON Rose Atieno"}},
		{"an acronym alone on its line stays an organization", "The union rejected the offer on Monday.\n\nKUPPET\nNairobi",
			[]string{"actor KUPPET"}},
	})
}

func TestRound13ChamberCommittee(t *testing.T) {
	runCases(t, []exCase{
		{"a chamber's committee takes the country its chamber is given by the article", "Canberra, 4 May 2025\n\nThe Senate Standing Committee on Rural Affairs rejected the levy. The Australian Senate's rural committee said farmers would pay more.",
			[]string{"country Senate Standing Committee on Rural Affairs = AUS"}},
	})
}

func TestRound13IGOCodes(t *testing.T) {
	runCases(t, []exCase{
		{"an IGO named in several dictionary records that agree takes their code, and so does its official", "The UN High Commissioner for Refugees, Marta Oyelaran, demanded safe passage. The United Nations said the camps were full.",
			[]string{"code United Nations = IGOUNO", "code Marta Oyelaran = IGOUNO"}},
	})
}

func TestRound13OppositionParties(t *testing.T) {
	runCases(t, []exCase{
		{"a party introduced as the opposition in a dated story is that country's OPP", "YEREVAN, 4 May 2025 — The opposition Party of Workers accused the government of hiding the costs.",
			[]string{"country Party of Workers = ARM", "code Party of Workers = ARMOPP"}},
		{"a named opposition party with its country", "The main opposition Armenian Labour Party rejected the budget.",
			[]string{"code Armenian Labour Party = ARMOPP"}},
		{"a party without the premodifier keeps its code", "YEREVAN, 4 May 2025 — The Party of Workers accused the government of hiding the costs.",
			[]string{"!code Party of Workers = ARMOPP"}},
	})
}

// TestOppositionPartiesAcrossArticles: two countries' opposition parties of one common-words
// name are two nodes.
func TestOppositionPartiesAcrossArticles(t *testing.T) {
	docs := []input.Document{
		{Source: "p1", URL: "http://t/p1", Published: "2025-03-04", Text: "YEREVAN, 4 March 2025 — The opposition Party of Workers rejected the budget on Tuesday."},
		{Source: "p2", URL: "http://t/p2", Published: "2025-03-05", Text: "TBILISI, 5 March 2025 — The opposition Party of Workers rejected the budget on Wednesday."},
	}
	s := mergedStore(t, docs...)
	ctx := context.Background()
	p, err := s.Nodes(ctx, graph.NodeFilter{Kinds: []graph.Kind{graph.Organization}}, graph.PageArgs{First: 100})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, n := range p.Items {
		if strings.Contains(n.Name, "Party of Workers") {
			got[n.Country] = true
		}
	}
	if !got["ARM"] || !got["GEO"] || len(got) != 2 {
		t.Errorf("want one Party of Workers node for ARM and one for GEO, got %v", got)
	}
}
