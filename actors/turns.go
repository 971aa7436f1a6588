package actors

import (
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
)

// OtherTurn reports whether a pronoun of sentence st, in a journalist's question or a moderator's
// or host's turn ("Q:", "HOST:"), would reach back into another turn than its own (ms: the
// sentence of the candidate mention). A question's content is the questioner's (README, "What a
// turn gives"): its "they"/"he"/"it" takes its antecedent from the asking turn itself, never from
// the answer before it, so that "They imposed tariffs on our steel last year. Will China
// respond?" after an answer naming China makes no act of China. Third-person pronouns refer
// outside the speech act's participants (CGEL ch. 17 §2.1): the questioner's antecedents are
// those of his own discourse, not the answerer's. The sentences of other turns are not limited.
func OtherTurn(st, ms *doc.Sent) bool {
	if st.Unit == nil || st.Unit.Role != discourse.Question && st.Unit.Role != discourse.Moderator {
		return false
	}
	return ms.Unit == nil || ms.Unit.Index != st.Unit.Index
}
