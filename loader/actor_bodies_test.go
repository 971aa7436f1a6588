package loader

import "testing"

// Actors named by description (actor_bodies.go), on invented sentences.
func TestDescribedActorRules(t *testing.T) {
	runCases(t, []exCase{
		// body:descriptive
		{"state bodies in lower case after a demonym", "The Ghanaian navy seized two trawlers. Boats of the Peruvian coast guard stayed in port.",
			[]string{"GOVERNMENT Navy (Ghana)", "alias Navy (Ghana) = Ghanaian navy", "PART_OF Navy (Ghana) -> Ghana", "GOVERNMENT Coast Guard (Peru)"}},
		{"possessive country before a lower-case ministry", "Norway's fisheries ministry said it was studying the ruling. The Turkish military denied the report.",
			[]string{"GOVERNMENT Fisheries Ministry (Norway)", "alias Fisheries Ministry (Norway) = Norway's fisheries ministry", "GOVERNMENT Military (Turkey)", "COUNTRY Norway"}},
		{"a body noun modifying another noun is no body", "Police officers in Lima arrested him. The Chilean navy base was closed.",
			[]string{"!actor Police (Peru)", "!actor Navy (Chile)"}},
		{"an irregular simple past after the body is its verb", "Ghana's central bank cut its policy rate on Friday. The Uruguayan navy sent a patrol boat. Norway's finance ministry sold the shares. Chile's central bank met again.",
			[]string{"GOVERNMENT Central Bank (Ghana)", "GOVERNMENT Navy (Uruguay)", "GOVERNMENT Finance Ministry (Norway)", "GOVERNMENT Central Bank (Chile)"}},
		{"a reserve bank is a state body", "Malawi's reserve bank devalued the kwacha. The Fijian reserve bank kept its rate.",
			[]string{"GOVERNMENT Reserve Bank (Malawi)", "GOVERNMENT Reserve Bank (Fiji)"}},
		{"a noun after the body still modifies it", "Ghana's central bank governor resigned. The Uruguayan navy ships sailed.",
			[]string{"!actor Central Bank (Ghana)", "!actor Navy (Uruguay)"}},
		{"a national modifier before a bare head refers back to the body named before", "The Estonian Interior Ministry expelled two diplomats. The Estonian ministry said they had spied. Uganda's Ministry of Health opened a clinic. Uganda's ministry said more would follow.",
			[]string{"GOVERNMENT Interior Ministry (Estonia)", "alias Interior Ministry (Estonia) = Estonian ministry", "!actor Ministry (Estonia)", "GOVERNMENT Ministry of Health (Uganda)", "!actor Ministry (Uganda)"}},
		{"two bodies with the head leave the description its own", "The Estonian Interior Ministry and the Estonian Finance Ministry disagreed. The Estonian ministry said nothing. The Latvian navy sailed. Later the Latvian ministry said nothing.",
			[]string{"GOVERNMENT Ministry (Estonia)", "GOVERNMENT Ministry (Latvia)"}},
		// org:descriptor, org:appositive-noun
		{"descriptor noun before a name", "Talks stalled with the Danish utility Nordvarme. The state broadcaster Kanal Sieben aired the debate.",
			[]string{"ORGANIZATION Nordvarme", "ORGANIZATION Kanal Sieben", "!PERSON Kanal Sieben"}},
		{"descriptor noun heading an appositive", "Vasco Pesca, a Vigo-based firm, lost its licence. Quinta Verde, an olive oil producer that exports to Japan, protested.",
			[]string{"ORGANIZATION Vasco Pesca", "ORGANIZATION Quinta Verde", "!PERSON Vasco Pesca"}},
		{"a title in the appositive keeps the person", "Lena Brandt, a company director, resigned. Omar Farid, the firm's founder, stayed.",
			[]string{"PERSON Lena Brandt", "PERSON Omar Farid"}},
		// policy:numbered
		{"numbered instruments", "The Chamber of Commerce criticized EO 13873 on Monday. The Sahel Alliance welcomed Resolution 2417.",
			[]string{"!actor EO", "POLICY EO 13873", "mention EO 13873 = policy:numbered", "POLICY Resolution 2417"}},
		{"a stop-listed acronym before a year is a period", "Spending in FY 2021 rose. Exports fell in FY 2022.",
			[]string{"!actor FY 2021"}},
	})
}
