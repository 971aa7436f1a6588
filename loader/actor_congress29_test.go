package loader

import "testing"

// TestCongressMembers29: a member of the US Congress by the AP Stylebook's party-and-state
// designation ("(D-Minn.)", ", R-Texas,") or by his state with a congressional title ("Iowa Sen.
// X", "Sen. X of Iowa", "the Vermont senator") is the United States', and his bare chamber is
// the US Senate or House (membersCountry); a bare Congress beside a US chamber is the US Congress
// (US Constitution, Art. I, §1). Must-not: "State Sen." is a state legislator; a designation
// whose state is none of the US states, or no title with no state, give nothing.
func TestCongressMembers29(t *testing.T) {
	runTextCases(t, []textCase{
		{"Sen. Maria Olsen (D-Minn.) criticized the farm bill on Tuesday. The Senate will vote on it next week.",
			[]string{"country Maria Olsen = USA", "country Senate = USA"}},
		{"Rep. Tom Fenwick, R-Texas, rejected the spending plan. The House passed it anyway.",
			[]string{"country Tom Fenwick = USA", "country House of Representatives = USA"}},
		{"Iowa Sen. Dale Parker opposed the trade deal. The Senate votes Friday.",
			[]string{"country Dale Parker = USA", "country Senate = USA"}},
		{"Senator Dale Parker of Iowa opposed the trade deal. The Senate votes Friday.",
			[]string{"country Senate = USA"}},
		{"In 2011, Rep. Tom Fenwick (D-Ore.) resigned from Congress after a scandal.",
			[]string{"country Congress = USA"}},
		// must-not
		{"State Sen. Dale Parker opposed the school budget. The Senate votes Friday.",
			[]string{"country Senate = local", "!country Dale Parker = USA"}},
		{"Sen. Rosa Tan (L-Quezon) opposed the school budget. The Senate votes Friday.",
			[]string{"country Senate = local"}},
		{"Congress rejected the budget plan on Friday. State Sen. Maria Olsen praised the vote.",
			[]string{"country Congress = local"}},
	})
}

// TestStateNamedBodies29: an article whose places are the US states (named in full, more often
// than any other country) is a US story: its bare national bodies and its parties are the
// United States' (Phoenix's USA record lists the states as its places). Must-not: a story
// naming another country more often keeps them local; a "State Supreme Court" is a state's
// court (AP Stylebook, "state"), not the nation's.
func TestStateNamedBodies29(t *testing.T) {
	runTextCases(t, []textCase{
		{"Voters in Iowa and New Hampshire rejected the plan. The Senate will vote on the plan next week, and the Democratic Party opposed it.",
			[]string{"country Senate = USA", "country Democratic Party = USA"}},
		{"Voters in Ohio and Iowa went to the polls. The Legislature passed the voter ID law on Monday.",
			[]string{"country Legislature = local"}},
		{"Farmers in Ohio and Kansas praised the ruling. The Supreme Court upheld the water rule on Monday.",
			[]string{"code Supreme Court (United States) = USAJUD"}},
		// must-not
		{"Mexico's president said the Supreme Court ruling was a blow to Mexico. Ranchers in Texas welcomed it, but Mexico will appeal.",
			[]string{"country Supreme Court = local"}},
		{"Voters in Ohio and Iowa went to the polls. The State Supreme Court rejected the voter ID law on Monday.",
			[]string{"country State Supreme Court = local"}},
	})
}

// TestChamberCommittees29: "House Judiciary Committee" (a chamber's short name opening a
// committee's name) is a GOVERNMENT body of its chamber's country and sector. Must-not: a
// committee named after no chamber ("Housing Committee") and a chamber word that is no name's
// first word stay as they are.
func TestChamberCommittees29(t *testing.T) {
	runTextCases(t, []textCase{
		{"Rep. Tom Fenwick (D-Ore.) sits on the House Fisheries Committee. The House Fisheries Committee rejected the quota plan on Tuesday.",
			[]string{"GOVERNMENT House Fisheries Committee", "code House Fisheries Committee = USALEG"}},
		{"The Pacific Housing Committee rejected the rent plan on Tuesday.",
			[]string{"!GOVERNMENT Pacific Housing Committee"}},
	})
}

// TestStateTitledBody29: a holder's title opening with a US state's name ("Ohio Secretary of
// State") is that state's office: its body does not become the nation's in a story of the
// states. Must-not: the national body of a story of the states still does (the Senate). The
// holder of a US state's office is American (actors/placeoffice.go, session 32), a country given
// after the bodies took theirs, so it passes to no body.
func TestStateTitledBody29(t *testing.T) {
	runTextCases(t, []textCase{
		{"Voters in Ohio and Iowa went to the polls on Tuesday. Ohio Secretary of State Jon Hale rejected the court ruling on Monday.",
			[]string{"!country State Department = USA", "country Jon Hale = USA"}},
		{"Voters in Ohio and Iowa went to the polls on Tuesday. The Senate rejected the court ruling on Monday.",
			[]string{"country Senate = USA"}},
	})
}
