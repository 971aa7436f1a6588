package loader

import "testing"

// TestNominalCues (branch frames4): nominal cues whose agent is a possessor, a by-phrase or a
// from-phrase, and support-verb constructions. The nouns are the hand classes of cue-classes.txt
// and the event nouns that cameo-nouns.txt derives from the CAMEO verbs through WordNet
// ("seizure" of seize, CAMEO 171; "exclusion" of exclude, 170); a verb form the dictionary lists
// ("froze" of FREEZE) is that verb. Sentences of our own, traps included: a mass noun with from
// ("demand from China" for copper), a noun of removal whose possessor is the one removed, a
// nominal without an agent, a measure eased.
func TestNominalCues(t *testing.T) {
	runCases(t, []exCase{
		{"possessor", "Chile's condemnation of the raid was swift.",
			[]string{"OPPOSES Chile -> raid"}},
		{"by-phrase with the of-phrase hung on the name", "The condemnation by the African Union of the coup was swift.",
			[]string{"OPPOSES African Union -> coup"}},
		{"from-phrase of a noun of offering", "An offer from Japan to mediate between the two sides was welcomed.",
			[]string{"OFFERS Japan -> mediating"}},
		{"from-phrase of a noun of asking", "A demand from Bolivia for the return of the ships reached Lima.",
			[]string{"DEMANDS Bolivia -> return"}},
		{"a mass noun with from names an origin", "The price of copper depends on demand from China.",
			[]string{"!DEMANDS China"}},
		{"event noun of a CAMEO verb, possessor the agent", "Britain's seizure of the Iranian tanker angered Tehran.",
			[]string{"SANCTIONS United Kingdom -> tanker"}},
		{"event noun of a CAMEO verb, of-phrase the target", "The European Union's exclusion of Russian banks from the payment system took effect.",
			[]string{"SANCTIONS European Union -> Russian banks"}},
		{"the possessor of a noun of removal with from is the one removed", "Mexico's expulsion from the trade bloc was criticised.",
			[]string{"!SANCTIONS Mexico"}},
		{"a nominal with no agent names no source", "The exclusion of women from the talks drew protests.",
			[]string{"!SANCTIONS women"}},
		{"support verbs", "Kenya issued a stern warning to Somalia. Japan made an offer to host the talks. Peru lodged a protest with Chile over the fishing boats.",
			[]string{"THREATENS Kenya -> Somalia", "OFFERS Japan -> hosting the talks", "OPPOSES Peru"}},
		{"a form the dictionary lists", "Canada froze the assets of three Venezuelan generals.",
			[]string{"SANCTIONS Canada -> assets"}},
		{"an exclusion from a measure eases it", "The United States extended several tariff exclusions for Chinese machinery.",
			[]string{"!SANCTIONS United States", "!THREATENS United States"}},
	})
}
