package input

import (
	"strings"

	"github.com/claimgraph/claimgraph/text"
)

// hyphenDialogue reports lines that open with a hyphen as the turns of a dialogue, not the items
// of a list: the caption and subtitle convention marks each change of speaker with a hyphen and
// names no speaker (BBC Subtitle Guidelines, "Identifying speakers: hyphens"; Netflix Timed Text
// Style Guide, "Dual speakers"), so a question is answered in the next hyphen line ("- Will you
// raise the tariff?" then "- We will not."). A list asks no question and is not answered in its
// next item: two or more hyphen lines, one ending in a question mark and followed, as the next
// line with words, by a hyphen line that does not. The hyphen then stays, for the discourse
// reader to read as a turn mark (discourse/dashturns.go). The turns may be marked by an en or em
// dash as well, the dialogue dash of typeset transcripts (CMOS 13.40), and one transcript may mix
// them ("- Will you raise the tariff?" then "– We will not."): a dash line counts as a hyphen
// line.
func hyphenDialogue(raw []string) bool {
	var hy []string // the hyphen lines, "" for a line with words and no hyphen
	for _, r := range raw {
		s := strings.TrimSpace(r)
		switch {
		case s == "":
		case dialogueMark(s) && text.WordCount(s) > 1:
			hy = append(hy, strings.TrimSpace(s[strings.IndexByte(s, ' '):]))
		default:
			hy = append(hy, "")
		}
	}
	for k := 0; k+1 < len(hy); k++ {
		if strings.HasSuffix(hy[k], "?") && hy[k+1] != "" && !strings.HasSuffix(hy[k+1], "?") {
			return true
		}
	}
	return false
}

// dialogueMark reports a line that opens with a hyphen, an en dash or an em dash and a space.
func dialogueMark(s string) bool {
	return strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "\u2013 ") || strings.HasPrefix(s, "\u2014 ")
}
