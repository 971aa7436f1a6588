package loader

// Matching the cue dictionary (PETRARCH2/CAMEO verb patterns, lexicon.Lexicons.Cues) at a token: the
// trie walk every stage from the actors up uses — actors (finiteVerbAt, for an appositive's end),
// surface grammar, claims, relations. restruct6 moved cueSkip, cueMatch, matchCue and matchCues
// unchanged from relation.go (plan step 5, "cue matching to the frames floor"): surface grammar
// and claims called up into relations for it. restruct13 moved the file from surface_cues.go,
// and finiteVerbAt from surface_grammar.go, to the actors floor: the matcher reads the actors'
// mentions (mentionAt, an addressee slot), which is the data it needs, and the actors stage's
// appositives asks finiteVerbAt, so it called up into surface grammar.

import (
	"sort"
	"strings"

	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// cueSkip are words that may sit between the words of a cue ("pushing hard for", "threatened today
// to"): adjuncts, subjuncts and conjuncts of Quirk et al. 1985, ch. 8
// (data/wordclasses/cueskip.txt).
var cueSkip = lexicon.WordClass("cueskip")

// cueMatch is one cue found in a sentence: tokens [s, e), the addressee slot [xs, xe) if any.
type cueMatch struct {
	c      *lexicon.Cue
	form   string
	s, e   int
	xs, xe int
	alts   []lexicon.Entry // every cue of the same pattern (a verb and a noun reading of "offers to")
}

// matchCue finds the longest cue pattern starting at token i. "be" matches any form of to be, NOT
// any negation, X a noun phrase of up to five tokens (an actor mention or a pronoun counts as one
// phrase); adverbs in -ly and "also", "further" may sit between pattern words.
func (d *doc) matchCue(st *sent, i int) *cueMatch {
	ms := d.matchCues(st, i)
	if len(ms) == 0 {
		return nil
	}
	return &ms[0]
}

// matchCues returns every cue pattern matching at token i, longest first.
func (d *doc) matchCues(st *sent, i int) []cueMatch {
	var all []cueMatch
	var walk func(n *lexicon.Trie, j int, xs, xe int, start int)
	walk = func(n *lexicon.Trie, j int, xs, xe int, start int) {
		if len(n.Entries) > 0 {
			all = append(all, cueMatch{c: n.Entries[0].Cue, form: n.Entries[0].Form, s: start, e: j, xs: xs, xe: xe, alts: n.Entries})
		}
		if j >= len(st.Toks) || n.Next == nil {
			return
		}
		t := st.Toks[j]
		if j > start && (cueSkip.Has(t.Lower) || text.IsDayOrMonth(t.Lower) && t.Cap || strings.HasSuffix(t.Lower, "ly") && t.Kind == text.Word && !t.Cap && len(t.Lower) > 4 && n.Next["only"] == nil) {
			if _, ok := n.Next[t.Lower]; !ok {
				walk(n, j+1, xs, xe, start)
			}
		}
		if j > start {
			// a time adverbial between the words of a cue: "demanded on Monday that", "offered last
			// week to"
			if k := docpkg.TimeAdverbialAt(st, j); k > j {
				walk(n, k, xs, xe, start)
			}
		}
		if nx := n.Next[t.Lower]; nx != nil && st.Ment[j] < 0 {
			walk(nx, j+1, xs, xe, start)
		}
		if nx := n.Next["be"]; nx != nil && d.Lx.BeForms[t.Lower] {
			walk(nx, j+1, xs, xe, start)
		}
		if nx := n.Next["NOT"]; nx != nil && d.Lx.Negations[t.Lower] {
			walk(nx, j+1, xs, xe, start)
		}
		if nx := n.Next["X"]; nx != nil && j > start && !text.IsPrep(t.Lower) {
			// an addressee is a noun phrase: "press for the language to be restored" is "press for"
			// an addressee: a mention, a pronoun, or a short noun phrase up to the next pattern word
			if m := d.mentionAt(st, j); m != nil {
				walk(nx, m.Te, m.Ts, m.Te, start)
			}
			if text.IsPronoun(t) {
				walk(nx, j+1, j, j+1, start)
			}
			for k := j + 1; k < len(st.Toks) && k <= j+14; k++ {
				if nx.Next[st.Toks[k].Lower] != nil {
					walk(nx, k, j, k, start)
					break
				}
				if tx := st.Toks[k].Text; tx == "," || tx == ";" || tx == "." || tx == ":" {
					break
				}
			}
		}
	}
	walk(&d.Lx.Cues, i, -1, -1, i)
	sort.SliceStable(all, func(a, b int) bool { return all[a].e-all[a].s > all[b].e-all[b].s })
	return all
}

// finiteVerbAt reports a cue or speech verb in a finite form ("-s", "-ed") at i.
func (d *doc) finiteVerbAt(st *sent, i int) bool {
	if i >= len(st.Toks) || st.Toks[i].Cap {
		return false
	}
	if le, ok := docpkg.SpeechAt(d.Lx, st, i); ok && (le.Form == "s" || le.Form == "ed") {
		return true
	}
	for _, m := range d.matchCues(st, i) {
		if m.c.Frame != "N" && (m.form == "s" || m.form == "ed") {
			return true
		}
	}
	return false
}
