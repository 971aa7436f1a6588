package loader

import "testing"

// TestStoryAgentBodies: a title's body whose name the actors list gives one state ("Senate": the
// US Senate) but Phoenix lists as an agent, a role of every state's ([~LEG]), takes the country of
// the story it is filed from, as any generic body does (actor_storyofficials.go storyBodies,
// agentName); a name only one state uses ("Pentagon") does not.
func TestStoryAgentBodies(t *testing.T) {
	runCases(t, []exCase{
		{"a senate president in a Santiago story", "SANTIAGO, May 3 (Reuters) - Chile's government sent the pension bill to Chile's lawmakers on Monday, a week after Argentina passed its own.\nThe president of the Senate, Ana Torres, said the chamber would vote in June.",
			[]string{"country Ana Torres = CHL", "GOVERNMENT Senate (Chile)"}},
		{"a senator's chamber in an Asuncion story", "ASUNCION, May 3 (AP) - Paraguay's government defended the budget on Monday, and Paraguay's unions protested outside the Brazilian embassy.\nSenate President Luis Benitez said the budget would pass.",
			[]string{"country Luis Benitez = PRY"}},
		{"another country named more often: none", "SANTIAGO, May 3 (Reuters) - The United States and the United States' allies praised the pension bill on Monday, and Chile thanked them.\nThe president of the Senate, Ana Torres, said the chamber would vote in June.",
			[]string{"!country Ana Torres = CHL"}},
		{"a name of one state's body: not the story's", "MANILA, May 3 (Reuters) - The Philippines protested to China on Monday, and the Philippines' navy sailed.\nDefense Secretary Pedro Gomez said the Pentagon would send ships.",
			[]string{"!GOVERNMENT Pentagon (Philippines)", "!country Pentagon = PHL"}},
	})
}

// TestAgentNamedKnownBodies: a known body of one state whose name Phoenix lists as an agent
// ("House of Representatives" [~LEG], actors.txt's US House) written bare is that state's only
// when the article agrees, as "Congress" and "Senate" are (actor_entity.go knownWritten).
func TestAgentNamedKnownBodies(t *testing.T) {
	runCases(t, []exCase{
		{"a Nigerian speaker under an Abuja dateline", "ABUJA, May 3 (Reuters) - Nigeria's senators passed the fuel bill on Monday, and Nigeria's unions called it a betrayal, as the United States had warned.\nIn the House of Representatives, the Speaker, Musa Bello, said the chamber would vote next week.",
			[]string{"country Musa Bello = NGA", "!country House of Representatives = USA"}},
		{"no country named: never the US House", "Finance Minister Ada Obi told the House of Representatives on Tuesday that the budget would shrink.",
			[]string{"!country House of Representatives = USA"}},
		{"a US story: the US House", "WASHINGTON, May 3 (AP) - The United States will cut its aid, the White House said on Monday.\nThe House of Representatives passed the bill by 220 votes to 210.",
			[]string{"country House of Representatives = USA"}},
	})
}
