package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestWholeDocCoref22 loads the coref22 whole documents (testdata/wholedoc22/coref22: readouts,
// joint statements and wire stories of our own for issue 13's plural-pronoun, verb-series and
// nested-report classes) and checks their gold, expected absences included.
func TestWholeDocCoref22(t *testing.T) { wholeDocOpenGold(t, "../wholedoc22/coref22") }

// TestFrontedAdjunctEnd: a fronted prepositional adjunct closed by a comma ends before the
// subject; a subject, a clause or an unclosed phrase is no such adjunct.
func TestFrontedAdjunctEnd(t *testing.T) {
	for _, c := range []struct {
		s    string
		want string // the word after the adjunct, "" for none
	}{
		{"On fisheries, they set new limits.", "they"},
		{"During the visit to the Aland Trade Council, they signed a memorandum.", "they"},
		{"After lengthy talks, the two sides parted.", "the"},
		{"They also agreed to meet again.", ""},
		{"The talks, held in Oslo, ended late.", ""},
		{"In the view of the council the plan is sound.", ""},
	} {
		st := resolvedDoc(t, input.Document{Source: "t", Text: c.s}).Sents[0]
		got := ""
		if k := frontedAdjunctEnd(st, 0); k >= 0 {
			got = st.Toks[k].Lower
		}
		if got != c.want {
			t.Errorf("%q: adjunct ends before %q, want %q", c.s, got, c.want)
		}
	}
}
