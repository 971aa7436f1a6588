package doc

import (
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// TimeAdverbialEnd skips a time adverbial ending at token j ("on Tuesday", "today", "late Friday",
// "on September 29", "last week") and returns the index before it, or j when there is none.
func TimeAdverbialEnd(st *Sent, j int) int {
	toks := st.Toks
	k := j
	if toks[k].Kind == text.Num && k > 0 && text.IsDayOrMonth(toks[k-1].Lower) && toks[k-1].Cap {
		k--
	}
	w := toks[k].Lower
	switch {
	case w == "today" || w == "yesterday" || w == "tonight" || w == "here" || w == "again":
		return k - 1
	case text.IsDayOrMonth(w) && toks[k].Cap:
		k--
		for k >= 0 && (toks[k].Lower == "on" || toks[k].Lower == "late" || toks[k].Lower == "early" || toks[k].Lower == "last" || toks[k].Lower == "this" || toks[k].Lower == "in" || toks[k].Lower == "next") {
			k--
		}
		return k
	case (w == "week" || w == "month" || w == "year") && k > 0 && (toks[k-1].Lower == "last" || toks[k-1].Lower == "this" || toks[k-1].Lower == "next"):
		return k - 2
	}
	return j
}

// monthAbbrev are the abbreviated month names that keep their period ("Feb.", "Sept."):
// data/wordclasses/monthabbrev.txt (AP Stylebook).
var monthAbbrev = lexicon.WordClass("monthabbrev")

// TimeAdverbialAt returns the end of a time adverbial starting at token j ("on Monday", "late
// Friday", "on Feb. 12", "last week", "this month", "earlier this year"), or j when there is none.
func TimeAdverbialAt(st *Sent, j int) int {
	toks := st.Toks
	k := j
	if k < len(toks) && toks[k].Lower == "earlier" || k < len(toks) && toks[k].Lower == "later" {
		k++
	}
	if k >= len(toks) {
		return j
	}
	switch toks[k].Lower {
	case "on", "late", "early":
		k++
		if k < len(toks) && (toks[k].Lower == "late" || toks[k].Lower == "early") {
			k++
		}
		if k < len(toks) && toks[k].Cap && (text.IsDayOrMonth(toks[k].Lower) || monthAbbrev.Has(toks[k].Lower)) {
			k++
			if k < len(toks) && toks[k].Kind == text.Num {
				k++
			}
			return k
		}
	case "in":
		// "in July", "in March 2024", "in 2019"
		k++
		if k < len(toks) && toks[k].Cap && text.IsDayOrMonth(toks[k].Lower) {
			k++
			if k < len(toks) && toks[k].Kind == text.Num {
				k++
			}
			return k
		}
		if k < len(toks) && toks[k].Kind == text.Num && len(toks[k].Text) == 4 {
			return k + 1
		}
	case "last", "this", "next":
		k++
		if k < len(toks) {
			if deicticTimeNouns.Has(toks[k].Lower) {
				return k + 1
			}
			if toks[k].Cap && text.IsDayOrMonth(toks[k].Lower) {
				return k + 1
			}
		}
	}
	return j
}

// deicticTimeNouns are the nouns of time after last, this, next ("last week", "this morning",
// "next spring": Quirk et al. 1985, 8.55; the seasons of the AP Stylebook), the words of
// timeAdverbialAt's switch until restruct9 (data/wordclasses/deictictimenouns.txt).
var deicticTimeNouns = lexicon.WordClass("deictictimenouns")
