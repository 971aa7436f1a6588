package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/speakers"
)

// appealRule reports the rules of the frames that make an appeal or demand of a clause's subject
// whose source may be the words' speaker: hopes ("we hope India will engage", frames hope.go) and
// mandative adjectives ("it is vital that China live up to …", frames mandative.go). They replace
// the surface rules hope and mandative (issue 13, frames15).
func appealRule(rule string) bool {
	return strings.HasPrefix(rule, "frames:hope:") || strings.HasPrefix(rule, "frames:mandative:")
}

// appealRelation makes the DEMANDS relation of a hope or mandative match m: source the match's
// source (the hoper; the subject of a verb of saying or belief over a mandative), else the
// speaker of the verb of saying after the clause (the claims stage's claim on m.Outer), else
// the words' speaker — a quotation's at the cue, then sentenceVoice's (a turn, a statement);
// target the act of the clause with its agent (frameTarget over m.Content: "India engaging in
// good faith"). Nothing is made when the clause's subject (m.Target) names no actor (obligedActor:
// "hopes the talks will succeed" appeals to no one), names the source, or names an actor the
// source speaks for (speaksFor: "we hope our government will …").
func (d *doc) appealRelation(st *sent, fs *frameSentence, m frames.Match) {
	if m.Scope != frames.Own || m.Negated || m.Target < 0 {
		return
	}
	var src *entity
	how := ""
	if m.Source >= 0 {
		src, how = d.frameActor(st, fs, m.Source, m.Cue, nil)
	}
	if src == nil && m.Outer >= 0 {
		src = d.claimSpeaker(st, fs.toks[m.Outer].Start)
	}
	if src == nil && m.Source < 0 && m.Outer < 0 {
		if q := segment.QuoteAt(d.Doc, st.Idx, fs.at[m.Cue]); q != nil && q.Speaker != nil {
			src = q.Speaker
		} else if vs, rule := speakers.SentenceVoice(d.Doc, st.Idx); len(vs) == 1 {
			src = vs[0]
			if speakers.TurnRules[rule] {
				src, how = d.turnStateVoice(st, vs[0]), "turn" // relation_turnvoice.go
			}
		}
	}
	if src == nil {
		return
	}
	src = src.Final()
	obliged := d.obligedActor(st, fs, m.Target)
	if obliged == nil || obliged == src || speaksFor(d.x, src, obliged) {
		return
	}
	tgt := d.frameTarget(st, fs, m)
	if tgt == nil || tgt.Final() == src {
		return
	}
	score := 0.7
	if how != "" {
		score -= 0.05 // the source came through coreference or the turn
	}
	plover := m.Plover
	if plover == "-" {
		plover = ""
	}
	rule := m.Rule
	if how == "turn" {
		rule += "+" + st.Unit.Rule
	}
	c := fs.toks[m.Cue]
	d.Rels = append(d.Rels, &relCand{Typ: graph.Demands, Src: src, Tgt: tgt.Final(), Sent: st.Idx,
		Cue: d.Text(c.Start, c.End), CueStart: c.Start, CueEnd: c.End, Rule: rule, Score: score,
		Cameo: m.Code, Plover: plover, Hedged: m.Hedged})
}

// appealWord reports a word one of whose lemmas is a mandative adjective or a verb of sponsoring
// (frames modality.txt classes mandative, sponsor), which cueCandidate lets through to the
// tagger when the sentence also has "it" (the mandative's anticipatory subject) or "by" (the
// sponsor's agent): the frames mandative.go and sponsor.go need no CAMEO cue.
func appealWord(fr *frames.Lexicon, lemmas []string) bool {
	for _, l := range lemmas {
		if fr.InClass("mandative", l) || fr.InClass("mandative-noun", l) || fr.InClass("sponsor", l) {
			return true
		}
	}
	return false
}

// appealTagged is appealWord on a tagged word, as the frames read it: a mandative adjective with
// "it" in the sentence, a verb of sponsoring with "by".
func appealTagged(fr *frames.Lexicon, upos, lemma string, words map[string]bool) bool {
	switch upos {
	case "ADJ":
		return fr.InClass("mandative", lemma) && words["it"]
	case "NOUN":
		return fr.InClass("mandative-noun", lemma) && words["it"] && words["for"] // "it is time for X to" (frames timemandative.go)
	case "VERB":
		return fr.InClass("sponsor", lemma) && words["by"]
	}
	return false
}
