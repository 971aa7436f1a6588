package loader

import "testing"

// Coreference and metonymy rules, each on invented sentences.
func TestCorefRules(t *testing.T) {
	runCases(t, []exCase{
		{"honorific and bare surname resolve to the full name", "Defense Minister Laila Haddad rejected the plan. Ms. Haddad said it was too costly. Haddad later met the envoy.",
			[]string{"PERSON Laila Haddad", "alias Laila Haddad = Ms. Haddad", "alias Laila Haddad = Haddad",
				"CLAIMS Laila Haddad -> too costly"}},
		{"headline surname resolves to the full name met after", "Okafor Rejects Port Deal\n\nTrade Minister Chidi Okafor rejected the port deal on Friday.",
			[]string{"PERSON Chidi Okafor", "alias Chidi Okafor = Okafor"}},
		{"two people sharing a surname stay apart", "Senator Maria Lund criticized the budget. Her brother, Erik Lund, a banker, defended it. Maria Lund said the cuts were cruel.",
			[]string{"PERSON Maria Lund", "PERSON Erik Lund", "CLAIMS Maria Lund -> cuts were cruel", "!CLAIMS Erik Lund -> cuts were cruel"}},
		{"pronoun subject of a cue verb", "Norway signed the accord in June. It also pledged to cut emissions by half.",
			[]string{"OFFERS Norway -> emissions", "rule OFFERS Norway -> emissions = cue:pledge to+coref:pronoun"}},
		{"she resolves to the last woman named, not an organization", "Bank governor Ines Castro met the Monetary Fund staff. She warned that inflation would rise.",
			[]string{"CLAIMS Ines Castro -> inflation would rise", "!CLAIMS Monetary Fund"}},
		{"the ministry and the company", "Peru's Ministry of Energy approved the pipeline. The ministry said construction would start in May. Andes Copper Corp shares rose. The company said it would hire 500 workers.",
			[]string{"CLAIMS Ministry of Energy -> construction would start", "CLAIMS Andes Copper Corp -> hire 500 workers"}},
		{"the government after a national title", "Dutch Finance Minister Sanne Vos wrote to parliament. She said the government will impose new curbs on chip exports.",
			[]string{"SANCTIONS Netherlands -> curbs on chip exports"}},
		{"the title after a named holder", "Energy Minister Tarek Aziz visited the plant. The minister said output would double.",
			[]string{"CLAIMS Tarek Aziz -> output would double"}},
		{"transcript voice for first person outside quotes", "Foreign Ministry Spokesperson Lin Hua, May 3\n\nWe urge Tokyo to withdraw the measures. We have always supported dialogue.",
			[]string{"PERSON Lin Hua", "DEMANDS Lin Hua -> withdrawing the measures"}},
		{"press-conference turns: questions are the journalists'", "Trade Ministry Spokesperson Omar Nadir's Regular Press Conference on June 2, 2021\n\nQ: Can you give us your response to the new Indian duties?\n\nA: We firmly oppose these duties.\n\nWe urge India to lift them.\n\nQ: Do we expect a visit soon?",
			[]string{"PERSON Omar Nadir", "OPPOSES Omar Nadir -> duties", "DEMANDS Omar Nadir -> lifting them", "!actor Regular Press Conference"}},
		{"speaker labels in a briefing transcript", "Department Press Briefing by Spokesperson Ana Ruiz\n\nMS RUIZ: We condemn the attack on the convoy.\n\nQUESTION: Will Chile support new sanctions?\n\nMS RUIZ: We have urged Santiago to investigate.",
			[]string{"PERSON Ana Ruiz", "OPPOSES Ana Ruiz -> attack on the convoy", "DEMANDS Ana Ruiz -> investigating", "!SUPPORTS Chile", "!actor Department Press Briefing"}},
		{"she and he resolve by gender: never a man for she, never a company", "Ms. Ana Ruiz met Pedro Lindqvist. Atlas Fisheries rejected the quota. Mr. Tom Berg said the talks failed. \u201cWe will freeze their assets if they return,\u201d she said.",
			[]string{"THREATENS Ana Ruiz -> freezing their assets", "!THREATENS Tom Berg", "!THREATENS Atlas Fisheries", "CLAIMS Ana Ruiz -> freeze their assets"}},
		{"a person named in the sentence just before outranks an earlier one named as a man", "Port talks broke down on Friday.\n\n\u201cThe blockade will hold until they pay.\u201d\n\u2014 Yusuf Karim, spokesman for the Northern Front\n\nTrade Minister Dario Ferreira said the harbour would stay open. \u201cNobody gains from a closed harbour,\u201d he told the press.",
			[]string{"CLAIMS Dario Ferreira -> Nobody gains from a closed harbour", "!CLAIMS Yusuf Karim -> Nobody gains"}},
		{"he prefers the person named as a man", "Minister Lena Holm and Mr. Karl Dahl met in Oslo on Monday. He said the fishing deal was unfair.",
			[]string{"OPPOSES Karl Dahl -> fishing deal", "!OPPOSES Lena Holm"}},
		{"a pronoun opening a speech verb's clause is its subject", "Ortega Mining rejected the fine. \u201cWe will appeal,\u201d the firm said. Oslo said in a statement that it supported the ceasefire. Minister Lena Holm spoke after Mr. Tom Berg. She told reporters she opposed the pipeline.",
			[]string{"SUPPORTS Norway -> ceasefire", "!SUPPORTS Ortega Mining", "OPPOSES Lena Holm -> pipeline", "!OPPOSES Tom Berg"}},
		{"a speaker label of unnamed officials speaks for them", "Press Call on Energy Policy\n\nSENIOR STATE DEPARTMENT OFFICIAL: Thanks. The State Department officials here will take questions.\n\nWe have taken steps to impose sanctions on three oil traders. We urge Caracas to free the journalists.",
			[]string{"SANCTIONS State Department officials -> sanctions on three oil traders", "DEMANDS State Department officials -> freeing the journalists"}},
		{"a header naming a body is the voice of its first person", "Statement by the Ministry of Foreign Affairs of Ghana\n\nWe condemn the attack on the convoy. We urge all parties to respect the ceasefire.",
			[]string{"OPPOSES Ghana -> attack on the convoy", "DEMANDS Ghana -> respecting the ceasefire", "CLAIMS Ministry of Foreign Affairs of Ghana -> We condemn"}}, // the state body's "we" is its state (speaker_ownbody.go)
		{"a header naming a body with from", "Statement from the Kestrel Mining Company on the Lagos spill\n\nWe regret the spill and we reject the claims of the Delta Fishers Union.",
			[]string{"OPPOSES Kestrel Mining Company -> claims of the Delta Fishers Union"}},
		{"first person inside a quote is the speaker", "\u201cWe reject these tariffs,\u201d said Trade Minister Olu Bello.",
			[]string{"OPPOSES Olu Bello -> tariffs"}},
	})
}
