package claims

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// fragmentStops are the subordinators that open a clause inside a fragment ("A quick readout
// before we land"): with no verb before them, the main part of the utterance had none (CGEL
// ch. 7 §2 and ch. 11 §4 on prepositions and subordinators heading clauses).
var fragmentStops = lexicon.WordClass("fragmentstops") // data/wordclasses/fragmentstops.txt

// verbless reports tokens [a, e) of st as a fragment: a noun phrase that opens with an
// indefinite or a numeral ("A quick readout", "Two things", "One more", "Just a couple of
// things", "Another question"), in which the tagger (syntax/tag, UPOS) finds no VERB or AUX
// before the end or before a subordinator of fragmentStops, with no colon, semicolon or dash
// setting off a clause. Only that opening is read, because the tagger takes a verb after an
// adverb for a noun now and then ("More than four million people currently benefit from it":
// "benefit" NOUN), and a numeral or an indefinite subject seldom stands before such a verb in
// a briefing's own announcements.
func verbless(fr doc.Frames, st *doc.Sent, a, e int) bool {
	for a < e && (st.Toks[a].Lower == "just" || st.Toks[a].Lower == "and" || st.Toks[a].Lower == "now" || st.Toks[a].Lower == "then") {
		a++
	}
	if a >= e || !fragmentOpeners.Has(st.Toks[a].Lower) && st.Toks[a].Kind != text.Num {
		return false
	}
	return noVerbBefore(fr, st, a, e)
}

// fragmentOpeners open the noun phrase of an announcing fragment: the indefinite article and
// the indefinite and cardinal determinatives (CGEL ch. 5 §§6-7).
var fragmentOpeners = lexicon.WordClass("fragmentopeners") // data/wordclasses/fragmentopeners.txt

// noVerbBefore reports tokens [a, e) with no VERB or AUX before the end or a subordinator of
// fragmentStops, and no colon, semicolon or dash; false without a tagger (fr nil: newDoc sets
// the document's Frames, tagger included, from every Extractor NewExtractor makes).
func noVerbBefore(fr doc.Frames, st *doc.Sent, a, e int) bool {
	if a >= e || fr == nil || fragmentStops.Has(st.Toks[a].Lower) {
		return false
	}
	forms := make([]string, 0, e-a)
	for k := a; k < e; k++ {
		switch st.Toks[k].Text {
		case ":", ";", "\u2014", "\u2013", "--":
			return false
		}
		forms = append(forms, st.Toks[k].Text)
	}
	upos, xpos := make([]string, len(forms)), make([]string, len(forms))
	fr.Tag(forms, upos, xpos)
	for i := range forms {
		switch {
		case upos[i] == "VERB" || upos[i] == "AUX":
			return false
		case i > 0 && fragmentStops.Has(st.Toks[a+i].Lower) && st.Toks[a+i].Kind == text.Word:
			return true
		}
	}
	return true
}
