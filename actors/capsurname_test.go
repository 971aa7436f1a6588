package actors

import (
	"strings"
	"testing"
)

func TestCapitalsSurname(t *testing.T) {
	for _, c := range []struct {
		in, want string
		fam      int
	}{
		{"ISHIBA Shigeru", "Ishiba Shigeru", 0},
		{"CHO Tae-yul", "Cho Tae-yul", 0},
		{"NGUYEN Vu Tung", "Nguyen Vu Tung", 0},
		{"LI Qiang", "Li Qiang", 0},
		{"António GUTERRES", "António Guterres", 1},
		{"Fatou AL-HASSAN", "Fatou Al-Hassan", 1},
	} {
		got, fam, ok := CapitalsSurname(strings.Fields(c.in))
		if !ok || got != c.want || fam != c.fam {
			t.Errorf("%q: got %q family %d ok %v, want %q family %d", c.in, got, fam, ok, c.want, c.fam)
		}
	}
	// not the convention: initials, a suffix, a heading in capitals, two capitals words, one word
	for _, in := range []string{"JB Pritzker", "Harold Kemp III", "ISHIBA SHIGERU", "KIM JONG Un", "ISHIBA", "Shigeru Ishiba", "TJ Holmes"} {
		if got, _, ok := CapitalsSurname(strings.Fields(in)); ok {
			t.Errorf("%q: read as a capitals surname (%q)", in, got)
		}
	}
}

func TestWesternOrder(t *testing.T) {
	if w, ok := WesternOrder("ISHIBA Shigeru"); !ok || w != "Shigeru Ishiba" {
		t.Errorf("ISHIBA Shigeru: %q %v", w, ok)
	}
	for _, in := range []string{"António GUTERRES", "Shigeru Ishiba", "ISHIBA"} {
		if w, ok := WesternOrder(in); ok {
			t.Errorf("%q: reordered to %q", in, w)
		}
	}
}
