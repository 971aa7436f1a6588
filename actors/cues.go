package actors

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// cueSkip are words that may sit between the words of a cue ("pushing hard for", "threatened today
// to"): adjuncts, subjuncts and conjuncts of Quirk et al. 1985, ch. 8
// (data/wordclasses/cueskip.txt).
var cueSkip = lexicon.WordClass("cueskip")

// cueMatch is one cue found in a sentence: tokens [s, e), the addressee slot [xs, xe) if any.
type cueMatch struct {
	C      *lexicon.Cue
	Form   string
	s, E   int
	xs, xe int
	alts   []lexicon.Entry // every cue of the same pattern (a verb and a noun reading of "offers to")
}

// MatchCue finds the longest cue pattern starting at token i. "be" matches any form of to be, NOT
// any negation, X a noun phrase of up to five tokens (an actor mention or a pronoun counts as one
// phrase); adverbs in -ly and "also", "further" may sit between pattern words.
func MatchCue(d *doc.Doc, st *doc.Sent, i int) *cueMatch {
	ms := MatchCues(d, st, i)
	if len(ms) == 0 {
		return nil
	}
	return &ms[0]
}

// MatchCues returns every cue pattern matching at token i, longest first.
func MatchCues(d *doc.Doc, st *doc.Sent, i int) []cueMatch {
	var all []cueMatch
	var walk func(n *lexicon.Trie, j int, xs, xe int, start int)
	walk = func(n *lexicon.Trie, j int, xs, xe int, start int) {
		if len(n.Entries) > 0 {
			all = append(all, cueMatch{C: n.Entries[0].Cue, Form: n.Entries[0].Form, s: start, E: j, xs: xs, xe: xe, alts: n.Entries})
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
			if k := doc.TimeAdverbialAt(st, j); k > j {
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
			if m := MentionAt(d, st, j); m != nil {
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
	sort.SliceStable(all, func(a, b int) bool { return all[a].E-all[a].s > all[b].E-all[b].s })
	return all
}

// FiniteVerbAt reports a cue or speech verb in a finite form ("-s", "-ed") at i.
func FiniteVerbAt(d *doc.Doc, st *doc.Sent, i int) bool {
	if i >= len(st.Toks) || st.Toks[i].Cap {
		return false
	}
	if le, ok := doc.SpeechAt(d.Lx, st, i); ok && (le.Form == "s" || le.Form == "ed") {
		return true
	}
	for _, m := range MatchCues(d, st, i) {
		if m.C.Frame != "N" && (m.Form == "s" || m.Form == "ed") {
			return true
		}
	}
	return false
}
