package input

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// repairGBKMojibake undoes one common corruption of English text: UTF-8 bytes decoded as GBK
// (GB18030) and saved again as UTF-8, as a Chinese-locale tool does to a page it mis-detects.
// Each three-byte UTF-8 punctuation mark then reads as one or two CJK characters that swallow the
// ASCII byte after them: "We’ve" (E2 80 99 76 65) becomes "We鈥檝e" (鈥 = E2 80, 檝 = 99 76).
//
// A run of consecutive non-ASCII characters is re-encoded as GB18030 (golang.org/x/text); the run
// is replaced by the bytes' UTF-8 reading when those bytes are valid UTF-8 and read as ASCII,
// Latin letters (U+00A0–U+024F) and general punctuation (U+2000–U+206F) only, with at least one
// non-ASCII character. Genuine Chinese text re-encodes to its GB18030 bytes, which read as
// UTF-8 only by accident and then as other CJK or symbols, never as that narrow set, so it
// stays as it is; so does every run the encoder cannot encode.
//
// It returns the text (s itself when nothing was repaired) and the number of runs repaired.
// Offsets of everything after a repair shift, which is why this runs before cleaning: the
// cleaned text that offsets count in is the repaired one.
func repairGBKMojibake(s string) (string, int) {
	if !hasCJK(s) {
		return s, 0
	}
	enc := simplifiedchinese.GB18030.NewEncoder()
	var sp splicer
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < utf8.RuneSelf {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if r < utf8.RuneSelf {
				break
			}
			j += size
		}
		run := s[i:j]
		if raw, err := enc.String(run); err == nil && utf8.ValidString(raw) && latinPunctuation(raw) {
			sp.put(s, i, j, raw)
		}
		i = j
	}
	return sp.done(s)
}

// splicer rebuilds a string with some of its byte ranges replaced, in order.
type splicer struct {
	b       strings.Builder
	last, n int
}

// put replaces s[i:j] (i at or after the end of the previous replacement) with repl.
func (sp *splicer) put(s string, i, j int, repl string) {
	sp.b.WriteString(s[sp.last:i])
	sp.b.WriteString(repl)
	sp.last = j
	sp.n++
}

// done returns the rebuilt string (s itself when nothing was replaced) and the number of
// replacements.
func (sp *splicer) done(s string) (string, int) {
	if sp.n == 0 {
		return s, 0
	}
	sp.b.WriteString(s[sp.last:])
	return sp.b.String(), sp.n
}

// hasCJK reports a character of the CJK Unified Ideographs block (U+4E00–U+9FFF), where GBK
// reads the lead bytes of UTF-8's three-byte punctuation (E2 80 → 鈥).
func hasCJK(s string) bool {
	for _, r := range s {
		if r >= 0x4E00 && r <= 0x9FFF {
			return true
		}
	}
	return false
}

// latinPunctuation reports text of ASCII, Latin letters and general punctuation only, with at
// least one character outside ASCII.
func latinPunctuation(s string) bool {
	wide := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
		case r >= 0xA0 && r <= 0x24F, r >= 0x2000 && r <= 0x206F:
			wide = true
		default:
			return false
		}
	}
	return wide
}

// mojibakeWarning is the warning for n runs repaired by repairGBKMojibake, or nil.
func mojibakeWarning(n int) []string {
	if n == 0 {
		return nil
	}
	return []string{fmt.Sprintf("%d character run(s) were UTF-8 read as GBK (mojibake such as \"鈥檚\" for \"’s\"); repaired", n)}
}

// lossyLead is 鈥 (U+9225), GBK's reading of E2 80, the first two bytes of every UTF-8 mark of
// U+2000–U+203F (’ “ ” – — …).
const lossyLead = '\u9225'

// replaceLossyGBK marks what repairGBKMojibake cannot repair: a 鈥 standing alone between ASCII
// characters (or with only U+FFFD after it) is the lead of a three-byte UTF-8 mark whose last
// byte the GBK decoder dropped, because that byte (0x98–0x9D) with the ASCII byte after it made
// no GBK character ("westerners鈥concern", "entity list鈥 Is"). Which mark it was cannot be
// known: ’, ” and — are all E2 80 xx. As ftfy's replace_lossy_sequences does for sequences a
// sloppy codec lost (python-ftfy, ftfy/fixes.py), the remnant becomes U+FFFD, the replacement
// character this package already writes for invalid UTF-8, so that no CJK letter glues two
// English words into one. Genuine Chinese text is untouched: there 鈥 (a rare character) stands
// among other CJK characters, not alone between ASCII. It returns the text and the number of
// remnants replaced.
func replaceLossyGBK(s string) (string, int) {
	if !strings.ContainsRune(s, lossyLead) {
		return s, 0
	}
	var sp splicer
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != lossyLead || i > 0 && !asciiBefore(s, i) {
			i += size
			continue
		}
		j := i + size
		for strings.HasPrefix(s[j:], "\uFFFD") {
			j += len("\uFFFD")
		}
		if j < len(s) && s[j] >= utf8.RuneSelf {
			i = j
			continue
		}
		sp.put(s, i, j, "\uFFFD")
		i = j
	}
	return sp.done(s)
}

// asciiBefore reports an ASCII byte right before byte offset i of s.
func asciiBefore(s string, i int) bool {
	return i > 0 && s[i-1] < utf8.RuneSelf
}

// lossyWarning is the warning for n remnants replaced by replaceLossyGBK, or nil.
func lossyWarning(n int) []string {
	if n == 0 {
		return nil
	}
	return []string{fmt.Sprintf("%d punctuation mark(s) were UTF-8 read as GBK with their last byte lost (\"鈥\" alone, as in \"westerners鈥concern\"); the mark cannot be recovered and was replaced with U+FFFD", n)}
}
