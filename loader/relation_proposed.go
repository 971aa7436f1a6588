package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/lexicon"
)

// A measure inside the complement of a noun of proposal (issue 13, nu23 B4). In "A Dutch
// proposal for a joint European embargo … was rejected" the embargo is what is proposed, not an
// embargo imposed: the complement of a mandative noun (proposal, demand, request, recommendation,
// suggestion) names a course of action put forward, non-factual, as the mandative subjunctive
// after such nouns marks (Quirk et al. 1985, 16.32 and 17.26; Huddleston & Pullum 2002, ch. 11
// §7.1). So a noun cue that is the for-complement of such a noun asserts no act of its own — the
// noun of proposal carries the stance (its own frame: OFFERS/DEMANDS of the measure).
var mandativeNounWords = lexicon.WordClass("mandativenouns") // data/wordclasses/mandativenouns.txt

// proposedMeasure reports a noun cue hung as nmod, with "for", on a noun of mandativenouns.txt.
func proposedMeasure(fs *frameSentence, m frames.Match) bool {
	c := m.Cue
	if c < 0 || c >= len(fs.toks) || fs.toks[c].UPOS != "NOUN" || !strings.HasPrefix(fs.toks[c].DepRel, "nmod") {
		return false
	}
	h := fs.toks[c].Head
	if h < 0 || h >= len(fs.toks) || fs.toks[h].UPOS != "NOUN" || !mandativeNounWords.Has(strings.ToLower(fs.toks[h].Form)) {
		return false
	}
	k := fs.caseOf(c)
	return k >= 0 && strings.EqualFold(fs.toks[k].Form, "for")
}
