package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/claims"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// voicedWarningCandidate reports a sentence in someone's own words (a quotation, turn or
// statement: sentenceVoice) with a noun of repercussions or a verb of responding (modality.txt
// repercussion, counteraction), which frames voicedWarning may read as the speaker's warning
// though no verb of saying is in the sentence (the second sentence of a quotation: "We will
// respond firmly to any provocation.").
func (d *doc) voicedWarningCandidate(st *sent) bool {
	sc := d.cuesOf(st)
	for k, t := range st.Toks {
		if t.Kind == text.Word && sc[k].repercussion {
			vs, _ := speakers.SentenceVoice(d.Doc, st.Idx)
			return len(vs) > 0
		}
	}
	return false
}

// voicedWarning makes the THREATENS relation of a frames clause-warning (frames
// warning_voiced.go): a clause that says another's act will be met with, or will carry,
// repercussions ("“Any attack on our ships will be met with a firm response,” the minister
// said"; "Algeria said Mali would face serious consequences if …"). The source is the speaker of
// the verb of saying the frame names (m.Outer: claimSpeaker), else the one voice of the
// quotation, turn or statement the sentence is in (sentenceVoice); a sentence in the story's own
// voice warns no one. The target is the act warned against with its agent, or the party
// addressed (frameTarget), never the speaker or one it speaks for.
func (d *doc) voicedWarning(st *sent, fs *frameSentence, m frames.Match) {
	spk, how := d.clauseSpeaker(st, fs, m)
	if spk == nil {
		return
	}
	spk = spk.Final()
	tgt := d.frameTarget(st, fs, m)
	if tgt == nil || tgt.Final() == spk || speaksFor(d.x, spk, tgt.Final()) {
		return
	}
	rule := m.Rule
	if how != "" {
		rule += "+" + how
	}
	score := 0.7
	if m.Hedged {
		score -= 0.15
	}
	c := fs.toks[m.Cue]
	d.Rels = append(d.Rels, &relCand{Typ: graph.Threatens, Src: spk, Tgt: tgt.Final(), Sent: st.Idx,
		Cue: d.Text(c.Start, c.End), CueStart: c.Start, CueEnd: c.End, Rule: rule, Score: score,
		Cameo: m.Code, Plover: m.Plover, SayStart: sayStart(fs, m)})
}

// clauseSpeaker is whoever says the clause of a frame with no source in its words (a voiced
// obligation or warning): the speaker of the verb of saying the frame names (m.Outer:
// claimSpeaker), else the one voice of the quotation, turn or statement the sentence is in
// (sentenceVoice), with the turn rule when the voice is a turn's or statement's ("" otherwise),
// or the speaker of a speech:inverted claim holding the clause (report:inverted,
// relation_invertedreport.go) when the parse hangs its verb of saying elsewhere,
// or the holder of the noun of position the clause is the content of ("position").
// nil when no one says it.
func (d *doc) clauseSpeaker(st *sent, fs *frameSentence, m frames.Match) (*entity, string) {
	if m.Outer >= 0 {
		return d.claimSpeaker(st, fs.toks[m.Outer].Start), ""
	}
	if m.Content >= 0 {
		// "Egypt's position is that Ethiopia must stop …": the clause is the content of a noun
		// of position, its outer subject (UD nsubj:outer of a clausal predicate after a
		// copula), and the noun's possessor holds it (claims/nominal.go positionClaims, whose
		// claim names the holder)
		for _, k := range fs.kids[m.Content] {
			if fs.toks[k].DepRel == "nsubj:outer" && claims.PositionNouns.Has(strings.ToLower(fs.toks[k].Form)) {
				if e := d.claimSpeaker(st, fs.toks[k].Start); e != nil {
					return e, "position"
				}
			}
		}
	}
	if e := d.invertedReportSpeaker(st, fs, m); e != nil {
		return e, invertedReportRule // "…, the ministry said" misparsed (relation_invertedreport.go)
	}
	if vs, rule := speakers.SentenceVoice(d.Doc, st.Idx); len(vs) == 1 {
		if speakers.TurnRules[rule] {
			if s := speakers.DepartmentState(d.Doc, st.Unit, vs[0]); s != nil && st.Unit.Role == discourse.Titled {
				// a department's statement whose own subjects are its state: the state's voice
				// (speakers/departmentstate.go), as turnClaims gives it the sentence's claim
				return s, rule + "+" + speakers.DepartmentStateRule
			}
			return vs[0], rule
		}
		return vs[0], ""
	}
	return nil, ""
}
