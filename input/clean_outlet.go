package input

// The outlet's own furniture at the end of a page: its "about" box (a line that is just the
// outlet's name) and copyright lines naming it (moved from clean_rules.go, which is at the
// 1,000-line limit).

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/text"
)

// outletFooterReach is how many final paragraphs are searched for the outlet's footer.
const outletFooterReach = 4

// dropOutletFooter cuts the outlet's "about" box at the end of a page: a short line that is just
// the outlet's name ("VOA News" on voanews.com) among the last paragraphs starts it. outlets are
// the outlet's names folded by outletKey.
func dropOutletFooter(paras []string, outlets []string) []string {
	for i := max(0, len(paras)-outletFooterReach); i < len(paras); i++ {
		if text.WordCount(paras[i]) > 6 || !titleLike(paras[i], 6) {
			continue
		}
		if namesOutlet(paras[i], outlets) {
			return paras[:i]
		}
	}
	return paras
}

// namesOutlet reports whether s is one of the folded outlet names, written out or by the initials
// its site uses ("Voice of America" for voanews).
func namesOutlet(s string, outlets []string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:] // "The Zambezi Post" on zambezipost.com
	}
	k, ini := outletKey(s), initialsKey(s)
	for _, o := range outlets {
		if k != "" && (k == o || qualifiedOutlet(k, o)) || len(ini) >= 3 && (ini == o || ini+"news" == o) {
			return true
		}
	}
	return false
}

// initialsKey folds a name to the lower-case initials of all its words: "Voice of America" →
// "voa", which is how outlets name their sites (voanews.com, abcnews.go.com).
func initialsKey(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// outletKey folds a name to lower-case letters and digits: "VOA News" → "voanews".
func outletKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isOutletLine reports a line that can only be an outlet's or desk's name under a byline: one to
// five words, each capitalized or a connector ("The Harbor Ledger", "Atlantic News Service",
// "Meridian Wire"), no digits and no sentence punctuation. Wire and newspaper pages print the
// outlet there (AP: "By JANE DOE / Associated Press").
func isOutletLine(s string) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || endsWithSentencePunct(s) || strings.ContainsAny(s, "0123456789:;,\"\u201c\u201d") {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !text.IsNameConnector(strings.ToLower(w)) && w != "of" && w != "the" {
			return false
		}
	}
	return true
}

var (
	reCopyrightMark  = regexp.MustCompile(`(?i)^\s*(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*`)
	reCopyrightYears = regexp.MustCompile(`^\d{4}(?:\s*[-–—]\s*\d{4})?\s*[,.]?\s*`)
	reRightsReserved = regexp.MustCompile(`(?i)[,.]?\s*all rights reserved\.?.*$`)
)

// copyrightHolder is the holder named by a copyright notice line ("Copyright©1998-2014, Ministry
// of Foreign Affairs, the People's Republic of China" → "Ministry of Foreign Affairs, the People's
// Republic of China"; "© 2023 Reuters. All rights reserved." → "Reuters"), or "" when the line is
// no notice or names no holder. A page's copyright holder is its publisher (the notice's form
// under the Berne Convention and 17 U.S.C. 401(b): the symbol, the year, the owner's name); the
// cleaner drops the line as furniture and keeps the holder as the page's outlet when nothing
// else names one.
func copyrightHolder(s string) string {
	loc := reCopyrightMark.FindStringIndex(s)
	if loc == nil {
		return ""
	}
	rest := strings.TrimSpace(s[loc[1]:])
	mark := strings.ToLower(strings.TrimSpace(s[loc[0]:loc[1]]))
	if mark == "copyright" && !reCopyrightYears.MatchString(rest) {
		return "" // the word alone with no symbol and no year is prose ("Copyright Office officials said")
	}
	rest = reCopyrightYears.ReplaceAllString(rest, "")
	rest = reRightsReserved.ReplaceAllString(rest, "")
	rest = strings.Trim(rest, " ,.;:|-–—")
	if rest == "" || text.WordCount(rest) > 12 || !unicode.IsUpper([]rune(rest)[0]) {
		return ""
	}
	return rest
}
