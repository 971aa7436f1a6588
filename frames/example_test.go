package frames_test

import (
	"fmt"
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// A passive sanction with a conjoined agent: each agent acts, and the rule names the frame and
// the CAMEO dictionary line.
func Example() {
	const tree = "1\tTariffs\ttariff\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_\n" +
		"2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n" +
		"3\timposed\timpose\tVERB\tVBN\t_\t0\troot\t_\t_\n" +
		"4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n" +
		"5\tCanada\tCanada\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n" +
		"6\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n" +
		"7\tMexico\tMexico\tPROPN\tNNP\t_\t5\tconj\t_\t_\n"
	s, err := conllu.NewReader(strings.NewReader(tree+"\n"), "example").Next()
	if err != nil {
		panic(err)
	}
	lx, err := frames.Default()
	if err != nil {
		panic(err)
	}
	toks := frames.FromCoNLLU(s)
	for _, m := range lx.Match(toks) {
		if m.Kind == "verb" {
			fmt.Println(m.Type, toks[m.Source].Form, "→", toks[m.Target].Form, m.Mode, m.Rule)
		}
	}
	// Output:
	// SANCTIONS Canada → Tariffs asserted frames:verb-passive:cameo@8073
	// SANCTIONS Mexico → Tariffs asserted frames:verb-passive:cameo@8073
}
