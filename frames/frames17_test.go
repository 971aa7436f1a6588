package frames

import (
	"strings"
	"testing"
)

// TestObligationFrames17 (issue 13, frames17): the obligation frames on parses of sentences of my
// own — which give a demand match (its rule and obliged subject) and which give none.
func TestObligationFrames17(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text string
		rule string // a rule prefix one match must have, "" for no obligation match
		tgt  string // that match's obliged subject ("" for none named)
	}{
		{"Latvia ought to expel the diplomats.", "frames:clause-obligation:modality/deontic/ought", "Latvia"},
		{"Estonia said Latvia has to expel the diplomats.", "frames:verb-obligation:modality/semimodal/have", "Latvia"},
		{"Estonia said Latvia will have to expel the diplomats.", "", ""},
		{"Estonia said Latvia should have expelled the diplomats.", "", ""},
		{"Estonia believes Latvia should expel the diplomats.", "frames:verb-obligation:modality/deontic/should", "Latvia"},
		{"Estonia does not believe Latvia should expel the diplomats.", "", ""},
		{"Estonia said we must expel the diplomats.", "", ""},
		{"The right response from Latvia should be to expel the diplomats.", "frames:clause-obligation:modality/deontic/should", "Latvia"},
		{"The diplomats must be expelled at once.", "frames:clause-obligation:modality/deontic/must", ""},
		{"It must be expelled at once.", "", ""},
	} {
		toks := parsed(sm, c.text)
		ms := lx.Match(toks)
		found, tgt := false, ""
		for _, m := range ms {
			if !strings.Contains(m.Rule, "obligation:") {
				continue
			}
			if c.rule == "" || strings.HasPrefix(m.Rule, c.rule) {
				found = true
				if m.Target >= 0 {
					tgt = toks[m.Target].Form
				}
			}
		}
		switch {
		case c.rule == "" && found:
			t.Errorf("%s: want no obligation match;%s", c.text, describe(toks, ms))
		case c.rule != "" && (!found || tgt != c.tgt):
			t.Errorf("%s: want %s with target %q, got found=%v target %q;%s", c.text, c.rule, c.tgt, found, tgt, describe(toks, ms))
		}
	}
}
