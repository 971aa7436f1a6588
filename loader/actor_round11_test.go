package loader

import "testing"

// Issue 14, round 11 (branch actors9): each rule of this round on sentences written for it
// (docs/measures/issue14.md, round 11).
func TestRound11Rules(t *testing.T) {
	runCases(t, []exCase{
		// "House of" + a chamber's name is a legislative chamber (actor_chambers.go)
		{"a chamber named House of Commons is one body, with its country", "The Canadian House of Commons rejected the pipeline motion on Tuesday.",
			[]string{"GOVERNMENT House of Commons (Canada)", "!actor Commons"}},
		{"a chamber's committee keeps the House in its name", "House of Lords Select Committee on Trade\n\nThe committee heard evidence on Monday.",
			[]string{"actor House of Lords Select Committee on Trade", "!actor Lords Select Committee on Trade"}},
		{"a chamber's committee named with a portfolio list keeps all of it", "House of Commons Standing Committee on Fisheries and Rural Development\n\nThe committee heard evidence on Monday.",
			[]string{"actor House of Commons Standing Committee on Fisheries and Rural Development"}},
		{"a bare chamber joins the article's one chamber of that name with a country", "The Canadian House of Commons rejected the bill. Later the House of Commons voted against the budget.",
			[]string{"GOVERNMENT House of Commons (Canada)", "OPPOSES House of Commons (Canada) -> budget"}},
		{"a chamber's committee is of the legislative sector", "British MPs\n\nThe UK House of Commons Defence Committee criticised the procurement plan on Monday.",
			[]string{"code House of Commons Defence Committee = GBRLEG"}},
		{"a House of Commons in an article naming Canada alone is Canada's", "Ottawa budget\n\nThe House of Commons voted on the budget bill. Canada's finance minister welcomed the vote.",
			[]string{"GOVERNMENT House of Commons (Canada)", "code House of Commons (Canada) = CANLEG"}},
		{"a committee of the House of Commons in a hearing naming Canada alone", "House of Commons Standing Committee on Fisheries\n\nCHAIR ROY: The committee will come to order.\n\nMS. DUVAL: Canada supports the new quota rules.",
			[]string{"country House of Commons Standing Committee on Fisheries = CAN"}},
		{"a House of Commons in an article naming Britain and Canada stays local", "Trade talks\n\nThe House of Commons debated the Canada trade deal. Britain's trade secretary defended it.",
			[]string{"GOVERNMENT House of Commons", "country House of Commons = local"}},
		{"a name after a chamber is no part of it", "Leader of the House of Lords Baroness Hale defended the plan. The House of Lords rejected the bill.",
			[]string{"!actor House of Lords Baroness Hale", "GOVERNMENT House of Lords"}},
		{"a dynasty named House of X is no short form of a chamber", "The House of Lords rejected the bill. The House of Saud opposed the deal.",
			[]string{"!alias House of Lords = House", "!OPPOSES House of Lords -> deal"}},
		{"a chamber without its country stays local", "Fishing quotas\n\nThe House of Assembly opposed the quota plan.",
			[]string{"GOVERNMENT House of Assembly", "country House of Assembly = local"}},
		{"the chamber of the People, after of the", "India's House of the People approved the budget.",
			[]string{"actor House of the People (India)"}},
		{"a house that names no chamber stays as it was", "Freedom House criticised the decree. The House of Fraser closed two stores.",
			[]string{"!GOVERNMENT House of Fraser", "!actor Fraser"}},
		// the Arabic article written with a hyphen finds the dictionary's person (lexicon nameKeys)
		{"a dictionary person written with al- and a hyphen", "President Omar al-Bashir rejected the plan on Monday. Talks in Sudan stalled.",
			[]string{"country Omar al-Bashir = SDN"}},
		{"a name with al- that the dictionary does not list stays without a country", "Minister Tariq al-Nouri rejected the plan on Monday. Talks in Sudan stalled.",
			[]string{"country Tariq al-Nouri = "}},
		// a nationality before the title of an inverted attribution (claims/reported.go)
		{"a nationality before the speaker's title in an inverted attribution", "The harbour will reopen next week, Chilean Transport Minister Rosa Vidal said on Friday.",
			[]string{"CLAIMS Rosa Vidal -> harbour will reopen next week", "country Rosa Vidal = CHL"}},
		{"a country's name before the title, the same", "Talks will resume in May, Kenya Foreign Minister Musa Otieno told reporters on Friday.",
			[]string{"CLAIMS Musa Otieno -> Talks will resume in May"}},
		// a countryless ministry whose spokesperson speaks for a state (actor_spokesbody.go)
		{"a briefing spokesperson's ministry is the state her answers speak for", "Regular Press Briefing by Foreign Ministry Spokesperson Vilay Sengdara, 3 June 2025\n\n" +
			"Q: AFP: Thailand says the new dam will not reduce the river's flow. Is Vientiane satisfied?\n\n" +
			"A: Laos supports the joint survey of the river. Laos has asked Thailand to share the data with the commission.\n\n" +
			"Q: Will Laos attend the summit?\n\nA: Laos will attend the summit in Hanoi.",
			[]string{"GOVERNMENT Foreign Ministry (Laos)", "country Vilay Sengdara = LAO", "MEMBER_OF Vilay Sengdara -> Foreign Ministry (Laos)"}},
		{"the ministry named otherwise in the answers joins the spokesperson's", "Regular Press Briefing by Foreign Ministry Spokesperson Vilay Sengdara, 3 June 2025\n\n" +
			"Q: AFP: Thailand's Foreign Ministry says the dam is unsafe. Is Vientiane worried?\n\n" +
			"A: Laos supports the joint survey of the river. Laos has asked Thailand to share the data.\n\n" +
			"Q: Will Laos attend the summit?\n\nA: Laos will attend the summit. The Ministry of Foreign Affairs thanks Prime Minister Anutin for his support.",
			[]string{"GOVERNMENT Foreign Ministry (Laos)", "alias Foreign Ministry (Laos) = Ministry of Foreign Affairs", "GOVERNMENT Foreign Ministry (Thailand)"}},
		{"a spokesperson whose answers name no state first keeps a local ministry", "Regular Press Briefing by Foreign Ministry Spokesperson Vilay Sengdara, 3 June 2025\n\n" +
			"Q: AFP: Is the dam safe?\n\nA: We have asked the commission to share the data. The survey will start soon.",
			[]string{"country Foreign Ministry = local", "!actor Foreign Ministry (Laos)"}},
	})
}
