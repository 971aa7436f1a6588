package loader

import "testing"

// Session 19 (branch names19, issue 14): persons and names the reviewer's check left. Every
// sentence was written for these tests; none comes from the corpus, the dev or the held-out sets.

// TestTitleWordSurname: a title word that closes a name run after a given name is the surname
// (titleWordSurname, actor_names.go); a title before a name or after a common word stays a title.
func TestTitleWordSurname(t *testing.T) {
	runCases(t, []exCase{
		{"a dictionary person whose surname is a title", "Julie Bishop said on Friday that Australia opposes the new tariffs.",
			[]string{"PERSON Julie Bishop", "CLAIMS Julie Bishop -> Australia opposes the new tariffs"}},
		{"a given name of the dictionary before Judge", "Thomas Judge said the Irish government rejects the levy.",
			[]string{"PERSON Thomas Judge"}},
		{"a given name of the dictionary before General", "Lucas General told the court that the contract was void.",
			[]string{"PERSON Lucas General"}},
		{"near miss: a common adjective before the title", "The Catholic Bishop said the diocese supports the plan.",
			[]string{"!actor Catholic Bishop"}},
		{"near miss: a two-word title before a name", "Attorney General Maria Lopez rejected the claim.",
			[]string{"PERSON Maria Lopez", "!actor Attorney General"}},
		{"near miss: the name goes on after the title word", "The Julie Bishop Foundation welcomed the plan.",
			[]string{"!PERSON Julie Bishop"}},
	})
}
