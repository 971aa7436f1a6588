package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/coref"
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
		if k := coref.FrontedAdjunctEnd(st, 0); k >= 0 {
			got = st.Toks[k].Lower
		}
		if got != c.want {
			t.Errorf("%q: adjunct ends before %q, want %q", c.s, got, c.want)
		}
	}
}

// TestOwnConjunctClaims (issue 13, coref22 L23): in a briefer's turn, a main clause coordinated
// before another speaker's reported words is the briefer's own claim (claims/ownconjunct.go).
// Near misses: the briefer's own report, and a conjunct that shares the briefer's subject.
func TestOwnConjunctClaims(t *testing.T) {
	runCases(t, []exCase{
		{"own clause before a report", "Q: How was the visit?\n\nMS. LANE: The harvest talks ended on time, but Foreign Minister Rosa Diaz of Peru said that Lima would reopen its embassy.",
			[]string{"CLAIMS Rosa Diaz -> reopen its embassy", "CLAIMS Lane -> harvest talks ended on time", "!CLAIMS Lane -> reopen its embassy"}},
		{"own clause, and", "Q: Any news on the grain deal?\n\nMR. OKOYE: Shipments resumed on Monday, and President Jonas Berg said the corridor would stay open.",
			[]string{"CLAIMS Jonas Berg -> corridor would stay open", "CLAIMS Okoye -> Shipments resumed on Monday"}},
		// near misses
		{"briefer's own report", "Q: And the border?\n\nMR. OKOYE: The crossing is calm, and I can say that our patrols will continue.",
			[]string{"CLAIMS Okoye -> patrols will continue"}},
		{"report first", "Q: And the border?\n\nMR. OKOYE: President Jonas Berg said the corridor would stay open, and shipments resumed on Monday.",
			[]string{"CLAIMS Jonas Berg -> corridor would stay open", "!CLAIMS Okoye -> shipments resumed"}},
	})
}
