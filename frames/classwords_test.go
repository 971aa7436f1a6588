package frames

import "testing"

// TestClassWords checks that ClassWords gives the set InClass reads (modality.txt classes).
func TestClassWords(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, class := range []string{"violation", "crime", "armsupport", "report", "no-such-class"} {
		set := lx.ClassWords(class)
		for _, w := range []string{"torture", "kidnap", "beat", "say", "arm", "weather"} {
			if set[w] != lx.InClass(class, w) {
				t.Errorf("ClassWords(%q)[%q] = %v, InClass %v", class, w, set[w], lx.InClass(class, w))
			}
		}
	}
	if !lx.ClassWords("violation")["torture"] {
		t.Errorf("ClassWords(violation) has no torture (modality.txt)")
	}
}
