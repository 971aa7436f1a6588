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
