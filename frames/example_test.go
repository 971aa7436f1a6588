package frames_test

import (
	"fmt"
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// A passive sanction with conjoined agents: each agent acts. The sanction noun carries the cue
// (its support verb's subject, here the passive agent, is the source), and the rule names the
// frame and the cue-classes.txt entry.
func Example() {
	const tree = "1\tTariffs\ttariff\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_\n" +
		"2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n" +
		"3\timposed\timpose\tVERB\tVBN\t_\t0\troot\t_\t_\n" +
		"4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n" +
		"5\tCanada\tCanada\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n" +
		"6\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n" +
		"7\tMexico\tMexico\tPROPN\tNNP\t_\t5\tconj\t_\t_\n" +
		"8\ton\ton\tADP\tIN\t_\t9\tcase\t_\t_\n" +
		"9\tsteel\tsteel\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
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
		fmt.Println(m.Type, toks[m.Source].Form, "→", toks[m.Target].Form, m.Mode, m.Rule)
	}
	// Output:
	// SANCTIONS Canada → steel asserted frames:noun-support:class/noun/tariff
	// SANCTIONS Mexico → steel asserted frames:noun-support:class/noun/tariff
}
