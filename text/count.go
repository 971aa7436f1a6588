package text

import (
	"unicode"
	"unicode/utf8"
)

// WordCount is len(strings.Fields(s)) without building the fields: the cleaner and the stages
// ask how many words a line or a phrase has far more often than what they are (the cleaner's
// line tests count the words of every line of every article several times), and the slice
// Fields returns was garbage at once. White space is unicode.IsSpace, as for Fields.
func WordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
		i += size
	}
	return n
}
