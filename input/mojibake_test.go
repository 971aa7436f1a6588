package input

import (
	"strings"
	"testing"
)

// TestRepairGBKMojibake: UTF-8 punctuation read as GBK and saved again is restored; genuine
// Chinese, Latin accents and text without CJK stay as they are.
func TestRepairGBKMojibake(t *testing.T) {
	cases := []struct{ in, want string }{
		{"We鈥檝e noted such announcements.", "We’ve noted such announcements."},
		{"China鈥檚 position and the US鈥檚 tariffs", "China’s position and the US’s tariffs"},
		{"he didn鈥檛 say", "he didn’t say"},
		// genuine Chinese stays
		{"商务部新闻发言人高峰表示，中方坚决反对。", "商务部新闻发言人高峰表示，中方坚决反对。"},
		// Latin accents, no CJK: untouched
		{"José Martí’s “Nuestra América”", "José Martí’s “Nuestra América”"},
		{"plain ASCII", "plain ASCII"},
	}
	for _, c := range cases {
		got, _ := repairGBKMojibake(c.in)
		if got != c.want {
			t.Errorf("repairGBKMojibake(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if _, n := repairGBKMojibake("商务部新闻发言人高峰表示"); n != 0 {
		t.Errorf("genuine Chinese: %d runs repaired, want 0", n)
	}
}

// TestTextDocumentMojibakeWarning: a .txt document with GBK mojibake is repaired and says so.
func TestTextDocumentMojibakeWarning(t *testing.T) {
	d, err := textDocument("a.txt", []byte("MOFCOM spokesman: We鈥檝e noted the announcement."))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "We’ve noted") {
		t.Errorf("text %q not repaired", d.Text)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "GBK") {
		t.Errorf("warnings %q, want one naming GBK", d.Warnings)
	}
}
