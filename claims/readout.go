package claims

import (
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// readoutNarration gives each narrated sentence of a readout to its issuer: a CLAIMS of the
// issuing state (speakers.ReadoutIssuer) whose content is the sentence, rule readout:narration
// (docs/speakers.md, decided in spk24b: "President X thanked Y for …" on X's government's page is
// that government asserting what its principal did). Only sentences no speaking unit gives a
// speaker (a quoted remark or a turn keeps its own), no heading, dateline or byline line (no
// closing punctuation), no question, no furniture, no sentence already claimed (a reported
// "The President said that …" is the President's), none of fewer than MinTurnWords words and no
// verbless fragment. The claim is the issuer's alone: the sentence's stances stay what the frames
// give (the principal's "thanked"), since no unit makes the issuer a voice of its words
// (speakers.SentenceVoice is untouched), so the issuer is never their source.
func readoutNarration(d *doc.Doc) {
	is := speakers.ReadoutIssuer(d)
	if is == nil {
		return
	}
	claimed := map[int]bool{}
	for _, c := range d.Claims {
		claimed[c.Sent] = true
	}
	for _, q := range d.Quotes {
		for si := q.S0; si <= q.S1; si++ {
			claimed[si] = true
		}
	}
	for _, st := range d.Sents {
		u := st.Unit
		if st.Idx == 0 || st.Headline || claimed[st.Idx] || text.IsQuestion(st.Toks) || !text.EndsSentence(st.Toks) {
			continue
		}
		if u != nil && (u.Furniture || speakers.Speaking(u) && speakers.UnitSpeaker(d, u) != nil) {
			continue
		}
		a, e := releaseDateline(st, doc.BodyStart(st)), len(st.Toks)
		for e > a && st.Toks[e-1].Kind == text.Punct {
			e--
		}
		if a >= e || discourse.Furniture(d.SpanText(st, a, e)) || speakers.WordCount(st, a, e) < speakers.MinTurnWords || verbless(d.Frames, st, a, e) {
			continue
		}
		d.Claims = append(d.Claims, &doc.ClaimCand{Speaker: is, Text: d.SpanText(st, a, e), Direct: true, Sent: st.Idx,
			Rule: "readout:narration", Score: 0.7})
	}
}
