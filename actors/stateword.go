package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// stateFormNouns are the nouns of a state's form in its long name ("Republic of Korea",
// data/wordclasses/stateforms.txt).
var stateFormNouns = lexicon.WordClass("stateforms")

// stateBodyHeads are the heads of names every state gives one of its bodies ("Ministry of
// Finance", data/wordclasses/stateheads.txt: CAMEO actor types).
var stateBodyHeads = lexicon.WordClass("stateheads")

// envoyNouns are a state's agents and missions abroad (data/wordclasses/envoynouns.txt: the Vienna
// Convention on Diplomatic Relations, 1961: missions are accredited from one state to another).
var envoyNouns = lexicon.WordClass("envoynouns")

// stateLeaderTitles are a state's head of state or government (data/wordclasses/phrases/
// leadertitles.txt: Phoenix.agents.txt PRESIDENT, PRIME_MINISTER, PREMIER, CHANCELLOR, KING;
// Collins COBUILD for the monarchs). "leader" alone is left out: "the leader of Hamas" heads
// a movement, no state.
var stateLeaderTitles = lexicon.PhraseClass("leadertitles")

// writtenAsState reports a single capitalized word w that the article also writes in a state's
// own phrases, in any sentence:
//
//   - the of-complement of a state form or a government noun: "the Republic of W", "the
//     government of W", "the authorities of W" (stateforms.txt, governmentnouns.txt);
//   - the of-complement of a head of state's or government's title, alone or after the holder's
//     name: "the Prime Minister of W", "Prime Minister Ivo Zelenak of W" (leadertitles.txt);
//   - the possessor of a state body: "W's Ministry of Commerce", "W's parliament" (stateheads.txt),
//     or the of-complement of one's name: "the Ministry of Energy of W", "the Supreme Court of W";
//   - the state a diplomatic mission or envoy is of, to, from or in: "the Embassy of W", "its
//     ambassador from W", "the embassy in W" (envoynouns.txt: missions are accredited between
//     states, Vienna Convention on Diplomatic Relations 1961, arts. 2-4), and "the authorities in W".
//
// Such a word names a state — a geopolitical entity, GPE, in the OntoNotes 5.0 and ACE 2005
// guidelines ("countries, cities, states"), not an ORGANIZATION — whatever its other uses in the
// article ("W welcomes the accord"). Tokens are matched by their exact text.
func writtenAsState(d *doc.Doc, w string) bool {
	for _, st := range d.Sents {
		toks := st.Toks
		for i, t := range toks {
			if t.Text != w || t.Kind != text.Word {
				continue
			}
			if i+2 < len(toks) && toks[i+1].Lower == "'s" && stateBodyHeads.Has(toks[i+2].Lower) {
				return true
			}
			if i < 2 {
				continue
			}
			p, j := toks[i-1].Lower, i-2
			if (p == "to" || p == "from" || p == "in" || p == "of") && envoyNouns.Has(toks[j].Lower) {
				return true // "the Embassy of W", "its ambassador from W", "the embassy in W"
			}
			if p == "in" && doc.GovernmentNoun.Has(toks[j].Lower) {
				return true // "the authorities in W"
			}
			if p != "of" {
				continue
			}
			if stateFormNouns.Has(toks[j].Lower) || doc.GovernmentNoun.Has(toks[j].Lower) || leaderTitleEndingAt(toks, j) {
				return true
			}
			// "the Ministry of Energy of W", "the Supreme Court of W": a state body's name before
			// the complement (its capitalized words, "of" and "and" within it)
			for m := j; m >= 0 && j-m < 6 && (toks[m].Kind == text.Word && toks[m].Cap || toks[m].Lower == "of" || toks[m].Lower == "and"); m-- {
				if toks[m].Cap && stateBodyHeads.Has(toks[m].Lower) {
					return true
				}
			}
			// "Prime Minister Ivo Zelenak of W": the holder's name (up to three words) between
			// the title and the complement
			for m := j - 1; m >= 0 && j-m <= 3 && toks[m+1].Kind == text.Word && toks[m+1].Cap; m-- {
				if leaderTitleEndingAt(toks, m) {
					return true
				}
			}
		}
	}
	return false
}

// leaderTitleEndingAt reports a leader title (one or two words) whose last word is toks[j].
func leaderTitleEndingAt(toks []text.Token, j int) bool {
	if toks[j].Lower == "leader" {
		return false
	}
	if stateLeaderTitles.Has(toks[j].Lower) {
		return true
	}
	return j > 0 && stateLeaderTitles.Has(toks[j-1].Lower+" "+toks[j].Lower)
}
