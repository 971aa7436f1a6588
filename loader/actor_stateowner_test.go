package loader

import "testing"

// TestStateNamedBody: an administrative body named with its state's name before its head or after
// "of"/"in" at its end is that state's GOVERNMENT body; a demonym, two states, another head
// (a corporation) or no state leave an organization.
func TestStateNamedBody(t *testing.T) {
	runCases(t, []exCase{
		{"the state's short form premodifies a committee", "The U.S. Trade Policy Committee rejected the request from the steel importers.",
			[]string{"GOVERNMENT U.S. Trade Policy Committee", "country U.S. Trade Policy Committee = USA"}},
		{"the state's name premodifies a commission", "The Japan Fair Trade Commission fined the chip maker for price fixing.",
			[]string{"GOVERNMENT Japan Fair Trade Commission", "country Japan Fair Trade Commission = JPN"}},
		{"in the state, ending the name", "The Committee on Foreign Investment in the United States (CFIUS) blocked the sale of the port operator.",
			[]string{"GOVERNMENT Committee on Foreign Investment in the United States"}},
		{"of the state, ending the name", "The Tariff Commission of the Philippines opposed the import ban on rice.",
			[]string{"GOVERNMENT Tariff Commission of the Philippines", "country Tariff Commission of the Philippines = PHL"}},
		{"a demonym only classifies", "The American Heritage Committee criticized the decision of the court.",
			[]string{"!GOVERNMENT American Heritage Committee"}},
		{"two states joined are neither's", "The U.S.-China Business Council welcomed the trade agreement.",
			[]string{"!GOVERNMENT U.S.-China Business Council"}},
		{"an outlet is no state body", "The Ghana News Agency reported that the minister rejected the levy.",
			[]string{"!GOVERNMENT Ghana News Agency"}},
		{"a council of a state's businesses is theirs", "The Business Council of Malaysia criticized the new levy on imports.",
			[]string{"!GOVERNMENT Business Council of Malaysia"}},
		{"a sector's premodifier", "The Refugee Committee of Kenya criticized the closure of the camp.",
			[]string{"!GOVERNMENT Refugee Committee of Kenya"}},
		{"a corporation is no administrative head", "The U.S. Steel Corporation rejected the offer from the Japanese buyer.",
			[]string{"!GOVERNMENT U.S. Steel Corporation"}},
	})
}
