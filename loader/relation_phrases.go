package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// Phrase helpers of the frames stage (relation_frames.go): a predicative phrase's noun phrase, a
// national adjective's state, a passive verb.

// predicatePhrase is phrase for the noun of a predicative prepositional phrase ("Kenya is
// against the plan"): a noun with a copula heads its clause in UD, so its subtree holds the
// subject and the copula; the phrase it names begins after them.
func (fs *frameSentence) predicatePhrase(h int) (int, int) {
	lo, hi := fs.span(h)
	if fs.predicateNominal(h) {
		for _, k := range fs.kids[h] {
			switch fs.toks[k].DepRel {
			case "nsubj", "nsubj:pass", "csubj", "cop", "aux", "expl", "advmod", "punct":
				if k < h {
					if _, e := fs.span(k); e > lo {
						lo = e
					}
				}
			}
		}
	}
	for lo < h && (fs.toks[lo].DepRel == "case" || fs.toks[lo].DepRel == "mark") && fs.toks[lo].Head == h {
		lo++
	}
	return lo, hi
}

// demonymCountry returns the country whose demonym is the adjective h modifying the cue noun
// cue (amod or compound, as frames' noun-national frame reads it), nil otherwise.
func demonymCountry(lx *lexicon.Lexicons, fs *frameSentence, h, cue int) *lexicon.Country {
	if h < 0 || fs.toks[h].Head != cue || (fs.toks[h].DepRel != "amod" && fs.toks[h].DepRel != "compound") {
		return nil
	}
	for _, c := range lx.Countries {
		for _, dm := range c.Demonyms {
			if strings.EqualFold(dm, fs.toks[h].Form) {
				return c
			}
		}
	}
	return nil
}

// predicateNominal reports a nominal with a copula (UD makes it the head of its clause).
func (fs *frameSentence) predicateNominal(h int) bool {
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel == "cop" {
			return true
		}
	}
	return false
}

// passiveAux reports a verb with a passive auxiliary (aux:pass).
func (fs *frameSentence) passiveAux(c int) bool {
	for _, k := range fs.kids[c] {
		if fs.toks[k].DepRel == "aux:pass" {
			return true
		}
	}
	return false
}

// mentionHolds reports a mention m whose span holds token k (offsets of st.Toks).
func mentionHolds(m *mention, k int) bool {
	return m != nil && m.Ts <= k && k < m.Te
}
