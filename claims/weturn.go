package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// weReportsOnly reports that every claim made so far in sentence st is a report whose verb of
// saying or believing has "we" for subject in the turn of a speaker who speaks for his body (a
// briefing's answer or label turn, a statement, a titled voice): "We have made clear that …",
// "We believe the visit will …", "We reject any suggestion that …". Such a reporting clause, in
// the first person and the present or present perfect, is the speaker's own assertion on his
// side's behalf (Quirk et al. 1985, 4.5 and 4.22 on the state present and the present perfect of
// a standing view; 15.54 on first-person reporting clauses as comment clauses), not a report of
// someone else's words. So the sentence is also the speaker's claim, which turnClaims gives him
// with the unit's rule as it does every other sentence of his turn (and "We hope that …",
// reportedClaims' attitude verbs); the report stays his side's claim of its content, with him
// as Evidence.speaker, as a stance of the turn does. A comment clause opened by "as" ("As we
// said before, China …") cites the side's earlier words for the main clause and is left to the
// reported-speech rules alone.
func weReportsOnly(st *doc.Sent, cands []*doc.ClaimCand) bool {
	if len(cands) == 0 || !speakers.Speaking(st.Unit) {
		return false
	}
	for _, c := range cands {
		k := cueToken(st, c)
		if k < 0 || !weSubjectBefore(st, k) {
			return false
		}
	}
	return true
}

// cueToken returns the index of the token of st that opens c's cue word, or -1.
func cueToken(st *doc.Sent, c *doc.ClaimCand) int {
	if c.Cue == "" {
		return -1
	}
	for k, t := range st.Toks {
		if t.Start == c.CueStart {
			return k
		}
	}
	return -1
}

// weSubjectBefore reports "we" right before the verb at k, past auxiliaries, "not" and adverbs
// ("we have repeatedly said", "we would also stress"), not after "as".
func weSubjectBefore(st *doc.Sent, k int) bool {
	for j := k - 1; j >= 0; j-- {
		w := st.Toks[j].Lower
		if strings.HasSuffix(w, "ly") && st.Toks[j].Kind == text.Word || doc.AuxWords.Has(w) || w == "not" || w == "also" || w == "still" || w == "always" {
			continue
		}
		return w == "we" && (j == 0 || st.Toks[j-1].Lower != "as")
	}
	return false
}
