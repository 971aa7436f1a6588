package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// frames6Case is a sentence written for one of the frames6 rules (issue 13, fresh15 report items
// 3 and 7), parsed by the embedded models: want is a stance it must assert (type and a word of
// its source, "" for no stance wanted), not a type it must not assert.
type frames6Case struct {
	text string
	want graph.RelType
	src  string
	not  graph.RelType
}

func checkFrames6(t *testing.T, cases []frames6Case) {
	t.Helper()
	lx, sm := lexiconAndParser(t)
	for _, c := range cases {
		toks := parsed(sm, c.text)
		ms := lx.Match(toks)
		found := c.want == ""
		for _, m := range ms {
			if !m.Asserts() {
				continue
			}
			if m.Type == c.want && toks[m.Source].Form == c.src {
				found = true
			}
			if c.not != "" && m.Type == c.not {
				t.Errorf("%s: asserts %s;%s", c.text, c.not, describe(toks, ms))
			}
		}
		if !found {
			t.Errorf("%s: no asserted %s of %q;%s", c.text, c.want, c.src, describe(toks, ms))
		}
	}
}

// TestContinuedMeasure: a measure kept in force (keep, maintain, uphold: ContOper1, modality.txt
// continuation) is the keeper's measure, in force whatever the tense — not opposition to it (the
// 124x "refuse to ease" patterns of CAMEO.2.0.txt's MAINTAIN block) nor a threat.
func TestContinuedMeasure(t *testing.T) {
	checkFrames6(t, []frames6Case{
		{text: "Hungary will keep its ban on imports of Serbian pork.", want: graph.Sanctions, src: "Hungary", not: graph.Opposes},
		{text: "Hungary will keep its ban on imports of Serbian pork.", not: graph.Threatens},
		{text: "Canada maintained its tariffs on Chinese electric cars.", want: graph.Sanctions, src: "Canada", not: graph.Opposes},
		{text: "The bank kept interest rates unchanged in March.", not: graph.Sanctions},
	})
}

// TestVoteFor: voting for a measure or candidate approves it (PLOVER SUPPORT; the converse of
// CAMEO.2.0.txt VOTE * (AGAINST) 110), not the dictionary's bare VOTE default 030, an offer.
func TestVoteFor(t *testing.T) {
	checkFrames6(t, []frames6Case{
		{text: "Ghana voted for the draft resolution on Myanmar.", want: graph.Supports, src: "Ghana", not: graph.Offers},
		{text: "Opposition senators voted for the pension reform.", want: graph.Supports, src: "senators", not: graph.Offers},
		{text: "Ghana voted against the draft resolution on Myanmar.", want: graph.Opposes, src: "Ghana", not: graph.Supports},
	})
}

// TestMandativeBaseForm: a base form the tagger reads as past (VBD on "designate", equal to its
// lemma and not ending in -t/-d) is the mandative subjunctive a demand takes (Quirk et al. 1985,
// 16.32), not an indicative that-clause of a statement.
func TestMandativeBaseForm(t *testing.T) {
	checkFrames6(t, []frames6Case{
		{text: "Chad demanded that the Council designate the Janjaweed as a terrorist group.", want: graph.Demands, src: "Chad"},
		{text: "The union demanded that the regulator investigate the price rise.", want: graph.Demands, src: "union"},
		{text: "The union demanded that the regulator terminate the contract.", want: graph.Demands, src: "union"},
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
	checkFrames6(t, []frames6Case{
		{text: "Such a transfer would breach European Union sanctions.", not: graph.Sanctions},
		{text: "The shipment would violate United Nations sanctions.", not: graph.Sanctions},
		{text: "Cuba has endured American sanctions on its sugar exports for decades.", want: graph.Sanctions, src: "American"},
		{text: "Canada imposed sanctions.", want: graph.Sanctions, src: "Canada"},
	})
}
