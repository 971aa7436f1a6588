package loader

import "testing"

// TestStoryOfficialsAtTitle: whether a bare office of state is the story's is read where the title
// is written (actor_storyofficials.go otherCountryAtTitle): a later sentence naming the official
// beside another state's leader leaves the office the story country's; another country's actor
// in the titled sentence still leaves it open.
func TestStoryOfficialsAtTitle(t *testing.T) {
	runCases(t, []exCase{
		{"a later meeting with a foreign president", "LIMA, May 3 (Reuters) - Peru's government suspended the mining permits on Monday, and Peru's miners protested.\nPresident Ana Rojas said the permits would be reviewed.\nRojas will travel to Brasilia next week to meet President Luiz Inacio Lula da Silva of Brazil.",
			[]string{"country Ana Rojas = PER"}},
		{"another state's actor in the titled sentence: none", "LIMA, May 3 (Reuters) - Peru's government suspended the mining permits on Monday, and Peru's miners protested.\nMinister Ana Rojas met President Luiz Inacio Lula da Silva of Brazil in Brasilia on Monday.",
			[]string{"country Ana Rojas = "}},
	})
}
