// Lookups in the lexicon tries, so that the stages ask a question of the lexicons instead of
// walking Trie.Next and Entries themselves (issue 13: the lexicon floor answers, the stages hold
// the rules). Keys are lower case, one word per step, as Keys makes them; none of these
// allocates. The cue matcher (actor_cues.go's matchCue, with its skipped adverbs and its
// "be", NOT and X slots) still walks Cues itself: it is the machinery that issue 13 moves to
// frames/.

package lexicon

import "github.com/claimgraph/claimgraph/text"

// Opens reports a key of t whose first word is w ("sanction" opens "sanction on" in Cues).
func (t *Trie) Opens(w string) bool { return t.Next[w] != nil }

// Lookup is the entries of the key made of exactly words, or nil.
func (t *Trie) Lookup(words []string) []Entry {
	n := t
	for _, w := range words {
		if n = n.Next[w]; n == nil {
			return nil
		}
	}
	return n.Entries
}

// Longest is the longest key of t that opens words: its entries and its length in words; nil, 0
// when no key does.
func (t *Trie) Longest(words []string) ([]Entry, int) {
	var best []Entry
	end := 0
	n := t
	for i, w := range words {
		if n = n.Next[w]; n == nil {
			break
		}
		if len(n.Entries) > 0 {
			best, end = n.Entries, i+1
		}
	}
	return best, end
}

// LongestTokens is Longest over the tokens' lower-case forms (Token.Lower): the entries of the
// longest key that opens toks and its length in tokens.
func (t *Trie) LongestTokens(toks []text.Token) ([]Entry, int) {
	var best []Entry
	end := 0
	n := t
	for i := range toks {
		if n = n.Next[toks[i].Lower]; n == nil {
			break
		}
		if len(n.Entries) > 0 {
			best, end = n.Entries, i+1
		}
	}
	return best, end
}

// nameIs reports a one-word key w of Names with an entry of kind a, b or c (0 matches nothing).
func (lx *Lexicons) nameIs(w string, a, b, c EntryKind) bool {
	n := lx.Names.Next[w]
	if n == nil {
		return false
	}
	for _, e := range n.Entries {
		if e.Kind != 0 && (e.Kind == a || e.Kind == b || e.Kind == c) {
			return true
		}
	}
	return false
}

// DemonymWord reports a one-word demonym of the countries lexicon ("french", "chinese").
func (lx *Lexicons) DemonymWord(w string) bool { return lx.nameIs(w, EntryDemonym, 0, 0) }

// PlaceWord reports a one-word demonym, country or capital ("american", "china", "beijing").
func (lx *Lexicons) PlaceWord(w string) bool {
	return lx.nameIs(w, EntryDemonym, EntryCountry, EntryCapital)
}

// NounCue reports a cue of the N frame (cues.txt: "threat of", "offer of", "sanctions on") whose
// first word is w: one of w's own entries or of the keys of two words it opens.
func (lx *Lexicons) NounCue(w string) bool {
	n := lx.Cues.Next[w]
	if n == nil {
		return false
	}
	for _, e := range n.Entries {
		if e.Cue != nil && e.Cue.Frame == "N" {
			return true
		}
	}
	for _, nx := range n.Next {
		for _, e := range nx.Entries {
			if e.Cue != nil && e.Cue.Frame == "N" {
				return true
			}
		}
	}
	return false
}
