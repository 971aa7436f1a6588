package doc

import (
	"strconv"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/text"
)

// The granularity of an event date (graph.Evidence.EventDatePrecision): TIMEX3 values of a day,
// an ISO week, a calendar month, a calendar year.
const (
	PrecDay   = "DAY"
	PrecWeek  = "WEEK"
	PrecMonth = "MONTH"
	PrecYear  = "YEAR"
)

// timex is one date expression of a sentence: tokens [i, j), the first day of the period it
// names and its granularity.
type timex struct {
	i, j  int
	start time.Time
	prec  string
}

// EventDate is the date of the event the sentence st reports for the relation whose cue starts
// at code point cueStart (0: no cue), as the first day of its period (YYYY-MM-DD) and its
// granularity (precDay …), anchored to published (YYYY-MM-DD, or longer ISO 8601; "" leaves
// relative expressions unresolved). ("", "") when the sentence states no such date.
func EventDate(st *Sent, cueStart, cueEnd int, published string) (date, precision string) {
	var dct time.Time
	anchored := false
	if len(published) >= 10 {
		if t, err := time.Parse(time.DateOnly, published[:10]); err == nil {
			dct, anchored = t, true
		}
	}
	toks := st.Toks
	cue := -1
	if cueEnd > 0 {
		for k, t := range toks {
			if t.Start >= cueStart && t.Start < cueEnd {
				cue = k
				break
			}
		}
	}
	seg := clauseSegments(toks)
	if cue < 0 {
		cue = mainClauseStart(toks, seg, dct, anchored)
	}
	best, bestDist := timex{}, -1
	for i := 0; i < len(toks); {
		tx, ok := timexAt(toks, i, dct, anchored)
		if !ok {
			i++
			continue
		}
		i = tx.j
		if anchored && tx.start.After(dct) {
			continue // after the time of writing: a planned act
		}
		if futureClause(toks, seg, tx.i) || tx.i > 0 && periodSignals[toks[tx.i-1].Lower] {
			continue
		}
		if !inScope(toks, seg, tx, cue) {
			continue
		}
		dist := max(tx.i-cue, cue-tx.j+1, 0)
		if bestDist < 0 || dist < bestDist {
			best, bestDist = tx, dist
		}
	}
	if bestDist < 0 {
		return "", ""
	}
	return best.start.Format(time.DateOnly), best.prec
}

// periodSignals are the prepositions that bound or order a period by a date rather than place
// an event in it (TimeML SIGNALs of BEGINS, ENDS, BEFORE, AFTER: Saurí et al. 2006, 2.4; Quirk et
// al. 1985, 9.38–9.42 on since, until, by, before, after).
var periodSignals = map[string]bool{"since": true, "until": true, "till": true, "by": true, "from": true,
	"before": true, "after": true, "through": true, "between": true, "to": true}

// segments are a sentence's clause segments: seg numbers each token's segment, separated by
// commas, semicolons, colons, brackets and spaced dashes (the punctuation that sets off
// adjuncts, appositives and reporting clauses: Quirk et al. 1985, Appendix III.13–III.29); hard
// numbers the clauses separated by a semicolon or the contrastive coordinator "but" (Quirk et al.
// 13.5), past which a fronted adjunct does not reach.
type segments struct{ seg, hard []int }

func clauseSegments(toks []text.Token) segments {
	s := segments{make([]int, len(toks)), make([]int, len(toks))}
	n, h := 0, 0
	for k, t := range toks {
		if segmentMark(toks, k) {
			n++
		}
		if t.Text == ";" || t.Lower == "but" {
			h++
		}
		s.seg[k], s.hard[k] = n, h
	}
	return s
}

// segmentMark reports whether token k separates segments. A hyphen or dash joined to the words on
// both sides ("U.S.-China", "Washington–Beijing") joins them and separates nothing.
func segmentMark(toks []text.Token, k int) bool {
	switch toks[k].Text {
	case ",", ";", ":", "(", ")":
		return true
	case "-", "–", "—", "--":
		return toks[k].Space || k+1 < len(toks) && toks[k+1].Space
	}
	return false
}

// mainClauseStart stands for the cue of a relation that has none (a claim that is its whole
// sentence): the first token of the sentence after a turn label ("Q:", "A:") and the fronted
// adjuncts of time set off by commas ("Yesterday, …", "On May 10, …"), so that a date dates the
// sentence only in its first clause or fronted before it, not in a later appended or reduced
// clause ("The deal, struck in June, is …").
func mainClauseStart(toks []text.Token, s segments, dct time.Time, anchored bool) int {
	k := 0
	for j := 0; j < len(toks) && j < 3; j++ {
		if toks[j].Text == ":" {
			k = j + 1
		}
	}
	for k < len(toks) {
		tx, ok := timexAt(toks, k, dct, anchored)
		if !ok || tx.j >= len(toks) || !segmentMark(toks, tx.j) {
			return k
		}
		k = tx.j + 1
	}
	return 0
}

// inScope reports whether the time expression tx modifies the clause of token cue: it stands in
// the cue's segment, or it fills a segment alone (a fronted adjunct set off by a comma, "On Sept.
// 14, Somalia denied …") that comes before the cue's.
func inScope(toks []text.Token, s segments, tx timex, cue int) bool {
	if s.hard[tx.i] != s.hard[cue] {
		return false
	}
	if s.seg[tx.i] == s.seg[cue] {
		return true
	}
	if s.seg[tx.i] > s.seg[cue] {
		return false
	}
	for k := range toks {
		if s.seg[k] == s.seg[tx.i] && (k < tx.i || k >= tx.j) && !segmentMark(toks, k) {
			return false
		}
	}
	return true
}

// futureClause reports whether the segment of token i holds the future auxiliary will or shall
// ("The two sides will meet on Friday": Quirk et al. 1985, 4.42).
func futureClause(toks []text.Token, s segments, i int) bool {
	for k, t := range toks {
		if s.seg[k] == s.seg[i] && (t.Lower == "will" || t.Lower == "shall" || t.Lower == "'ll" || t.Lower == "won't") {
			return true
		}
	}
	return false
}

// monthOf is the month a token names ("April", "Sept."), 0 when none: the full names of the
// Gregorian calendar (capitalized) and the AP Stylebook's abbreviations (monthAbbrev).
func monthOf(t text.Token) time.Month {
	if !t.Cap {
		return 0
	}
	w := t.Lower
	if monthAbbrev.Has(w) {
		w = strings.TrimSuffix(w, ".")
		for m := time.January; m <= time.December; m++ {
			if strings.HasPrefix(strings.ToLower(m.String()), w) {
				return m
			}
		}
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		if w == strings.ToLower(m.String()) {
			return m
		}
	}
	return 0
}

// weekdayOf is the day of the week a capitalized token names, and whether it names one.
func weekdayOf(t text.Token) (time.Weekday, bool) {
	if !t.Cap {
		return 0, false
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		if t.Lower == strings.ToLower(d.String()) {
			return d, true
		}
	}
	return 0, false
}

// dayNum reads a day of the month ("8", "8th", "22nd"), 0 when the token is none.
func dayNum(t text.Token) int {
	s := t.Lower
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 || len(s) > 2 {
		return 0
	}
	return n
}

// yearNum reads a four-digit year (1900–2099), 0 when the token is none.
func yearNum(t text.Token) int {
	if len(t.Text) != 4 {
		return 0
	}
	n, err := strconv.Atoi(t.Text)
	if err != nil || n < 1900 || n > 2099 {
		return 0
	}
	return n
}

// cardinals are the numerals one to twelve and the indefinite article, which count periods in
// "two weeks ago", "a month ago" (Quirk et al. 1985, 6.63 cardinal numerals; 5.11 "a" as one).
var cardinals = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// yearAfter reads a year qualifier after a month or a day-and-month at token k: "2019", ",
// 2019", "last year", "of last year", "this year", "of this year". It returns the year, the
// token after the qualifier, and ok; without a qualifier it returns (0, k, true).
func yearAfter(toks []text.Token, k int, dct time.Time, anchored bool) (int, int, bool) {
	j := k
	if j+1 < len(toks) && toks[j].Text == "," && yearNum(toks[j+1]) > 0 {
		return yearNum(toks[j+1]), j + 2, true
	}
	if j < len(toks) && yearNum(toks[j]) > 0 {
		return yearNum(toks[j]), j + 1, true
	}
	if j < len(toks) && toks[j].Lower == "of" {
		j++
	}
	if j+1 < len(toks) && toks[j+1].Lower == "year" && (toks[j].Lower == "last" || toks[j].Lower == "this") {
		if !anchored {
			return 0, k, false
		}
		if toks[j].Lower == "last" {
			return dct.Year() - 1, j + 2, true
		}
		return dct.Year(), j + 2, true
	}
	return 0, k, true
}

// timexAt reads a date expression starting at token i (TIMEX3 DATE: Saurí et al. 2006, 2.2):
//
//	yesterday, today, tonight                         DAY, the publication day or the one before
//	[on|last] Monday                                  DAY, the last such day on or before it (after "last": before it)
//	on [Monday,] 8 November [2018] / November 8[, 2018] / Nov. 8th [of last year]   DAY
//	in [early|late] April [2019|last year|this year]  MONTH;  last April  MONTH
//	in [early|late] 2019                              YEAR
//	[earlier|later] this week|month|year; last week|month|year   WEEK, MONTH, YEAR
//	N days|weeks|months|years ago                     DAY, WEEK, MONTH, YEAR
//
// A day or month without a year takes the publication year; deictic forms need the
// publication date (anchored) and are no date without it. Future forms (tomorrow, next …) are
// not read: they name no reported event.
func timexAt(toks []text.Token, i int, dct time.Time, anchored bool) (timex, bool) {
	n := len(toks)
	w := toks[i].Lower
	day := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }
	monday := func(t time.Time) time.Time { return day(t).AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) }
	switch {
	case w == "yesterday" || w == "today" || w == "tonight":
		if !anchored {
			return timex{}, false
		}
		if w == "yesterday" {
			return timex{i, i + 1, dct.AddDate(0, 0, -1), PrecDay}, true
		}
		return timex{i, i + 1, dct, PrecDay}, true
	case w == "on" || w == "last":
		k := i + 1
		if k >= n {
			return timex{}, false
		}
		if wd, ok := weekdayOf(toks[k]); ok {
			// "on Monday, March 11": the date that follows is the value
			if w == "on" && k+2 < n && toks[k+1].Text == "," {
				if tx, ok := dayMonth(toks, i, k+2, dct, anchored); ok {
					return tx, true
				}
			}
			if !anchored {
				return timex{}, false
			}
			back := (int(dct.Weekday()) - int(wd) + 7) % 7
			if w == "last" && back == 0 {
				back = 7
			}
			return timex{i, k + 1, dct.AddDate(0, 0, -back), PrecDay}, true
		}
		if w == "on" {
			return dayMonth(toks, i, k, dct, anchored)
		}
		// last week|month|year, last April
		if m := monthOf(toks[k]); m != 0 && anchored {
			y := dct.Year()
			if m >= dct.Month() {
				y--
			}
			return timex{i, k + 1, time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), PrecMonth}, true
		}
		return deictic(toks, i, k, -1, dct, anchored)
	case w == "earlier" || w == "later":
		if i+1 < n && toks[i+1].Lower == "this" {
			return deictic(toks, i, i+2, 0, dct, anchored)
		}
	case w == "this":
		return deictic(toks, i, i+1, 0, dct, anchored)
	case w == "in":
		k := i + 1
		if k < n && (toks[k].Lower == "early" || toks[k].Lower == "late" || toks[k].Lower == "mid") {
			k++
		}
		if k >= n {
			return timex{}, false
		}
		if y := yearNum(toks[k]); y > 0 {
			return timex{i, k + 1, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), PrecYear}, true
		}
		if m := monthOf(toks[k]); m != 0 {
			y, j, ok := yearAfter(toks, k+1, dct, anchored)
			if !ok || y == 0 && !anchored {
				return timex{}, false
			}
			if y == 0 {
				y = dct.Year()
			}
			return timex{i, j, time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), PrecMonth}, true
		}
	default:
		// N days|weeks|months|years ago
		num := cardinals[w]
		if num == 0 && toks[i].Kind == text.Num {
			num, _ = strconv.Atoi(w)
		}
		if num > 0 && i+2 < n && toks[i+2].Lower == "ago" && anchored {
			switch strings.TrimSuffix(toks[i+1].Lower, "s") {
			case "day":
				return timex{i, i + 3, dct.AddDate(0, 0, -num), PrecDay}, true
			case "week":
				return timex{i, i + 3, monday(dct.AddDate(0, 0, -7*num)), PrecWeek}, true
			case "month":
				t := time.Date(dct.Year(), dct.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -num, 0)
				return timex{i, i + 3, t, PrecMonth}, true
			case "year":
				return timex{i, i + 3, time.Date(dct.Year()-num, 1, 1, 0, 0, 0, 0, time.UTC), PrecYear}, true
			}
		}
	}
	return timex{}, false
}

// deictic reads "week", "month" or "year" at token k after "last" (shift -1) or "this" (shift
// 0), opened at token i: the publication date's week (from Monday, ISO 8601), month or year,
// or the one before.
func deictic(toks []text.Token, i, k, shift int, dct time.Time, anchored bool) (timex, bool) {
	if k >= len(toks) || !anchored {
		return timex{}, false
	}
	switch toks[k].Lower {
	case "week":
		mon := dct.AddDate(0, 0, -((int(dct.Weekday())+6)%7)+7*shift)
		return timex{i, k + 1, time.Date(mon.Year(), mon.Month(), mon.Day(), 0, 0, 0, 0, time.UTC), PrecWeek}, true
	case "month":
		return timex{i, k + 1, time.Date(dct.Year(), dct.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, shift, 0), PrecMonth}, true
	case "year":
		return timex{i, k + 1, time.Date(dct.Year()+shift, 1, 1, 0, 0, 0, 0, time.UTC), PrecYear}, true
	}
	return timex{}, false
}

// dayMonth reads "8 November [2018]", "November 8[, 2018]", "Nov. 8th [of last year]" at token
// k, for an expression opened at token i ("on"): a DAY value. Without a year it takes the
// publication year, and is no date when there is no publication date.
func dayMonth(toks []text.Token, i, k int, dct time.Time, anchored bool) (timex, bool) {
	n := len(toks)
	var m time.Month
	var dd, j int
	switch {
	case k+1 < n && dayNum(toks[k]) > 0 && monthOf(toks[k+1]) != 0:
		dd, m, j = dayNum(toks[k]), monthOf(toks[k+1]), k+2
	case k+1 < n && monthOf(toks[k]) != 0 && dayNum(toks[k+1]) > 0:
		m, dd, j = monthOf(toks[k]), dayNum(toks[k+1]), k+2
	default:
		return timex{}, false
	}
	y, end, ok := yearAfter(toks, j, dct, anchored)
	if !ok {
		return timex{}, false
	}
	if y == 0 {
		if !anchored {
			return timex{}, false
		}
		y = dct.Year()
	}
	t := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	if t.Day() != dd {
		return timex{}, false // "February 30": no day of the calendar
	}
	return timex{i, end, t, PrecDay}, true
}
