package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// operatorOpener reports a finite operator (a finite auxiliary or copula, data/wordclasses/
// finiteaux.txt, or a finite form of do or shall, finitedo.txt) at token j, the first word after
// a name's comma: "Sam, did the President threaten …?", "Maria, is the ministry ready?". An
// operator before its subject is the inversion of a question (Quirk et al. 1985, 11.5; 3.21 on
// operators), so a clause opens there; an appositive is a noun phrase (17.65), and the name
// before the comma is a vocative addressing the hearer (10.52-10.54), which holds no title from
// the words that follow. A noun phrase after the comma ("Sam Reyes, the deputy director,") is
// left to the appositive rules.
func operatorOpener(st *doc.Sent, j int) bool {
	if j >= len(st.Toks) || st.Toks[j].Kind != text.Word {
		return false
	}
	w := st.Toks[j].Lower
	return w != "" && w[0] != '\'' && (doc.FiniteAux.Has(w) || doc.FiniteDo.Has(w))
}
