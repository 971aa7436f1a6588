package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestWarnedObligation (issue 13, coerce18 E10): a verb of advising (warn, caution: Levin 1993,
// 37.9) whose that-clause lays a deontic obligation on another party is a demand on it
// (reportedObligation, as "said that X should not"), not a threat; "… or face N" in that clause
// is the ultimatum (orFaceThreats, CAMEO 139). Near misses: the speaker's own obligation ("it
// must defend") and a warning of its own future act stay threats.
func TestWarnedObligation(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Tokyo warned that Beijing should not alter the status quo by force.", graph.Demands, "Tokyo", "Beijing", "", true, anyMatch},
		{"Tokyo warned that Beijing should not alter the status quo by force.", graph.Threatens, "Tokyo", "*", "", false, anyMatch},
		{"Paris cautioned that Rome must not close its ports to the rescue ships.", graph.Demands, "Paris", "Rome", "", true, anyMatch},
		{"Paris cautioned that Rome must not close its ports to the rescue ships.", graph.Threatens, "Paris", "*", "", false, anyMatch},
		{"London warned that Tehran must free the seized vessel or face consequences.", graph.Threatens, "London", "Tehran", "", true, anyMatch},
		// near misses
		{"Ankara warned that it must defend its frontier against the militants.", graph.Threatens, "Ankara", "*", "", true, anyMatch},
		{"Ankara warned that it would launch an offensive against the militants.", graph.Threatens, "Ankara", "*", "", true, anyMatch},
		{"Ankara warned that it would launch an offensive against the militants.", graph.Demands, "Ankara", "*", "", false, anyMatch},
	})
}

// TestFacedMeasure (issue 13, coerce18 D4): a named party that "would face" (risk, incur) a
// coercive measure (modality.txt hostile) in someone's words is the target of that threat, as
// with a repercussion (clause-warning, addressed; CAMEO 1312). Near misses: the measure faced in
// the past (a fact), a hypothetical-act subject with a measure (only repercussions there), a
// common-noun subject (no party named).
func TestFacedMeasure(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text, tgt string
		want      bool
	}{
		{"Beijing said Vilnius would face sanctions if it opened the office.", "Vilnius", true},
		{"Washington said Caracas would face new tariffs unless it freed the prisoners.", "Caracas", true},
		{"Ankara said Athens would risk an embargo if it extended its waters.", "Athens", true},
		// near misses
		{"Beijing said Vilnius faced sanctions last year.", "Vilnius", false},
		{"Beijing said any such office would face sanctions.", "office", false},
		{"Beijing said exporters would face new tariffs.", "exporters", false},
	} {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Type == graph.Threatens && strings.HasPrefix(m.Rule, "frames:clause-warning") && form(toks, m.Target) == c.tgt {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: THREATENS →%s: want %v;%s", c.text, c.tgt, c.want, describe(toks, lx.Match(toks)))
		}
	}
}

// TestHeldResponsible (issue 13, coerce18 E6): CAMEO.2.0.txt's "HOLD * RESPONSIBLE" [112]
// "accuse" matches the adjective object complement (Quirk et al. 1985, 16.44): the one held
// responsible is the target. Near misses: another adjective complement, hold with a plain object.
func TestHeldResponsible(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Kyiv held Moscow responsible for the blast at the dam.", graph.Opposes, "Kyiv", "Moscow", "", true, anyMatch},
		// near misses
		{"The court held the contract valid.", graph.Opposes, "court", "*", "", false, anyMatch},
		{"Kyiv held talks with Moscow in Geneva.", graph.Opposes, "Kyiv", "*", "", false, anyMatch},
	})
}

// TestAnnouncedAccountability (issue 13, coerce18 E6): "HOLD * RESPONSIBLE" [112] announced
// for the future is a warning (cameo-types.txt 112@CONFINE, as an announced lawsuit, 115).
func TestAnnouncedAccountability(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Seoul will hold Pyongyang responsible for any provocation.", graph.Threatens, "Seoul", "Pyongyang", "", true, anyMatch},
		// near miss: held responsible in the past stays an accusation
		{"Seoul held Pyongyang responsible for the sinking.", graph.Threatens, "Seoul", "Pyongyang", "", false, anyMatch},
		{"Seoul held Pyongyang responsible for the sinking.", graph.Opposes, "Seoul", "Pyongyang", "", true, anyMatch},
	})
}
