package clusters

import (
	"strings"
	"testing"
)

func TestReadLookup(t *testing.T) {
	tab, err := Read(strings.NewReader("# comment\n\nsaid\t0101\nrejected\t011011\nchina's\t1\n"), "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() != 3 {
		t.Fatalf("Len %d, want 3", tab.Len())
	}
	for form, want := range map[string]string{"Said": "0101", "REJECTED": "011011", "China’s": "1", "China's": "1"} {
		if got, ok := tab.Lookup(form); !ok || got != want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	if _, ok := tab.Lookup("Beijing"); ok {
		t.Error("a word outside the table was found")
	}
	var none *Table
	if _, ok := none.Lookup("said"); ok {
		t.Error("nil table found a word")
	}
	if Prefix("011011", 4) != "0110" || Prefix("01", 4) != "01" {
		t.Error("Prefix")
	}
	other, _ := Read(strings.NewReader("said\t0101\nrejected\t011010\nchina's\t1\n"), "u.tsv")
	if other.Fingerprint() == tab.Fingerprint() {
		t.Error("different tables share a fingerprint")
	}
	same, _ := Read(strings.NewReader("said\t0101\nrejected\t011011\nchina's\t1\n"), "v.tsv")
	if same.Fingerprint() != tab.Fingerprint() {
		t.Error("comments changed the fingerprint")
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"said\n", "said\t012\n", "said\t\n", "said\t01\nsaid\t1\n", "# only a comment\n", "x\t" + strings.Repeat("0", MaxBits+1) + "\n"} {
		if _, err := Read(strings.NewReader(in), "bad.tsv"); err == nil || !strings.Contains(err.Error(), "bad.tsv") {
			t.Errorf("Read(%q): error %v, want one naming the file", in, err)
		}
	}
}

func TestByLabel(t *testing.T) {
	tab, err := ByLabel([][2]string{{"Rejected", "VERB"}, {"rejected", "VERB"}, {"rejected", "ADJ"}, {"talks", "NOUN"}, {"#tag", "X"}, {"a b", "X"}})
	if err != nil {
		t.Fatal(err)
	}
	r, _ := tab.Lookup("rejected")
	n, _ := tab.Lookup("talks")
	if tab.Len() != 2 || len(r) != 6 || r == n {
		t.Errorf("ByLabel: %d words, rejected %q, talks %q", tab.Len(), r, n)
	}
}
