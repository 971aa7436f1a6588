package loader

import "testing"

// Quotation and reported-speech rules, each on invented sentences.
func TestClaimRules(t *testing.T) {
	runCases(t, []exCase{
		{"quote then said X, and X said", "\u201cThe dam is safe,\u201d said Irina Popescu, the head of the Water Agency. \u201cWe checked every wall,\u201d Ms. Popescu said.",
			[]string{"rule CLAIMS Irina Popescu -> The dam is safe = quote:after", "CLAIMS Irina Popescu -> We checked every wall"}},
		{"X said: quote", "Finance Minister Tomas Berg said: \u201cThe deficit will shrink next year.\u201d Governor Ana Ruiz told reporters, \u201cRates will stay high.\u201d",
			[]string{"rule CLAIMS Tomas Berg -> deficit will shrink = quote:before", "CLAIMS Ana Ruiz -> Rates will stay high"}},
		{"a direct quote is a claim with direct=true", "\u201cNobody wins a trade war,\u201d said Premier Lars Holm.",
			[]string{"rule CLAIMS Lars Holm -> Nobody wins a trade war = quote:after"}},
		{"unattributed quote after an attributed one continues the speaker", "\u201cWe will rebuild,\u201d Mayor Dana Kerr said. \u201cThe city has done it before.\u201d",
			[]string{"rule CLAIMS Dana Kerr -> The city has done it before = quote:continuation"}},
		{"reported speech with that", "Kenya said that the border would reopen on Monday. Prime Minister Ali Waziri argued the tax was fair.",
			[]string{"rule CLAIMS Kenya -> border would reopen = speech:reported", "CLAIMS Ali Waziri -> tax was fair"}},
		{"belief verbs", "Norwegian officials believe the quota is too low. Beijing feels its navy is strong enough.",
			[]string{"CLAIMS Norwegian officials -> quota is too low", "CLAIMS China -> navy is strong enough"}},
		{"inverted attribution", "The harbor will stay closed until June, the port authority said. Prices will fall, Chancellor Eva Brandt predicted.",
			[]string{"rule CLAIMS Eva Brandt -> Prices will fall = speech:inverted"}},
		{"parenthetical attribution", "The plan, Lebanon said, would cost too much. Inflation is slowing, they added, in every region.",
			[]string{"CLAIMS Lebanon -> would cost too much"}},
		{"participle after the main speaker", "Uruguay said the deal was signed, adding that exports would double. Ghana announced the loan, saying it would fund roads.",
			[]string{"CLAIMS Uruguay -> deal was signed", "rule CLAIMS Uruguay -> exports would double = speech:participle", "CLAIMS Ghana -> fund roads"}},
		{"according to", "According to the Bank of Ghana, wages rose by four percent. Exports fell sharply, according to the Central Bank of Kenya.",
			[]string{"rule CLAIMS Bank of Ghana -> wages rose = speech:according-to", "CLAIMS Central Bank of Kenya -> Exports fell sharply"}},
		{"nominal attribution", "The move followed remarks by Senator Paul Grant that the treaty was dead. It echoed comments by Japan that the quota was unfair.",
			[]string{"rule CLAIMS Paul Grant -> treaty was dead = speech:nominal", "CLAIMS Japan -> quota was unfair"}},
		{"must-clause makes a demand", "Bolivia declared that Chile must return the land. Morocco said on Friday that Spain should stop the fence construction.",
			[]string{"DEMANDS Bolivia -> return the land", "DEMANDS Morocco -> stop the fence construction", "!CLAIMS Bolivia -> Chile must return"}},
		{"partial quotation inside reported speech is one claim", "Senegal said that the fishing ban was \u201ca disaster for families\u201d and must end.",
			[]string{"CLAIMS Senegal -> fishing ban was", "!rule CLAIMS Senegal -> a disaster for families = quote:"}},
		{"announcing a noun phrase is no claim", "Vietnam announced new duties on Thai sugar. Indonesia confirmed the visit would go ahead.",
			[]string{"!CLAIMS Vietnam", "SANCTIONS Vietnam -> duties on Thai sugar", "CLAIMS Indonesia -> visit would go ahead"}},
		{"speaker label with no verb before a quotation", "Mines Minister Hana Okoro: \u201cThe copper levy will stay in place this year.\u201d\n\nCentral Bank Governor Piotr Zelenko: \u201cWe see inflation falling by the spring.\u201d",
			[]string{"rule CLAIMS Hana Okoro -> copper levy will stay = quote:label", "rule CLAIMS Piotr Zelenko -> inflation falling = quote:label"}},
		{"a label needs a name at the start of the sentence", "The answer was simple: \u201cWe will not pay the ransom at all.\u201d",
			[]string{"!CLAIMS"}},
		{"an adverbial before the attribution is no claim", "In a filing last week, it said costs had risen. On Tuesday, Chile said the mine would reopen. Ortega Mining declined to comment. In a statement, it said output had doubled.",
			[]string{"!CLAIMS Chile -> On Tuesday", "CLAIMS Chile -> mine would reopen", "CLAIMS Ortega Mining -> output had doubled", "!CLAIMS Ortega Mining -> In a statement"}},
		{"a dateline is no part of a claim", "LIMA, March 3 (Andes Wire) - Peru will cut fuel taxes, according to the Finance Ministry.\n\nQUITO, Ecuador \u2014 Exports rose by 5 percent, the central bank said.",
			[]string{"CLAIMS Finance Ministry -> Peru will cut fuel taxes", "!CLAIMS Finance Ministry -> LIMA"}},
		{"dash attribution", "\u201cThe vote was stolen.\u201d \u2014 Opposition Leader Marco Villa\n\nCounting continued overnight.",
			[]string{"rule CLAIMS Marco Villa -> vote was stolen = quote:dash"}},
	})
}
