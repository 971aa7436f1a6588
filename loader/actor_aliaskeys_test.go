package loader

import "testing"

// TestAliasKeys checks which surface forms a node stores as aliases (actor_aliaskeys.go), on
// sentences written for the test: a person's given name alone or after an office title is no
// alias where the country writes the given name first; near misses keep the family name, a
// family-name-first name's first word, and a given name after a title of nobility.
func TestAliasKeys(t *testing.T) {
	runCases(t, []exCase{
		{"an office title with a given name is no alias",
			"German Finance Minister Karl Brenner visited Paris. Minister Karl said Germany backed the plan.",
			[]string{"PERSON Karl Brenner", "country Karl Brenner = DEU", "!alias Karl Brenner = Minister Karl", "!alias Karl Brenner = Karl"}},
		{"nor is the given name alone; the family name stays",
			"U.S. Trade Representative Ambassador Marcus Holloway met Japanese officials in Tokyo. Ambassador Marcus said the United States wanted a deal, and Holloway added that talks would continue.",
			[]string{"PERSON Marcus Holloway", "!alias Marcus Holloway = Ambassador Marcus", "alias Marcus Holloway = Holloway"}},
		{"a family-name-first name keeps its first word",
			"Chinese Vice Premier Liu He met the delegation. Liu said China wanted a deal.",
			[]string{"PERSON Liu He", "alias Liu He = Liu"}},
		{"a title of nobility takes the given name",
			"Crown Prince Faisal bin Salman of Saudi Arabia met the envoys. Prince Faisal said Saudi Arabia wanted peace.",
			[]string{"PERSON Faisal bin Salman", "alias Faisal bin Salman = Prince Faisal"}},
	})
}
