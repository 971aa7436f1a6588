package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/text"
)

// TestDatelineEnd: datelines of every shape the AP Stylebook and the agencies use, in capitals
// and in title case, end where the lead begins; sentences that open with a place do not lose it.
// Sentences of our own wording.
func TestDatelineEnd(t *testing.T) {
	cases := []struct {
		text  string
		para  int
		first string // the first word after the dateline; "" when there is none, "<end>" when it is all
	}{
		{"NAIROBI, Kenya (AP) — Kenya's parliament rejected the bill.", 0, "Kenya"},
		{"BOGOTÁ, March 3 (Reuters) - Colombia's president demanded talks.", 0, "Colombia"},
		{"Lagos, 12 May 2025 — Nigeria's government threatened to act.", 0, "Nigeria"},
		{"GENEVA/BRUSSELS, June 4 (Reuters) - The European Union condemned the attack.", 0, "The"},
		{"ABU DHABI (WAM) — The Emirates welcomed the truce.", 0, "The"},
		{"Seoul (Yonhap) -- South Korea urged talks.", 1, "South"},
		{"TOKYO, Jan. 9 (Kyodo) -- Japan protested the entry.", 0, "Japan"},
		{"Caracas, Venezuela — Venezuela's government accused Guyana.", 1, "Venezuela"},
		{"MEXICO CITY, Feb 2 (Reuters) - Mexico rejected the demands.", 3, "Mexico"},
		{"Ankara, 5 March (Anadolu) – Turkey's president criticised the report.", 0, "Turkey"},
		{"UNITED NATIONS (AP) — \"We will not accept this,\" the envoy said.", 0, "\""},
		{"NAIROBI, Kenya (AP)", 1, "<end>"},
		{"NAIROBI, Kenya (AP) —", 1, "<end>"},
		{"LAGOS, 12 May 2025", 0, "<end>"},
		{"Seoul (Yonhap) --", 0, "<end>"},
		{"MOSCOW, March 3. /TASS/. Russia's foreign ministry condemned the sanctions.", 0, "Russia"},
		{"KYIV, May 2. /Ukrinform/. Ukraine rejected the proposal.", 0, "Ukraine"},
		{"MOSCOW, March 3. /TASS/.", 0, "<end>"},
		// not datelines
		{"MOSCOW / BEIJING relations improved.", 0, ""},
		{"BREAKING NEWS", 0, ""},
		{"Kenya, Uganda", 0, ""},
		{"State Department Spokesperson Heather Nauert, March 22, 2018", 0, ""},
		{"Lagos, 12 May 2025", 0, ""},
		{"Kenya — the region's largest economy — rejected the bill.", 0, ""},
		{"Kenya, Uganda and Tanzania — all three — rejected the bill.", 0, ""},
		{"Kenya, Uganda — both members — rejected the bill.", 0, ""},
		{"Caracas, Venezuela — Venezuela's government accused Guyana.", 5, ""},
		{"Officials in Lima, Peru — a city of ten million — said so.", 0, ""},
	}
	for _, c := range cases {
		st := &sent{Toks: text.Tokenize([]rune(c.text), 0), S: input.Sentence{Paragraph: c.para, Text: c.text}}
		got := ""
		if k := segment.DatelineEnd(st); k >= len(st.Toks) {
			got = "<end>"
		} else if k > 0 {
			got = st.Toks[k].Text
		}
		if got != c.first {
			t.Errorf("%q (paragraph %d): lead starts at %q, want %q", c.text, c.para, got, c.first)
		}
	}
}
