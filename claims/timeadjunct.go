package claims

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// timeAdjunctEnd reads an adjunct of time ending at token e (inclusive) between a verb of saying
// and the comma before its quotation ("X posted on Sunday, “…”", "Y wrote last week, “…”", "Z
// said earlier, “…”"), and returns its first token, or -1. An adverbial of time may stand
// between the reporting verb and the quotation it introduces (Quirk et al. 1985, 8.54 on the
// position of time adjuncts; 14.31 on the reporting clause): it takes nothing from the verb's
// introducing the quotation. Forms: "on" and a day or date ("on Sunday", "on March 3"); "last",
// "this" or "earlier this" and a time noun ("last week", "this morning"); "yesterday", "today",
// "tonight", "earlier", "recently".
func timeAdjunctEnd(toks []text.Token, e int) int {
	if e < 0 {
		return -1
	}
	w := toks[e].Lower
	switch w {
	case "yesterday", "today", "tonight", "earlier", "recently":
		return e
	}
	if e >= 1 && (toks[e-1].Lower == "last" || toks[e-1].Lower == "this") && (doc.TimeNouns.Has(w) || doc.WireDays.Has(w) || partsOfDay.Has(w)) {
		if e >= 2 && toks[e-1].Lower == "this" && toks[e-2].Lower == "earlier" {
			return e - 2
		}
		return e - 1
	}
	for s := e - 1; s >= 0 && s >= e-3; s-- {
		if toks[s].Lower == "on" && prepAfterDay(toks, s) > s {
			for k := s + 2; k <= e; k++ {
				if toks[k].Kind == text.Word && !text.IsDayOrMonth(toks[k].Lower) && !isDigits(toks[k].Text) {
					return -1
				}
			}
			return s
		}
	}
	return -1
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// partsOfDay are the nouns of "last night", "this morning" (data/wordclasses/partsofday.txt;
// Quirk et al. 1985, 8.55).
var partsOfDay = lexicon.WordClass("partsofday")

// postingVerb reports "posted" or "tweeted" used as a verb: a verb of the medium of a message
// that introduces a direct quotation as "wrote" does ("X posted, “…”", "Y tweeted on Monday:
// “…”"); any verb of communication can take a quotation as its reported clause (Quirk et al.
// 1985, 14.31; PARC 3.0's attribution cues include "tweet" and "post"). Only before a quotation:
// "posted a loss" and "the post" report nothing (speech.txt keeps post and tweet as document
// nouns).
func postingVerb(st *doc.Sent, k int) bool {
	w := st.Toks[k].Lower
	return (w == "posted" || w == "tweeted") && doc.UsedAsVerb(st, k)
}
