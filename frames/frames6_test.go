package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestContinuedMeasure: a measure kept in force (keep, maintain, uphold: ContOper1, modality.txt
// continuation) is the keeper's measure, in force whatever the tense — not opposition to it (the
// 124x "refuse to ease" patterns of CAMEO.2.0.txt's MAINTAIN block) nor a threat.
func TestContinuedMeasure(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Hungary will keep its ban on imports of Serbian pork.", graph.Sanctions, "Hungary", "*", "", true, onlyAsserted},
		{"Hungary will keep its ban on imports of Serbian pork.", graph.Opposes, "*", "*", "", false, onlyAsserted},
		{"Hungary will keep its ban on imports of Serbian pork.", graph.Threatens, "*", "*", "", false, onlyAsserted},
		{"Canada maintained its tariffs on Chinese electric cars.", graph.Sanctions, "Canada", "*", "", true, onlyAsserted},
		{"Canada maintained its tariffs on Chinese electric cars.", graph.Opposes, "*", "*", "", false, onlyAsserted},
		{"The bank kept interest rates unchanged in March.", graph.Sanctions, "*", "*", "", false, onlyAsserted},
	})
}

// TestVoteFor: voting for a measure or candidate approves it (PLOVER SUPPORT; the converse of
// CAMEO.2.0.txt VOTE * (AGAINST) 110), not the dictionary's bare VOTE default 030, an offer.
func TestVoteFor(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ghana voted for the draft resolution on Myanmar.", graph.Supports, "Ghana", "*", "", true, onlyAsserted},
		{"Ghana voted for the draft resolution on Myanmar.", graph.Offers, "*", "*", "", false, onlyAsserted},
		{"Opposition senators voted for the pension reform.", graph.Supports, "senators", "*", "", true, onlyAsserted},
		{"Opposition senators voted for the pension reform.", graph.Offers, "*", "*", "", false, onlyAsserted},
		{"Ghana voted against the draft resolution on Myanmar.", graph.Opposes, "Ghana", "*", "", true, onlyAsserted},
		{"Ghana voted against the draft resolution on Myanmar.", graph.Supports, "*", "*", "", false, onlyAsserted},
	})
}

// TestMandativeBaseForm: a base form the tagger reads as past (VBD on "designate", equal to its
// lemma and not ending in -t/-d) is the mandative subjunctive a demand takes (Quirk et al. 1985,
// 16.32), not an indicative that-clause of a statement.
func TestMandativeBaseForm(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Chad demanded that the Council designate the Janjaweed as a terrorist group.", graph.Demands, "Chad", "*", "", true, onlyAsserted},
		{"The union demanded that the regulator investigate the price rise.", graph.Demands, "union", "*", "", true, onlyAsserted},
		{"The union demanded that the regulator terminate the contract.", graph.Demands, "union", "*", "", true, onlyAsserted},
	})
}

// TestVoicedObligationFrame: which main clauses under a modal of obligation make a
// clause-obligation match (the speaker's demand on the subject, speaker found by the loader), and
// which do not: the speaker's own "we", the perfect's epistemic must, an inverted question, a
// clause reported under a verb of saying (reportedObligation's).
func TestVoicedObligationFrame(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text string
		tgt  string // the obliged subject, "" for no match
	}{
		{"Armenia must withdraw its troops from the border.", "Armenia"},
		{"The talks stalled, and the Commission should intervene now.", "Commission"},
		{"We must protect our farmers.", ""},
		{"The minister must have known about the deal.", ""},
		{"Should Armenia withdraw its troops?", ""},
		{"Azerbaijan said that Armenia must withdraw its troops.", ""},
		{"The ceasefire should be welcomed and supported by all parties.", "parties"},
		{"Armenia must be held accountable for the shelling.", ""},
		{"The plan must be approved by the Commission.", "Commission"},
	} {
		toks := parsed(sm, c.text)
		ms := lx.Match(toks)
		got := ""
		for _, m := range ms {
			if m.Rule == "frames:clause-obligation:modality/deontic/"+toks[m.Cue].Lemma && m.Target >= 0 {
				got = toks[m.Target].Form
			}
		}
		if got != c.tgt {
			t.Errorf("%s: clause-obligation target %q, want %q;%s", c.text, got, c.tgt, describe(toks, ms))
		}
	}
}

// TestMeasureNamedAsObject: a sanction noun with no one it hits, as the object of a verb that
// neither imposes, keeps nor ends it, names an existing measure and asserts no sanction; with a
// target of its own, or under its support verb, it still does.
func TestMeasureNamedAsObject(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Such a transfer would breach European Union sanctions.", graph.Sanctions, "*", "*", "", false, onlyAsserted},
		{"The shipment would violate United Nations sanctions.", graph.Sanctions, "*", "*", "", false, onlyAsserted},
		{"Cuba has endured American sanctions on its sugar exports for decades.", graph.Sanctions, "American", "*", "", true, onlyAsserted},
		{"Canada imposed sanctions.", graph.Sanctions, "Canada", "*", "", true, onlyAsserted},
	})
}
