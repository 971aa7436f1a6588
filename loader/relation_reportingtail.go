package loader

import (
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
)

// reportingTailStart cuts the end hi of a target phrase [lo, hi) before a final reporting clause
// the parse hung inside it: "eased restrictions on travel and trade with Belarus, the foreign
// ministry said" made "Belarus, the foreign ministry" one noun phrase (the subject of said
// taken for an appositive or conjunct of the last noun). A reporting clause set off by a comma
// after the reported sentence (Quirk et al. 1985, 14.29 and 15.53: the reporting clause in final
// or medial position, subject + verb of saying, often inverted) is no part of the reported
// clause's constituents: the phrase ends before the comma. It applies when the token after the
// phrase is a verb of saying (speech.txt) and the tokens from the comma to it are a short noun
// phrase (determiners, adjectives, nouns and names, at most six words), the reporting clause's
// subject. hi otherwise.
func (fs *frameSentence) reportingTailStart(lx *lexicon.Lexicons, st *sent, lo, hi int) int {
	if hi >= len(fs.toks) || hi-lo < 2 || !docpkg.SpeechVerbAt(lx, st, fs.at[hi]) {
		return hi
	}
	for p := hi - 1; p > lo && hi-p <= 7; p-- {
		switch fs.toks[p].UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "PART":
			continue
		case "PUNCT":
			if fs.toks[p].Form != "," {
				return hi
			}
			if p == hi-1 {
				return hi
			}
			for p > lo && fs.toks[p-1].UPOS == "PUNCT" {
				p--
			}
			return p
		default:
			return hi
		}
	}
	return hi
}
