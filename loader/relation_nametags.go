package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// Which of the parse's words lie inside a name (issue 13, frames9, class g); syntax/retag.Names
// re-tags them.

// nameWords reports, for each of the parse's words (starts: their code-point offsets), whether it
// starts a word of an actor mention of two words or more — a name the mention layer has already
// read as one, whose words retag.Names keeps from being read as the clause's verb ("Human Rights
// Watch urged Egypt …", "Watch" tagged AUX).
func (d *doc) nameWords(st *sent, starts []int) []bool {
	out := make([]bool, len(starts))
	for i, k := range docpkg.TokensAt(st, starts) {
		if k < 0 {
			continue
		}
		m := actors.MentionAt(d.Doc, st, k)
		out[i] = m != nil && m.Te-m.Ts >= 2 && docpkg.ActorKind(m.Ent)
	}
	return out
}

// starts returns the code-point start of each of the parse's words.
func (fs *frameSentence) starts() []int {
	out := make([]int, len(fs.toks))
	for i, t := range fs.toks {
		out[i] = t.Start
	}
	return out
}

// countryNameWords reports, for each of the parse's words (starts: their code-point offsets),
// whether it is by itself a mention of a country: a one-word country name or capital of the
// Phoenix country dictionary (data/lexicons/countries.txt) as the mention layer matched it, not a
// demonym (demonymAdjectives' words, which premodify). syntax/retag.OneWordNames tags them as
// proper nouns.
func (d *doc) countryNameWords(st *sent, starts []int, demon []bool) []bool {
	out := make([]bool, len(starts))
	for i, k := range docpkg.TokensAt(st, starts) {
		if k < 0 || i < len(demon) && demon[i] || !st.Toks[k].Cap {
			continue
		}
		m := actors.MentionAt(d.Doc, st, k)
		out[i] = m != nil && m.Ts == k && m.Te == k+1 && m.Ent.Final().Kind == graph.Country
	}
	return out
}

// groupHeadWords reports, for each of the parse's words (starts: their code-point offsets),
// whether it is the last word of an actor mention of two words or more that opens with a
// nationality word (a demonym of data/lexicons/countries.txt), written in lower case and ending
// in -s: the plural head noun of a group's description the mention layer matched ("Tanzanian
// legislators", "Bolivian deputies", rule group:unnamed). groupHeadNouns tags it. A mention
// with no nationality word before its head ("always advocates", read agent:descriptive) is left:
// the nationality word is what makes the phrase a description of people.
func (d *doc) groupHeadWords(st *sent, starts []int) []bool {
	out := make([]bool, len(starts))
	for i, k := range docpkg.TokensAt(st, starts) {
		if k < 0 || st.Toks[k].Cap || !strings.HasSuffix(st.Toks[k].Lower, "s") {
			continue
		}
		m := actors.MentionAt(d.Doc, st, k)
		out[i] = m != nil && m.Te == k+1 && m.Te-m.Ts >= 2 && docpkg.ActorKind(m.Ent) && st.Toks[m.Ts].Cap && actors.DemonymEndingAt(d.Doc, st, m.Ts) != nil
	}
	return out
}

// groupHeadNouns re-tags as a plural noun (Penn NNS) the head of a group's description that the
// tagger read as a verb ("Tanzanian legislators/VBZ back talks …"): the mention layer read the
// word as the head noun the nationality word premodifies (Quirk et al. 1985, 7.36, 17.2: a noun
// phrase ends in its head), and a verb there left the sentence's own verb after it a noun or an
// adverb. head[i] is groupHeadWords' answer.
func groupHeadNouns(forms, upos, xpos []string, head []bool) {
	for i := range forms {
		if i < len(head) && head[i] && (upos[i] == "VERB" || upos[i] == "AUX") {
			upos[i], xpos[i] = "NOUN", "NNS"
		}
	}
}
