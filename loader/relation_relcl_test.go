package loader

import "testing"

// TestRelclRules: the rules added on branch relcl, on sentences of our own (not those of
// unseenFamilies): a person's name set off by commas in a description's subject phrase is the
// source (Quirk et al. 1985, 17.65); an -ing supplementive clause after the subject takes the
// matrix subject (Quirk 15.58–15.60); a base form the tagger read as VBZ after a demand verb is
// the mandative subjunctive (Quirk 3.5, 16.32); a possessor does not stand for the actor its
// phrase names (Quirk 5.115); "the TITLE of ORG, Name," gives the name the role (Quirk 17.65);
// "appealed to X to V": the infinitive after a prepositional addressee is what is requested
// (Quirk 16.63).
func TestRelclRules(t *testing.T) {
	runCases(t, []exCase{
		{"a comma-set name after a description", "The president of the regional council, Ana Ruiz, condemned the raid on the port.",
			[]string{"OPPOSES Ana Ruiz -> raid"}},
		{"a supplementive participle after the subject", "Ghana's health ministry, citing a new report, warned of a measles outbreak.",
			[]string{"CITES Ghana's health ministry -> new report"}},
		{"a comma-set name after an of-phrase", "The chairman of the Senate committee, John Kamau, rejected the budget.",
			[]string{"OPPOSES John Kamau -> budget", "!OPPOSES Senate"}},
		{"a mandative subjunctive tagged VBZ", "Chile demanded that Bolivia pass the water law.",
			[]string{"DEMANDS Chile"}},
		{"a title with an of-phrase before a name between commas", "The head of the Red Cross, Ana Ruiz, called for a truce.",
			[]string{"DEMANDS Ana Ruiz -> truce", "role Ana Ruiz = head"}},
		{"a prepositional addressee before the requested infinitive", "Kenya appealed to Uganda to reopen the border. Nepal pleaded with India to lift the blockade.",
			[]string{"DEMANDS Kenya -> reopening the border", "DEMANDS Nepal -> lifting the blockade"}},
		{"a possessor is not the possessed actor", "Kenya's opposition party rejected the budget.",
			[]string{"!OPPOSES Kenya -> budget"}},
	})
}
