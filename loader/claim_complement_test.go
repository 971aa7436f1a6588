package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/claims"
	"github.com/claimgraph/claimgraph/input"
)

// TestQuantityObject: the object of "say" that opens with an indefinite pronoun or "a" + a
// quantifying noun and holds no finite verb is no reported clause (quantityObject reads
// data/wordclasses/indefinites.txt and quantitynouns.txt); invented sentences.
func TestQuantityObject(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The envoy said nothing.", true},
		{"The envoy said a few words.", true},
		{"The envoy said a lot.", true},
		{"The envoy said a couple of things.", true},
		{"The envoy said a few firms cheated.", false}, // a clause: a past form follows
		{"The envoy said an offer stood.", false},
		{"The envoy said several firms left.", false}, // a determiner quantifier opens subjects as often
		{"The envoy said a.", false},
		{"The envoy said everything would change.", false}, // a finite auxiliary follows
	} {
		d := resolvedDoc(t, input.Document{Text: c.text})
		st := d.Sents[0]
		k := -1
		for i, tk := range st.Toks {
			if tk.Lower == "said" {
				k = i
			}
		}
		if k < 0 {
			t.Fatalf("%q: no 'said'", c.text)
		}
		if got := claims.QuantityObject(st, k+1, len(st.Toks)-1); got != c.want {
			t.Errorf("%q: quantityObject = %v, want %v", c.text, got, c.want)
		}
	}
}
