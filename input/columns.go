package input

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Two-column pages read across (new-user trial 13, finding 2). A PDF of two columns whose text
// was extracted line by line across the page (a CRS "In Focus" sheet copied from a viewer,
// pdftotext -raw on some files) interleaves the columns: line 1 of the left column, line 1 of
// the right, line 2 of the left … Every sentence then runs on two lines down, not on the next
// line, and read straight the text makes garbled sentences ("The Trump Administration has
// threatened to • conducts and supports cyberintrusions"). Layout tools find columns from the
// glyphs' x coordinates (white-space gaps, word-start histograms); plain text has none, so the
// measure here is the reading order itself: at each line break inside a sentence, does the
// document attest the word pair the break makes when the line goes on with the next line, or
// with the line after it? A word pair is attested when it occurs inside some line of the same
// document ("Trump Administration", "United States"). Hard-wrapped single-column prose continues
// on the next line, and its breaks make attested pairs with the next line far more often than
// with the line after it (the shared corpus: 93 to 16, 43 to 8, 10 to 0); interleaved columns
// do the reverse (corpus 014: 0 to 5).

// columnWord is a word for the attested-pair measure: letters, with inner periods, hyphens and
// apostrophes ("U.S.", "China’s").
var columnWord = regexp.MustCompile(`[A-Za-z][A-Za-z.’'\-]*`)

// sentenceEnd matches a line that ends a sentence or a clause list: . ? ! : ; with an optional
// closing quotation mark or parenthesis.
var sentenceEnd = regexp.MustCompile(`[.?!:;]["”’)]?$`)

// Thresholds of interleavedBlock: at least minColumnBreaks breaks inside a sentence, and pairs
// attested two lines down at least minSkipPairs times and more than twice as often as with the
// next line. A break counts only after a line of minColumnLine characters or more (a heading or
// a list item of a few words breaks anywhere).
const (
	minColumnBreaks = 8
	minSkipPairs    = 3
	minColumnLine   = 30
)

// maxColumnScan bounds the text interleavedLines reads: 4 MiB, the size over which the loader
// refuses plain text before cleaning (loader.MaxArticleBytes, four times 1 MiB), so a text that
// will be refused is not scanned first.
const maxColumnScan = 4 << 20

// columnPairWord is w lower-cased without a trailing period, the form pairs are compared in.
func columnPairWord(w string) string {
	return strings.TrimRight(strings.ToLower(w), ".")
}

// interleavedLines finds the blocks of s (runs of non-blank lines) whose lines read as two
// columns interleaved (interleavedBlock) and returns s with each line of such a block made a
// paragraph of its own (a blank line after it), so that no sentence joins a line of one column
// to a line of the other, and the number of lines so set apart (0: s is returned as it is).
// The words of each line stay as they are: a line is a true piece of one column.
func interleavedLines(s string) (string, int) {
	if len(s) > maxColumnScan {
		return s, 0
	}
	lines := strings.Split(s, "\n")
	attested := map[[2]string]bool{}
	for _, l := range lines {
		ws := columnWord.FindAllString(l, -1)
		for i := 1; i < len(ws); i++ {
			attested[[2]string{columnPairWord(ws[i-1]), columnPairWord(ws[i])}] = true
		}
	}
	var blocks [][2]int // [first, end) line indices of the interleaved blocks
	for i := 0; i < len(lines); {
		if strings.TrimSpace(lines[i]) == "" {
			i++
			continue
		}
		j := i
		for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
			j++
		}
		if interleavedBlock(lines[i:j], attested) {
			blocks = append(blocks, [2]int{i, j})
		}
		i = j
	}
	if len(blocks) == 0 {
		return s, 0
	}
	n := 0
	for _, bl := range blocks {
		n += bl[1] - bl[0]
	}
	var b strings.Builder
	k := 0
	for i, l := range lines {
		b.WriteString(l)
		if i < len(lines)-1 {
			b.WriteByte('\n')
		}
		for k < len(blocks) && blocks[k][1] <= i {
			k++
		}
		if k < len(blocks) && i >= blocks[k][0] && i < blocks[k][1]-1 {
			b.WriteByte('\n') // a blank line: the line is a paragraph of its own
		}
	}
	return b.String(), n
}

// interleavedBlock reports whether the lines of one block read as two interleaved columns: at
// its breaks inside a sentence (a line of minColumnLine characters or more not ending a
// sentence), the word pair the break makes with the line two down is attested (a pair seen
// inside a line of the document) at least minSkipPairs times and more than twice as often as
// the pair it makes with the next line, over minColumnBreaks breaks at least.
func interleavedBlock(lines []string, attested map[[2]string]bool) bool {
	breaks, next, skip := 0, 0, 0
	pair := func(a, b string) bool {
		wa, wb := columnWord.FindAllString(a, -1), columnWord.FindAllString(b, -1)
		return len(wa) > 0 && len(wb) > 0 && attested[[2]string{columnPairWord(wa[len(wa)-1]), columnPairWord(wb[0])}]
	}
	for i := 0; i+2 < len(lines); i++ {
		a := strings.TrimSpace(lines[i])
		if utf8.RuneCountInString(a) < minColumnLine || sentenceEnd.MatchString(a) {
			continue
		}
		breaks++
		if pair(a, lines[i+1]) {
			next++
		}
		if pair(a, lines[i+2]) {
			skip++
		}
	}
	return breaks >= minColumnBreaks && skip >= minSkipPairs && skip > 2*next
}

// columnsWarning is the warning for n lines set apart by interleavedLines, or nil.
func columnsWarning(n int) []string {
	if n == 0 {
		return nil
	}
	return []string{fmt.Sprintf("%d lines read as two page columns interleaved (a sentence goes on two lines down, not on the next line: a PDF's columns extracted across the page); each line was kept as a paragraph of its own so that no sentence joins the two columns — extract the PDF column by column for whole sentences", n)}
}
