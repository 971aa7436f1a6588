package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
)

// invertedReportRule names the source of a voiced obligation or warning said in a clause that
// a verb of saying after it reports ("…, the ministry said"), read through the claims stage's
// speech:inverted claim rather than the parse (invertedReportSpeaker).
const invertedReportRule = "report:inverted"

// invertedReportSpeaker is the speaker of the claims stage's speech:inverted claim whose content
// holds the clause of m — its subject (when before the cue) through its cue word — and whose verb
// of saying comes after it: "Beijing must stop harassing Philippine fishermen in the South China
// Sea, the Philippine foreign ministry said" is the ministry's words even when the parser hangs
// "said" inside the clause (as a relative clause of "Sea") and frames finds no verb of saying
// over it (Match.Outer -1). A reporting clause after the reported clause is a comment clause that
// attributes the whole of it (Quirk et al. 1985, 15.53–15.54; AP Stylebook, "said": attribution
// after the quoted or paraphrased matter), so the clause is in that speaker's own words, as a
// quotation's clause is its speaker's. nil when no such claim holds the clause, when it is
// negated ("…, the ministry did not say"), or when two claims with different speakers hold it.
func (d *doc) invertedReportSpeaker(st *sent, fs *frameSentence, m frames.Match) *entity {
	if m.Cue < 0 {
		return nil
	}
	lo, hi := fs.toks[m.Cue].Start, fs.toks[m.Cue].End
	if m.Target >= 0 && fs.toks[m.Target].Start < lo {
		lo = fs.toks[m.Target].Start
	}
	clause := d.Text(lo, hi)
	var spk *entity
	for _, r := range d.StanceRels() {
		if r.Typ != graph.Claims || r.Sent != st.Idx || r.Src == nil || r.Tgt == nil || r.Negated || !strings.HasPrefix(r.Rule, "speech:inverted") {
			continue
		}
		if r.CueStart < hi || !strings.Contains(r.Tgt.Text, clause) {
			continue
		}
		if spk != nil && spk != r.Src.Final() {
			return nil
		}
		spk = r.Src.Final()
	}
	return spk
}

// invertedClaimIn reports a speech:inverted claim made in sentence st.
func (d *doc) invertedClaimIn(st *sent) bool {
	for _, r := range d.StanceRels() {
		if r.Typ == graph.Claims && r.Sent == st.Idx && strings.HasPrefix(r.Rule, "speech:inverted") {
			return true
		}
	}
	return false
}
