package loader

import "testing"

// TestSharedModifierConjuncts: a country premodifier or possessor written before the first of
// coordinated plural agent nouns is shared by every conjunct (actor_sharedmodifier.go; CGEL ch.
// 15, Quirk et al. 1985, 13.60), so each later bare conjunct is a GROUP of that country and a
// target of its own. Invented wordings; near misses: a conjunct with its own determiner or
// nationality, and a list no conjunction closes.
func TestSharedModifierConjuncts(t *testing.T) {
	runCases(t, []exCase{
		{"name premodifier, serial comma", "Moscow warned Canadian exporters, manufacturers, and farmers of reprisals.",
			[]string{"THREATENS Russia -> Canadian exporters", "THREATENS Russia -> Canadian manufacturers", "THREATENS Russia -> Canadian farmers",
				"GROUP Canadian farmers", "country Canadian farmers = CAN", "code Canadian farmers = CANAGR", "mention Canadian farmers = agent:shared-modifier",
				"!POLICY farmers of reprisals", "!POLICY farmers"}},
		{"demonym, two conjuncts", "Beijing praised Kenyan students and businessmen.",
			[]string{"SUPPORTS China -> Kenyan students", "SUPPORTS China -> Kenyan businessmen", "country Kenyan businessmen = KEN"}},
		{"group head as conjunct", "Tokyo criticized Indian officials, diplomats and workers.",
			[]string{"OPPOSES Japan -> Indian workers", "country Indian workers = IND"}},
		{"near miss: own determiner", "Ankara criticized German companies and the workers.",
			[]string{"!actor German workers"}},
		{"near miss: own nationality", "Ankara criticized German companies and Dutch farmers.",
			[]string{"!actor German farmers", "OPPOSES Turkey -> Dutch farmers"}},
		{"near miss: no conjunction closes the list", "German companies, workers said they opposed the levy.",
			[]string{"!actor German workers"}},
	})
}

// TestPeopleTargets: a target phrase headed by a plural noun of people is an actor, never a
// policy: a GROUP of the country its of/in/from phrase names, and no relation for a counted
// definite that refers back ("the two airlines") (relation_peopletarget.go). Near misses: a
// thing possessed by people stays a policy, and people of no country named keep the phrase.
func TestPeopleTargets(t *testing.T) {
	runCases(t, []exCase{
		{"from-phrase country", "Lima welcomed students from Chile.",
			[]string{"SUPPORTS Peru -> students from Chile", "KNOWN parser: from-PP obl of welcomed (UD: nmod of students) | GROUP students from Chile", "KNOWN parser: from-PP obl of welcomed (UD: nmod of students) | country students from Chile = CHL", "KNOWN parser: from-PP obl of welcomed (UD: nmod of students) | code students from Chile = CHLEDU"}},
		{"of-phrase country", "Canada stood with the farmers of Ghana.",
			[]string{"SUPPORTS Canada -> farmers of Ghana", "GROUP farmers of Ghana", "country farmers of Ghana = GHA"}},
		{"near miss: two countries", "Brazil praised the farmers of Argentina and Uruguay.",
			[]string{"!country farmers of Argentina and Uruguay = ARG", "!actor farmers of Argentina and Uruguay"}},
		{"counted definite", "The carriers merged last year. Quito protested to the two airlines on Monday.",
			[]string{"!OPPOSES Ecuador", "!POLICY two airlines"}},
		{"counted definite with its antecedent", "On Monday, three Brazilian airlines changed their maps. In response, the Taiwanese authorities lodged protests to the three companies.",
			[]string{"OPPOSES Taiwanese authorities -> Brazilian airlines", "!POLICY three companies"}},
		{"near miss: counted antecedent of another class", "On Monday, two Brazilian students were detained. In response, the Taiwanese authorities lodged protests to the two companies.",
			[]string{"!OPPOSES Taiwanese authorities -> Brazilian students"}},
		{"near miss: possessed thing", "The senator backed farmers' demands for subsidies.",
			[]string{"SUPPORTS senator -> farmers' demands", "!actor farmers"}},
		{"near miss: policy", "Canberra opposed the tariffs on wine.",
			[]string{"OPPOSES Australia -> tariffs on wine"}},
	})
}

// TestQuantityOfGoods: a measure on an amount of goods whose owner or origin is named targets
// that party, not the amount (relation_measureparty.go quantityOfGoods; Quirk et al. 1985,
// 5.7–5.10 partitives). Near misses: an amount with no party keeps the phrase; a list of
// countries gives each its target.
func TestQuantityOfGoods(t *testing.T) {
	runCases(t, []exCase{
		{"worth of, demonym", "Seoul raised duties on $7 billion worth of Japanese steel.",
			[]string{"SANCTIONS South Korea -> Japan", "!SANCTIONS South Korea -> $7 billion", "!POLICY $7 billion worth of Japanese steel"}},
		{"of-imports from", "Ottawa raised tariffs on $5 billion of imports from Peru.",
			[]string{"KNOWN parser: on-PP and from-PP obl of raised (UD: nmod of tariffs and of imports) | SANCTIONS Canada -> Peru", "KNOWN parser: on-PP and from-PP obl of raised (UD: nmod of tariffs and of imports) | !SANCTIONS Canada -> $5 billion"}},
		{"measure noun", "Manila imposed a ban on 3 million tons of Thai rice.",
			[]string{"SANCTIONS Philippines -> Thailand", "!SANCTIONS Philippines -> 3 million tons"}},
		{"near miss: no party", "Seoul raised duties on $7 billion worth of steel.",
			[]string{"SANCTIONS South Korea -> $7 billion worth of steel"}},
		{"near miss: goods named without amount", "The EU placed a ban on Chinese steel imports.",
			[]string{"SANCTIONS European Union -> Chinese steel imports", "SANCTIONS European Union -> China"}},
		{"near miss: list of countries", "The EU imposed sanctions on Iran, Syria and Belarus.",
			[]string{"SANCTIONS European Union -> Iran", "SANCTIONS European Union -> Syria", "SANCTIONS European Union -> Belarus"}},
	})
}
