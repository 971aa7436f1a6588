package loader

import "testing"

// Cue families and argument rules of the claim layer, each on invented sentences.
func TestCueFamilies(t *testing.T) {
	runCases(t, []exCase{
		{"OPPOSES", "Argentina rejected the creditors' offer on Tuesday. The Labour Party has refused to discuss the merger. Chile opposes the new fishing quotas.",
			[]string{"OPPOSES Argentina -> creditors' offer", "OPPOSES Labour Party -> merger", "OPPOSES Chile -> fishing quotas"}},
		{"OPPOSES adjectival and negated-intent cues", "Vietnam is unwilling to negotiate with Cambodia on the river dams. Ghana does not plan to discuss the debt swap.",
			[]string{"OPPOSES Vietnam -> river dams", "!OPPOSES Vietnam -> Cambodia", "OPPOSES Ghana -> debt swap", "!neg OPPOSES Ghana -> debt swap"}},
		{"SUPPORTS", "Portugal welcomed the ceasefire. The Red Cross praised the volunteers. Mexico voted in support of the resolution on ocean plastics.",
			[]string{"SUPPORTS Portugal -> ceasefire", "SUPPORTS Red Cross -> volunteers", "SUPPORTS Mexico -> resolution on ocean plastics"}},
		{"OFFERS", "Egypt offered to host the talks. Indonesia is ready to cut palm oil tariffs. Oslo pledged to double its aid.",
			[]string{"OFFERS Egypt -> hosting the talks", "OFFERS Indonesia -> palm oil tariffs", "OFFERS Norway -> doubling its aid"}},
		{"DEMANDS", "Poland demanded compensation for the flood damage. The union called for a wage freeze to end. Canada urged Peru to release the journalists.",
			[]string{"DEMANDS Poland -> compensation", "DEMANDS Canada -> releasing the journalists"}},
		{"THREATENS", "Iceland threatened to close its waters to foreign trawlers. Mr. Ortega's threats to cut gas supplies alarmed Madrid.",
			[]string{"PERSON Ortega", "THREATENS Iceland -> closing its waters", "THREATENS Ortega -> cutting gas supplies"}},
		{"SANCTIONS", "Australia imposed sanctions on three shipping firms. The European Union banned imports of Burmese teak.",
			[]string{"SANCTIONS Australia -> sanctions on three shipping firms", "SANCTIONS European Union -> imports of Burmese teak"}},
		{"SANCTIONS by a light verb and a sanction noun", "Seoul introduced sweeping export controls in March. Ottawa will detail new restrictions on steel imports.",
			[]string{"SANCTIONS South Korea -> export controls", "SANCTIONS Canada -> restrictions on steel imports"}},
		{"CITES", "Brussels officials cited the firm's repeated breaches of the rules. The court pointed to the 1998 treaty.",
			[]string{"CITES Brussels officials -> repeated breaches"}},
	})
}

func TestArgumentRules(t *testing.T) {
	runCases(t, []exCase{
		{"negation", "Japan did not oppose the motion. Kenya never accepted the verdict.",
			[]string{"neg OPPOSES Japan -> motion", "OPPOSES Kenya -> verdict", "!neg OPPOSES Kenya -> verdict"}},
		{"hedging", "Turkey may offer to mediate. Sweden is expected to support the plan.",
			[]string{"hedged OFFERS Turkey -> mediating", "hedged SUPPORTS Sweden -> plan"}},
		{"passive with an agent", "The proposal was rejected by Nigeria. The rescue plan was endorsed by the World Bank.",
			[]string{"OPPOSES Nigeria -> proposal", "SUPPORTS World Bank -> rescue plan"}},
		{"passive without an agent is no relation", "The proposal was rejected on Monday. The candidates were allowed to speak.",
			[]string{"!OPPOSES", "!OFFERS"}},
		{"coordinated subjects", "Chile and Peru rejected the border ruling. Laos and Thailand agreed to share the river data.",
			[]string{"OPPOSES Chile -> border ruling", "OPPOSES Peru -> border ruling", "OFFERS Laos -> river data", "OFFERS Thailand -> river data"}},
		{"coordinated subject lists", "Toyota, Honda and Nissan criticized the new levy. Fiji, Samoa and Tonga welcomed the fund.",
			[]string{"OPPOSES Toyota -> levy", "OPPOSES Honda -> levy", "OPPOSES Nissan -> levy", "SUPPORTS Fiji -> fund", "SUPPORTS Samoa -> fund", "SUPPORTS Tonga -> fund"}},
		{"warning against is opposition", "The IMF warned against new export bans. Chancellor Marta Lind warned against raising taxes.",
			[]string{"OPPOSES International Monetary Fund -> export bans", "!THREATENS International Monetary Fund"}},
		{"a second verb phrase ends the target", "Thailand opposes the dam and will take the case to court. Chile rejected the plan and has recalled its envoy.",
			[]string{"OPPOSES Thailand -> dam", "!OPPOSES Thailand -> court", "OPPOSES Chile -> plan", "!OPPOSES Chile -> envoy"}},
		{"a day inside a cue, a quotation mark after it", "Norway and Iceland agreed Friday to share catch data. Minister Sara Holm urged Denmark to \"stop the dumping.\"",
			[]string{"OFFERS Norway -> sharing catch data", "OFFERS Iceland -> sharing catch data", "DEMANDS Sara Holm -> stopping the dumping", "!DEMANDS Sara Holm -> Denmark"}},
		{"a nominal cue takes no source across a verb", "Analysts at Nomura said the curbs would hurt exporters. Mexico said the tariffs were illegal.",
			[]string{"!SANCTIONS", "CLAIMS Mexico -> tariffs were illegal"}},
		{"a warning is a threat only with a hostile act", "The Reserve Bank of Fiji warned that growth would slow. Mayor Ivan Petrov warned that police would ban the march.",
			[]string{"!THREATENS Reserve Bank of Fiji", "CLAIMS Reserve Bank of Fiji -> growth would slow", "THREATENS Ivan Petrov -> police would ban the march"}},
		{"a conditional sanction is a threat", "Brussels said it would impose new quotas on Serbian steel. Canada will introduce export controls on nickel next year.",
			[]string{"THREATENS Belgium -> quotas on Serbian steel", "!SANCTIONS Belgium", "SANCTIONS Canada -> export controls"}},
		{"a cue word after a verb is a noun", "Prosecutors accused Velto Motors of violating sanctions on Syria. Chile sued the Andes Mining Company on Monday.",
			[]string{"!SANCTIONS Velto Motors", "OPPOSES Chile -> Andes Mining Company"}},
		{"coordinated verb phrases", "Ankara will never sign the pact and rejects the EU's demand for new guarantees. Lima welcomed the verdict and praised the judges.",
			[]string{"OPPOSES Turkey -> demand for new guarantees", "SUPPORTS Peru -> judges"}},
		{"time adverbial between subject and verb", "Serbia on Tuesday demanded a meeting of the Security Council. The United Nations late Friday rejected the request.",
			[]string{"DEMANDS Serbia -> meeting", "OPPOSES United Nations -> request"}},
		{"lists split", "Ecuador is willing to sell more bananas, shrimp, cocoa and flowers to Korea. Mali rejected the taxes, fees and quotas.",
			[]string{"OFFERS Ecuador -> bananas", "OFFERS Ecuador -> shrimp", "OFFERS Ecuador -> cocoa", "OPPOSES Mali -> fees", "OPPOSES Mali -> quotas"}},
		{"enumeration resolves a plural", "Fiji refused the two harshest conditions that lenders set. Those include a freeze on public hiring and cuts to fuel subsidies.",
			[]string{"OPPOSES Fiji -> freeze on public hiring", "OPPOSES Fiji -> cuts to fuel subsidies"}},
		{"amounts stay in policy names", "Washington threatened to levy tariffs on $40 billion of Mexican steel.",
			[]string{"THREATENS United States -> tariffs on $40 billion of Mexican steel"}},
		{"intent to sanction is a threat", "Greece plans to impose quotas on imported grain. Bolivia is prepared to impose a curfew in the capital.",
			[]string{"THREATENS Greece -> quotas on imported grain", "THREATENS Bolivia -> curfew"}},
		{"embedded stance", "Bishop Anton Meyer urged the council to support the refugees. Amnesty International called for sanctions against Myanmar.",
			[]string{"DEMANDS Anton Meyer -> supporting the refugees", "SUPPORTS Anton Meyer -> refugees", "OPPOSES Amnesty International -> Myanmar", "DEMANDS Amnesty International -> sanctions against Myanmar"}},
		{"nested speech: the speaker claims, the inner subject opposes", "A senior Brazilian official said that Brasilia is unwilling to negotiate on any cuts to its ethanol program.",
			[]string{"CLAIMS Brazilian officials -> unwilling to negotiate", "OPPOSES Brazil -> cuts to its ethanol program"}},
	})
}
