package loader

import "testing"

// TestSideDelegates: the persons representing "the <demonym> side" of talks are that state's
// (codes_accompanied.go sideDelegates); near misses: "side" of no demonym, another verb.
func TestSideDelegates(t *testing.T) {
	runCases(t, []exCase{
		{"side represented by two officials", "The talks on the fisheries agreement ended in Reykjavik on Friday. The Norwegian side was represented by Minister of Fisheries Ola Berg and Deputy Foreign Minister Kari Solheim.",
			[]string{"country Ola Berg = NOR", "country Kari Solheim = NOR"}},
		{"side led by", "The Vietnamese side, led by Deputy Prime Minister Tran Van Minh, proposed a joint committee on rice exports.",
			[]string{"country Tran Van Minh = VNM"}},
		{"no demonym", "The other side was represented by Director Ola Berg of the fisheries federation.",
			[]string{"!country Ola Berg = NOR"}},
		{"another verb", "The Norwegian side was criticised by Minister of Fisheries Ola Berg of Iceland's opposition party.",
			[]string{"!country Ola Berg = NOR"}},
	})
}
