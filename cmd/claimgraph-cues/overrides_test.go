package main

import (
	"strings"
	"testing"
)

// TestOverrides (events30b): an override row replaces the types of its CAMEO.2.0.txt line only;
// a malformed row or a line that names no entry is an error.
func TestOverrides(t *testing.T) {
	ty := typeTable{}
	if err := parseOverrides(strings.NewReader("# c\n2770 | - | = | OFFERS | reason\n"), "o", ty); err != nil {
		t.Fatal(err)
	}
	used := map[int]bool{}
	if got := ty.override(2770, used, [3]string{"DEMANDS", "DEMANDS", "DEMANDS"}); got != [3]string{"-", "-", "OFFERS"} {
		t.Errorf("override 2770 = %v", got)
	}
	if got := ty.override(2771, used, [3]string{"DEMANDS", "DEMANDS", "DEMANDS"}); got[0] != "DEMANDS" {
		t.Errorf("line 2771 changed: %v", got)
	}
	if err := ty.unusedOverrides(used); err != nil {
		t.Errorf("unused: %v", err)
	}
	if err := ty.unusedOverrides(map[int]bool{}); err == nil || !strings.Contains(err.Error(), "2770") {
		t.Errorf("unused line not reported: %v", err)
	}
	for _, bad := range []string{"x | - | = | = | r\n", "12 | NOPE | = | = | r\n", "12 | - | = | = | \n", "12 | - | = | =\n"} {
		if err := parseOverrides(strings.NewReader(bad), "o", typeTable{}); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
