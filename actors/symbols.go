package actors

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// clockMarkers are "a.m.", "p.m." and their other spellings after a clock time's number
// (data/wordclasses/clockmarkers.txt: AP Stylebook, CMOS 10.41; a switch until restruct13).
var clockMarkers = lexicon.WordClass("clockmarkers")

// clockTimeBefore reports a clock time right before token i: "09:15" (as one token or as hours,
// colon and minutes) or "a.m."/"p.m." after a number.
func clockTimeBefore(toks []text.Token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if clockMarkers.Has(p.Lower) {
		return i >= 2 && strings.IndexFunc(toks[i-2].Text, unicode.IsDigit) >= 0
	}
	if h, m, ok := strings.Cut(p.Text, ":"); ok {
		return len(h) >= 1 && len(h) <= 2 && len(m) == 2 && text.AllDigits(h) && text.AllDigits(m)
	}
	return i >= 3 && len(p.Text) == 2 && text.AllDigits(p.Text) && toks[i-2].Text == ":" && !toks[i-2].Space && !p.Space &&
		len(toks[i-3].Text) <= 2 && text.AllDigits(toks[i-3].Text)
}

// documentSymbol reports a slash and a number written against the token that ends at j: the
// token is the series letters of a document symbol ("SC/16021").
func documentSymbol(toks []text.Token, j int) bool {
	return j+1 < len(toks) && toks[j].Text == "/" && !toks[j].Space && !toks[j+1].Space && text.AllDigits(toks[j+1].Text)
}

// headBeforeLast reports a three-word headline run [ts, te) with an organization's head word
// (orgwords.txt) before its last word and no connector: "Top Court Orders Halt to …". English
// names of bodies end in their head (premodification, Quirk et al. 17.2), so the words after the
// head are the headline's predicate (headlineClause, which asks four words of other runs).
func headBeforeLast(lx *lexicon.Lexicons, st *doc.Sent, ts, te int) bool {
	for k := ts; k < te-1; k++ {
		if _, ok := lx.OrgWords[st.Toks[k].Lower]; ok {
			for j := k + 1; j < te; j++ {
				if _, tail := lx.OrgWords[st.Toks[j].Lower]; tail || connectorWord(st.Toks[j].Lower) || !lx.Common[st.Toks[j].Lower] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// venueNouns head the name of a building or room on a transcript's venue line (venueLine).
var venueNouns = lexicon.WordClass("venuenouns") // data/wordclasses/venuenouns.txt

// venueLine reports a run [ts, te) that, with what follows it on its line, is a transcript's
// venue line: a place name alone in capitals ("PERTH" under "PRESS CONFERENCE"), or a building
// headed by a venue noun and its city ("PARLIAMENT HOUSE, CANBERRA", pm.gov.au's and
// treasury.gov.au's transcript headers, which name where the words were spoken). The place is one
// of the Phoenix country records' places or a capital (phx.Place, PlaceWord). A body named on a
// line with its city ("Ministry of Trade, Jakarta") has no venue noun and stays.
func venueLine(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	if ts != 0 || !lineStart(d.Runes, toks[0].Start) {
		return false
	}
	place := func(s, e int) bool {
		if s >= e {
			return false
		}
		name := d.SpanText(st, s, e)
		if d.Phx != nil {
			if _, ok := d.Phx.Place(name); ok {
				return true
			}
		}
		return e-s == 1 && d.Lx.PlaceWord(toks[s].Lower)
	}
	end := len(toks)
	if end > 0 && toks[end-1].Kind == text.Punct && toks[end-1].Text != "," {
		end--
	}
	if !lineEnd(d.Runes, toks[end-1].End) {
		return false
	}
	if te == end {
		return te-ts == 1 && toks[ts].AllCaps && place(ts, te)
	}
	return venueNouns.Has(toks[te-1].Lower) && toks[te].Text == "," && place(te+1, end)
}

// lineStart reports only white space between offset k's line start and k.
func lineStart(runes []rune, k int) bool {
	for k--; k >= 0 && runes[k] != '\n'; k-- {
		if !unicode.IsSpace(runes[k]) {
			return false
		}
	}
	return true
}

// lineEnd reports only white space between offset k and its line's end.
func lineEnd(runes []rune, k int) bool {
	for ; k < len(runes) && runes[k] != '\n'; k++ {
		if !unicode.IsSpace(runes[k]) {
			return false
		}
	}
	return true
}

// contactDesk reports a run [ts, te) of two or three common English words that a release's
// contact sentence names as the desk to reach, between "contact (the)" and "at" or "on" with an
// e-mail address or a telephone number ("For more information contact the Press Office at
// press@…", "contact the Media Unit on +44 …"): the closing matter of a news release (AP
// Stylebook, "news release"), a desk to call as contactItem's items are, no actor.
func contactDesk(lx *lexicon.Lexicons, st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	k := ts - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k < 0 || toks[k].Lower != "contact" || te-ts < 2 || te-ts > 3 || te+1 >= len(toks) || toks[te].Lower != "at" && toks[te].Lower != "on" {
		return false
	}
	for i := ts; i < te; i++ {
		if !lx.Common[toks[i].Lower] || isPlaceWord(lx, toks[i].Lower) {
			return false
		}
	}
	next := toks[te+1].Text
	if strings.HasPrefix(next, "+") || strings.IndexFunc(next, unicode.IsDigit) == 0 {
		return true
	}
	for i := te + 1; i < len(toks) && i <= te+3; i++ {
		if strings.Contains(toks[i].Text, "@") {
			return true // the address, which the tokenizer may cut at its "@"
		}
	}
	return false
}
