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

// TestReplaceLossyGBK: a 鈥 alone between ASCII characters is a UTF-8 mark whose last byte was
// lost in the GBK reading (new-user trial 13, finding 4: "westerners鈥concern" in a ministry's
// transcript); it becomes U+FFFD, as the mark cannot be known. Several wordings; near misses: 鈥
// among other CJK characters (Chinese text), a repaired run, text without it.
func TestReplaceLossyGBK(t *testing.T) {
	for _, c := range []struct {
		in, want string
		n        int
	}{
		{"some westerners鈥concern over the list", "some westerners\uFFFDconcern over the list", 1},
		{"the unreliable entity list鈥 Is that correct?", "the unreliable entity list\uFFFD Is that correct?", 1},
		{"鈥Trade is a two-way street,鈥 he said.", "\uFFFDTrade is a two-way street,\uFFFD he said.", 2},
		{"the exporters鈥\uFFFD view", "the exporters\uFFFD view", 1},
		{"商务部鈥高峰表示", "商务部鈥高峰表示", 0},
		{"China’s position", "China’s position", 0},
		{"plain ASCII", "plain ASCII", 0},
	} {
		got, n := replaceLossyGBK(c.in)
		if got != c.want || n != c.n {
			t.Errorf("replaceLossyGBK(%q) = %q, %d; want %q, %d", c.in, got, n, c.want, c.n)
		}
	}
	d, err := textDocument("b.txt", []byte("MOFCOM: We鈥檝e noted some westerners鈥concern."))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "We’ve noted some westerners\uFFFDconcern") {
		t.Errorf("text %q", d.Text)
	}
	if len(d.Warnings) != 2 || !strings.Contains(d.Warnings[1], "last byte lost") {
		t.Errorf("warnings %q: want the repair's and the lossy mark's", d.Warnings)
	}
}
