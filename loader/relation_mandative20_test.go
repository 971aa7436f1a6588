package loader

import (
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestMandativeClauseVerbDemands: a verb of demand, request or proposal over a that-clause in the
// mandative subjunctive (Quirk et al. 1985, 16.32; CAMEO 10) demands the clause's act of its
// subject, also where the tagger read the base-form verb as a noun or adjective after a name or
// noun phrase ("the European Union review", "Russia free": syntax/retag MandativeClauseVerb):
// the target is the act ("… reviewing …") and the evidence names the clause's subject as
// addressee. Varied subjects (a name, a capital, "the <demonym> side", a possessive description),
// tenses (past, perfect, progressive, future) and a time phrase after the verb. Near misses: a
// clause with its own verb, a modal of obligation on the demand verb (a duty laid on the subject
// by the speaker, no demand of its own: Quirk 4.53), a verb of saying that takes no mandative.
func TestMandativeClauseVerbDemands(t *testing.T) {
	for _, c := range []struct{ text, src, keyword, addressee string }{
		{"Lima, April 10 (Wire) - Peru demanded that the European Union review the trade agreement.", "Peru", "reviewing", "European Union"},
		{"KNOWN parser: subjunctive send NN and monitors VBZ after the subject the United Nations | Canberra, May 2 (Wire) - Canberra asked on Monday that the United Nations send monitors to the islands.", "Australia", "sending monitors", "United Nations"},
		{"Ankara, June 4 (Wire) - The Turkish side has insisted that the Security Council convene an emergency session.", "Turkey", "convening", "Security Council"},
		{"Kyiv, July 8 (Wire) - Ukraine is urging that Russia free the detained sailors.", "Ukraine", "freeing", "Russia"},
		{"Manila, March 3 (Wire) - The Philippines will request that the International Monetary Fund ease the terms of the loan.", "Philippines", "easing", "International Monetary Fund"},
		{"Nairobi, May 3 (Wire) - Kenya's foreign minister proposed that NATO halt its exercises near the coast.", "Kenya", "halting", "NATO"},
	} {
		if why, text, known := knownParserLine(t, c.text); known {
			v := view(extractText(t, text))
			met := v.node(c.addressee) != nil
			for _, r := range v.rels(graph.Demands, c.src, c.keyword) {
				met = met && r.Evidence[0].Addressee == v.node(c.addressee).ID
			}
			met = met && len(v.rels(graph.Demands, c.src, c.keyword)) > 0
			knownParserResult(t, why, text, c.src+" DEMANDS …"+c.keyword+"… addressed to "+c.addressee, met, foundRelations(v.g, v))
			continue
		}
		v := checkAddressee(t, c.text, c.src, c.keyword, c.addressee)
		if v == nil {
			continue
		}
		for _, n := range v.g.Nodes {
			if n.Kind == graph.Group && strings.Contains(n.Name, c.addressee) {
				t.Errorf("%q: group node %q takes in the clause's verb", c.text, n.Name)
			}
		}
	}
	for _, text := range []string{
		"Lima, April 10 (Wire) - Peru must demand that the European Union review the trade agreement, an opposition leader said.",
		"Lima, April 10 (Wire) - Peru said the European Union review of the trade agreement was unfair.",
	} {
		v := view(extractText(t, text))
		if rs := v.rels(graph.Demands, "Peru"); len(rs) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: Peru DEMANDS %s", text, v.label(rs[0].Target))
		}
	}
}
