package syntax_test

import (
	"fmt"
	"strings"

	"github.com/claimgraph/claimgraph/syntax"
)

// Annotate fills the tags, lemma, head and relation of each token; Head is the index of the
// head token in the sentence, -1 for the root.
func ExampleModel_Annotate() {
	m, err := syntax.Default()
	if err != nil {
		panic(err)
	}
	var sent []syntax.Token
	for _, w := range strings.Fields("The sanctions were imposed by Washington .") {
		sent = append(sent, syntax.Token{Form: w})
	}
	m.Annotate(sent)
	for i, t := range sent {
		head := "ROOT"
		if t.Head >= 0 {
			head = sent[t.Head].Form
		}
		fmt.Printf("%d %-10s %-9s %-5s %-4s %-10s → %s\n", i, t.Form, t.Lemma, t.UPOS, t.XPOS, t.DepRel, head)
	}
	// Output:
	// 0 The        the       DET   DT   det        → sanctions
	// 1 sanctions  sanction  NOUN  NNS  nsubj:pass → imposed
	// 2 were       be        AUX   VBD  aux:pass   → imposed
	// 3 imposed    impose    VERB  VBN  root       → ROOT
	// 4 by         by        ADP   IN   case       → Washington
	// 5 Washington Washington PROPN NNP  obl:agent  → imposed
	// 6 .          .         PUNCT .    punct      → imposed
}
