package loader

import "testing"

// TestHolderFormJoinsBody checks that a title's bare body ("Treasury" of "Treasury Secretary X")
// joins the article's one body of that name with a country when the holder's title head is a form
// the Phoenix dictionary records for that country's offices and for no other country the article
// names (holdersFormOnly, actor_bodynames.go). Sentences written for the test; near misses: a
// second named country whose offices take the same head (Mexico's secretaries), and a named
// country the dictionary records no forms for.
func TestHolderFormJoinsBody(t *testing.T) {
	runCases(t, []exCase{
		{"a secretary's Treasury is the US one beside China",
			"The U.S. Treasury Department fined three banks. Treasury Secretary Dana Whitlow said China must end the trade.",
			[]string{"country Dana Whitlow = USA", "!actor Treasury", "MEMBER_OF Dana Whitlow -> Treasury Department (United States)"}},
		{"Mexico's offices take secretaries too: the bare body stays",
			"The U.S. Treasury Department fined three banks. Treasury Secretary Dana Whitlow said Mexico must end the trade.",
			[]string{"!country Dana Whitlow = USA", "GOVERNMENT Treasury"}},
		{"a country whose forms the dictionary does not record leaves it too",
			"The U.S. Treasury Department fined three banks. Treasury Secretary Dana Whitlow said Bhutan must end the trade.",
			[]string{"!country Dana Whitlow = USA", "GOVERNMENT Treasury"}},
	})
}
