package input

import (
	"strings"
	"testing"
)

// wrapAt hard-wraps text at width characters, as a PDF column does.
func wrapAt(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

// interleave reads two columns across the page: a line of the left, then a line of the right.
func interleave(left, right []string) string {
	var out []string
	for i := 0; i < len(left) || i < len(right); i++ {
		if i < len(left) {
			out = append(out, left[i])
		}
		if i < len(right) {
			out = append(out, right[i])
		}
	}
	return strings.Join(out, "\n")
}

// Invented two-column sheets: the columns' topics differ, the multiword names repeat as names
// in news text do.
var (
	columnLeft = "The European Commission said on Monday that the European Union would open an " +
		"investigation into subsidies paid to electric vehicle makers in the Republic of Korea. " +
		"The European Commission has argued that the subsidies distort competition in the single " +
		"market, and the European Union has asked the Republic of Korea to provide data on the " +
		"programs within thirty days. Officials of the European Commission said the investigation " +
		"could lead to countervailing duties on vehicles from the Republic of Korea if the " +
		"subsidies are found to harm producers in the European Union."
	columnRight = "The Korean trade ministry rejected the claims and said the programs comply with the " +
		"rules of the World Trade Organization. The Korean trade ministry added that it would defend " +
		"its exporters before the World Trade Organization if the duties were imposed. Analysts at " +
		"the Korea Development Institute said the dispute could slow talks on a digital trade " +
		"agreement, which the Korean trade ministry and the European Commission began last year, " +
		"and that exporters of batteries would be hit hardest by any new duties."
)

// TestInterleavedColumns: two columns read across the page are found, and each of their lines
// is set apart as a paragraph; the same text read column by column, and a list of short lines,
// are left alone (new-user trial 13, finding 2). Two widths.
func TestInterleavedColumns(t *testing.T) {
	for _, width := range []int{48, 60} {
		left, right := wrapAt(columnLeft, width), wrapAt(columnRight, width)
		garbled := "Trade Brief\n\n" + interleave(left, right) + "\n"
		got, n := interleavedLines(garbled)
		if n != len(left)+len(right) {
			t.Errorf("width %d: %d lines set apart, want %d", width, n, len(left)+len(right))
		}
		if !strings.Contains(got, left[0]+"\n\n"+right[0]+"\n\n"+left[1]) {
			t.Errorf("width %d: the lines were not made paragraphs:\n%s", width, got)
		}
		straight := "Trade Brief\n\n" + strings.Join(left, "\n") + "\n\n" + strings.Join(right, "\n") + "\n"
		if got, n := interleavedLines(straight); n != 0 || got != straight {
			t.Errorf("width %d: a single column read as interleaved (%d lines)", width, n)
		}
		oneBlock := "Trade Brief\n\n" + strings.Join(append(append([]string{}, left...), right...), "\n") + "\n"
		if _, n := interleavedLines(oneBlock); n != 0 {
			t.Errorf("width %d: two paragraphs with no blank line between read as interleaved (%d lines)", width, n)
		}
	}
	list := "Members present:\nAna Ruiz of the European Commission and the trade committee\n" +
		"Lars Holm of the European Commission and the budget committee\nMia Berg of the Korean trade ministry and its legal service\n"
	if _, n := interleavedLines(list); n != 0 {
		t.Errorf("a list read as interleaved (%d lines)", n)
	}
}

// TestTextDocumentColumnsWarning: a .txt document of interleaved columns says so.
func TestTextDocumentColumnsWarning(t *testing.T) {
	text := "Trade Brief\n\n" + interleave(wrapAt(columnLeft, 52), wrapAt(columnRight, 52)) + "\n"
	d, err := textDocument("brief.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "two page columns interleaved") {
		t.Errorf("warnings %q", d.Warnings)
	}
}

// TestInterleavedColumnsBound: a text over maxColumnScan, which the loader refuses anyway, is
// returned unread (TestLoadHostileFiles's 50 MB line took a minute when it was scanned).
func TestInterleavedColumnsBound(t *testing.T) {
	big := strings.Repeat(interleave(wrapAt(columnLeft, 52), wrapAt(columnRight, 52))+"\n\n", maxColumnScan/1000+1)
	if len(big) <= maxColumnScan {
		t.Fatalf("test text of %d bytes is not over the bound", len(big))
	}
	if got, n := interleavedLines(big); n != 0 || got != big {
		t.Errorf("a text over the bound was read: %d lines set apart", n)
	}
}
