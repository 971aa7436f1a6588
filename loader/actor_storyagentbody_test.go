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
