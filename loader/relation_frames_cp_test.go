package loader

import "testing"

// TestFromCodePoint checks fromCodePoint against the conversion it replaces, on ASCII, on
// multi-byte text and on invalid UTF-8, at every offset.
func TestFromCodePoint(t *testing.T) {
	for _, s := range []string{"", "Beijing said", "“Nǐ hǎo,” said Wáng — 中国", "bad \xff byte\xc3", "é"} {
		n := len([]rune(s))
		for off := 0; off <= n; off++ {
			if got, want := fromCodePoint(s, off), string([]rune(s)[off:]); got != want {
				t.Errorf("fromCodePoint(%q, %d) = %q, want %q", s, off, got, want)
			}
		}
	}
}
