package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// codeCase expects a match "TYPE source→target" (head words) carrying the CAMEO code and PLOVER
// category given.
type codeCase struct {
	text         string
	typ          graph.RelType
	src, tgt     string
	code, plover string
}

func checkCodes(t *testing.T, cases []codeCase) {
	t.Helper()
	lx, sm := lexiconAndParser(t)
	for _, c := range cases {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Type == c.typ && form(toks, m.Source) == c.src && form(toks, m.Target) == c.tgt && m.Code == c.code && m.Plover == c.plover {
				got = true
			}
		}
		if !got {
			t.Errorf("%s: %s %s→%s %s/%s not found;%s", c.text, c.typ, c.src, c.tgt, c.code, c.plover, describe(toks, lx.Match(toks)))
		}
	}
}

// TestNounCueCodes (issue 13, measures28; a new user's export had empty cameo and plover columns
// for 14 of 26 sanctions and threats): a hand noun class carries the CAMEO code of the codebook
// entry its source cites and that code's PLOVER category by CAMEO2PLOVER-2021.txt
// (cue-classes.txt columns code, plover), announced as decided; a support verb whose dictionary
// pattern codes the noun keeps that more specific code.
func TestNounCueCodes(t *testing.T) {
	checkCodes(t, []codeCase{
		{"Ottawa imposed tariffs on Chilean copper.", graph.Sanctions, "Ottawa", "copper", "163", "COERCE"},
		{"Quito will raise duties on Peruvian shrimp.", graph.Threatens, "Quito", "shrimp", "163", "COERCE"},
		{"Hanoi announced curbs on rice exports.", graph.Sanctions, "Hanoi", "exports", "172", "COERCE"},
		{"Lagos voiced strong criticism of the new levy.", graph.Opposes, "Lagos", "levy", "111", "ACCUSE"},
		{"The union renewed its demand for higher wages.", graph.Demands, "union", "wages", "100", "REQUEST"},
		{"Madrid's support for the plan surprised its neighbours.", graph.Supports, "Madrid", "plan", "050", "SUPPORT"},
		{"Oslo made an offer of mediation.", graph.Offers, "Oslo", "mediation", "030", "AGREE"},
		// the support verb's dictionary pattern, more specific, keeps its code
		{"Seoul imposed restrictions on Japanese chemicals.", graph.Sanctions, "Seoul", "chemicals", "1721", "COERCE"},
	})
}
