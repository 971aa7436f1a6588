package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// trailingReportEnd ends the clause that the verb of saying at k governs before a reporting
// clause of another speaker that closes the sentence (issuer22, class L8): "Asked about an
// article quoting Senator X, in which he argued that the port should close, Minister Y said:" —
// the fronted participle clause and the relative clause inside it end at the comma before the
// main clause's subject (Quirk et al. 1985, 15.58 on the punctuation of supplementive clauses,
// 17.22 on non-restrictive relative clauses closed by a comma); what follows the comma, a noun
// phrase naming a speaker and a verb of saying with nothing after it, is the matrix clause, whose
// own complement follows the sentence (a colon block) or preceded it. It returns the comma's
// index when the sentence from a comma after k to end is such a reporting clause: up to eight
// words with no verb among them, headed by a name or title ("Minister Ann Berg", "the foreign
// minister"), then a verb of saying
// (speech lexicon) as the last word; else end.
func trailingReportEnd(lx *lexicon.Lexicons, st *doc.Sent, k, end int) int {
	toks := st.Toks
	v := end - 1
	if v <= k+2 {
		return end
	}
	if le, ok := doc.AttitudeAt(lx, st, v); !ok || le.Speech == "" || le.Speech == "belief" || le.Speech == "attitude" {
		return end
	}
	if h := toks[v-1]; h.Kind != text.Word || !h.Cap && lx.Titles[h.Lower] == nil {
		return end // the phrase's head: a name or a title ("Minister Ann Berg", "the foreign minister")
	}
	for j := v - 1; j > k+1 && j >= v-9; j-- {
		t := toks[j]
		if t.Text == "," {
			if j+1 == v {
				return end
			}
			return j
		}
		if _, speech := doc.AttitudeAt(lx, st, j); t.Kind != text.Word || speech || !t.Cap && (lx.PastForms[t.Lower] || strings.HasSuffix(t.Lower, "ed")) {
			return end // a verb: a clause of its own, no noun phrase
		}
	}
	return end
}
