package actors

import (
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
)

// trailingInitial reports a capitalized run [ts, te) of two or more words whose last word is an
// initial — one capital letter, with or without its full stop: "Charles G." in "Charles G. and
// David H. Koch", "Alicia M" at a line's end. Initials stand for given names before the surname
// (CMOS 17th ed. 8.4, 10.12: "Charles G. Koch"), so a run that ends in one has lost its surname
// — to a coordination that shares it, a nickname in parentheses ("Michael A. (Mike) Moodian"), or
// a cut line — and names no one by itself (initialsOnly, officefragments.go, reads a run of
// initials alone). The letters I, V and X without a full stop are Roman numerals of a
// generational or regnal suffix ("Henry V", "Malcolm X") and are left alone.
func trailingInitial(st *doc.Sent, ts, te int) bool {
	if te-ts < 2 {
		return false
	}
	r := []rune(st.Toks[te-1].Text)
	if len(r) == 0 || !unicode.IsUpper(r[0]) || len(r) > 2 || len(r) == 2 && r[1] != '.' {
		return false
	}
	if len(r) == 1 && (r[0] == 'I' || r[0] == 'V' || r[0] == 'X') {
		return false
	}
	if len(r) == 1 && te < len(st.Toks) && st.Toks[te].Text == "." && !st.Toks[te].Space && te+1 < len(st.Toks) && st.Toks[te+1].Cap {
		return false // "John F. Kennedy" tokenized "F" "." — the surname after the stop is outside the run only by tokenization
	}
	return true
}
