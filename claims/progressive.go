package claims

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
)

// progressiveReport reports a verb of saying in the progressive at token k of st ("We are stating
// very plainly that …", "the ministry is saying that …") whose complement is a that-clause: the
// progressive aspect (be + -ing, Quirk et al. 1985, 4.23-4.28) changes how the saying is viewed,
// not the verb's complementation, so the clause is reported as the simple form's would be
// (issuer22, class L11). Without "that" an -ing form after "be" is left alone ("is saying
// nothing", "are calling for talks").
func progressiveReport(lx *lexicon.Lexicons, st *doc.Sent, k int) bool {
	cs, ce := ClauseAfter(lx, st, k)
	return ce > cs && cs >= 1 && st.Toks[cs-1].Lower == "that"
}
