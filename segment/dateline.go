package segment

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// datelineMaxWords bounds a dateline: place (≤ 3 words), region (≤ 3), date (≤ 5 with commas),
// credit (≤ 5 within the parentheses) and the dash.
const datelineMaxWords = 20

// DatelineEnd returns the index of the first token after a wire dateline that opens st, or 0
// when st opens with none. A dateline is a place of one to three capitalized words (all in
// capitals, or in title case within the first three paragraphs: headline, deck, lead), then
// only commas, capitalized words of a region or country, a date (month names, AP's month
// abbreviations, numbers) and a parenthesized credit, closed by one or more dashes (-, --, –,
// —) before a word, a number or a quotation mark. A title-case place needs more than itself
// before the dash (a region after a comma, a date or a credit) and a capitalized word after it:
// "Kenya — the …" and "Kenya, Uganda — all three …" are sentences, not datelines. A dateline
// set as a paragraph of its own (a page's dateline element: "NAIROBI, Kenya (AP)") is the
// whole sentence, when its place is in capitals (or it has a credit and a dash) and it ends in a
// credit, a date or a dash: its place and agency are no actors.
func DatelineEnd(st *doc.Sent) int {
	toks := st.Toks
	if len(toks) < 3 || toks[0].Kind != text.Word || !toks[0].Cap {
		return 0
	}
	caps := toks[0].AllCaps
	if !caps && st.S.Paragraph > 2 {
		return 0
	}
	j := 1
	for j < len(toks) && j < 3 && toks[j].Kind == text.Word && (caps && toks[j].AllCaps || !caps && toks[j].Cap && !text.IsDayOrMonth(toks[j].Lower)) {
		j++ // "MEXICO CITY", "Abu Dhabi"
	}
	marked := false // a region, a date or a credit after the place
	credit := false // a parenthesized credit ("(AP)")
	region := 0
	for ; j < len(toks) && j < datelineMaxWords; j++ {
		t := toks[j]
		switch {
		case IsDashToken(t):
			e := j + 1
			for e < len(toks) && IsDashToken(toks[e]) {
				e++ // "--" is two tokens
			}
			if !(caps || marked) {
				return 0
			}
			if e >= len(toks) {
				if !caps && !credit {
					return 0
				}
				return e // a dateline set as a paragraph of its own, the lead after it
			}
			if n := toks[e]; n.Kind == text.Punct || !caps && n.Kind == text.Word && !n.Cap {
				return 0 // a title-case place needs a sentence to open after the dash
			}
			return e
		case t.Text == "(":
			k := j + 1
			for k < len(toks) && toks[k].Text != ")" && k-j <= 5 {
				if toks[k].Kind != text.Word && toks[k].Text != "/" && toks[k].Text != "-" {
					return 0
				}
				k++
			}
			if k >= len(toks) || toks[k].Text != ")" || k == j+1 {
				return 0
			}
			marked, credit = true, true
			j = k
		case t.Text == "/" && caps:
			// TASS sets its credit between slashes after the date, with a full stop and no
			// dash: "MOSCOW, March 3. /TASS/. Russia's …" (the sentence splitter may end a
			// sentence after the credit: the dateline is then the whole sentence)
			k := j + 1
			for k < len(toks) && toks[k].Kind == text.Word && k-j <= 3 {
				k++
			}
			if k == j+1 || k+1 >= len(toks) || toks[k].Text != "/" || toks[k+1].Text != "." {
				return 0
			}
			return k + 2
		case t.Text == "," || t.Text == ".":
		case t.Kind == text.Num:
			marked = true
		case t.Kind == text.Word && t.Cap && (text.IsDayOrMonth(t.Lower) || DatelineMonth(t.Lower) || t.Lower == "may"):
			marked = true
		case t.Kind == text.Word && t.Cap && region < 3 && toks[j-1].Text != ")":
			region++
			marked = marked || toks[j-1].Text == ","
		default:
			return 0
		}
	}
	if j == len(toks) && caps && (marked && toks[j-1].Kind == text.Num || credit && toks[j-1].Text == ")") {
		// "NAIROBI, Kenya (AP)" or "LAGOS, May 12" as a paragraph of its own; a title-case line
		// of that shape is a page's header ("State Department Spokesperson Heather Nauert,
		// March 22, 2018"), no dateline
		return j
	}
	return 0
}

// IsDashToken reports a dash that closes a dateline: hyphen-minus (one, or two for "--"), en
// dash or em dash.
func IsDashToken(t text.Token) bool {
	return t.Text == "-" || t.Text == "\u2014" || t.Text == "\u2013"
}

// datelineMonths are the month abbreviations of wire datelines without their full stop
// (data/wordclasses/datelinemonths.txt: AP style, Jan., Feb., Aug., Sept., Oct., Nov., Dec.;
// Reuters writes them without the period).
var datelineMonths = lexicon.WordClass("datelinemonths")

// DatelineMonth reports a month abbreviation of wire datelines, with or without its period.
func DatelineMonth(w string) bool {
	return datelineMonths.Has(strings.TrimSuffix(w, "."))
}
