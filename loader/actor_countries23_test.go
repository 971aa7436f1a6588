package loader

import "testing"

// TestOfNationalityOrgs: an organization whose name's of-phrase gives its members' nationality
// before an agent noun is that country's (actor_nationalnoun.go ofNationalityOrgs); a noun no
// agent dictionary lists, or an IGO of the dictionary, takes none.
func TestOfNationalityOrgs(t *testing.T) {
	runCases(t, []exCase{
		{"members' nationality in the of-phrase", "LIMA, June 9 (Reuters) - The Confederation of Peruvian Farmers called a strike on Tuesday.\nThe National Union of South African Workers said it backed the farmers.",
			[]string{"country Confederation of Peruvian Farmers = PER", "country National Union of South African Workers = ZAF"}},
		{"a noun that is no agent, and an IGO", "LIMA, June 9 (Reuters) - The Society of Peruvian Poets held a reading on Tuesday.\nThe Organization of American States welcomed the vote.",
			[]string{"country Society of Peruvian Poets = ", "country Organization of American States = "}},
	})
}

// TestPossessedCollectiveModified: a country's genitive determines a collective noun phrase with
// premodifiers ("Malawi's main opposition"), as it does the bare collective ("Malawi's
// opposition"): the group is that country's (actor_structure.go); a possessor that is no country
// gives none.
func TestPossessedCollectiveModified(t *testing.T) {
	runCases(t, []exCase{
		{"premodified collective after a country's genitive", "HARARE, June 9 (Reuters) - Zimbabwe's fractured opposition boycotted the vote on Tuesday.",
			[]string{"country Zimbabwe fractured opposition = ZWE"}},
		{"two premodifiers", "HARARE, June 9 (Reuters) - Zimbabwe's divided main opposition boycotted the vote on Tuesday.",
			[]string{"country Zimbabwe divided main opposition = ZWE"}},
		{"a possessor that is no country", "HARARE, June 9 (Reuters) - The president's main opposition boycotted the vote on Tuesday.",
			[]string{"country main opposition = "}},
	})
}

// TestStoryAdministrations: a government named after a party family, in a story whose dateline
// country is the only one it names, is that country's (actor_aliases.go storyAdministrations); a
// second country named, or a ruler's name (no party family's), leaves it without.
func TestStoryAdministrations(t *testing.T) {
	runCases(t, []exCase{
		{"a party's government in a one-country story", "OTTAWA, June 9 (Reuters) - The Conservative government said on Tuesday it would cut the carbon levy.",
			[]string{"country Conservative government (Canada) = CAN"}},
		{"another country named", "OTTAWA, June 9 (Reuters) - The Conservative government said on Tuesday it would cut tariffs on steel from Mexico.",
			[]string{"country Conservative government = "}},
		{"a ruler's name, not a party's", "BEIJING, June 9 (Reuters) - The Trump administration raised tariffs on steel, China's Commerce Ministry said on Tuesday.",
			[]string{"country Trump administration = "}},
	})
}

// TestClassifyingGenitiveUnion: an institution noun that heads Phoenix's compound agents
// ("union") with a classifying genitive of any plural noun is a descriptive actor, and a
// country's genitive before it gives its country (actor_agents.go agentPhraseEndingAt); a
// singular possessor is no classifying genitive.
func TestClassifyingGenitiveUnion(t *testing.T) {
	runCases(t, []exCase{
		{"a country's dockers' union", "SANTIAGO, June 9 (Reuters) - Chile's biggest dockers' union threatened a strike on Tuesday over port automation.",
			[]string{"country biggest dockers' union = CHL", "THREATENS biggest dockers' union -> strike"}},
		{"a singular possessor", "SANTIAGO, June 9 (Reuters) - Chile's biggest port's union threatened a strike on Tuesday over port automation.",
			[]string{"!actor biggest port's union"}},
	})
}

// TestTitlePortfolioPremodifiers: capitalized portfolio words and office modifiers before a bare
// office title are the formal title's own ("Deputy Energy Secretary"), so the office is the
// story's state's (actor_storyofficials.go titleAfterName); a name before them ("Petrobras
// Deputy Finance Secretary") still makes it another body's.
func TestTitlePortfolioPremodifiers(t *testing.T) {
	runCases(t, []exCase{
		{"portfolio and office modifier before the title", "MANILA, June 9 (Reuters) - Acting Energy Secretary Lorna Bautista said on Tuesday that power rates would rise next month.",
			[]string{"country Lorna Bautista = PHL"}},
		{"a body's name before them", "MANILA, June 9 (Reuters) - Meralco Deputy Finance Secretary Lorna Bautista said on Tuesday that power rates would rise next month.",
			[]string{"country Lorna Bautista = "}},
	})
}
