package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestMadeCondition: "make X a condition/precondition/prerequisite (for Y)" is a demand of X by
// the subject (frames madeCondition; CAMEO IMPOSE * CONDITION [100]); near misses: another object
// complement ("made travel a challenge"), a negated making, an expletive object ("made it a
// condition that …").
func TestMadeCondition(t *testing.T) {
	// known: the embedded parser pair's error on the sentence (checked and logged, not failed;
	// logged "now met" when it holds — the KNOWN convention of checkExpect).
	fire := []struct{ text, src, target, known string }{
		{"NAIROBI, May 2 (Reuters) - Kenya has made the withdrawal of foreign troops a condition for the talks.", "Kenya", "withdrawal",
			"object complement 'a condition' appos of troops (UD: xcomp of made)"},
		{"BOGOTA, Jan 9 (AP) - The Colombian government made a ceasefire a prerequisite for any negotiations with the rebels.", "Colombia", "ceasefire", ""},
		{"Norway and Iceland have made a quota cut a precondition for the talks, officials said.", "Iceland", "quota cut",
			"cut VBD acl of quota, precondition its obj"},
	}
	for _, c := range fire {
		v := view(extractDoc(t, input.Document{Source: "t.txt", Text: c.text}))
		got := len(v.rels(graph.Demands, c.src, c.target)) > 0
		if c.known != "" {
			if got {
				t.Logf("now met, drop known (%s): %q", c.known, c.text)
			} else {
				t.Logf("known parser miss (%s): %q: no DEMANDS from %s to %q", c.known, c.text, c.src, c.target)
			}
			continue
		}
		if !got {
			t.Errorf("%q: no DEMANDS from %s to %q", c.text, c.src, c.target)
			v.dump(os.Stderr)
		}
	}
	miss := []string{
		"NAIROBI, May 2 (Reuters) - The floods made travel a challenge for Kenya's farmers.",
		"NAIROBI, May 2 (Reuters) - Kenya has not made the withdrawal of foreign troops a condition for the talks.",
		"NAIROBI, May 2 (Reuters) - Kenya made it a condition that the troops leave first.",
	}
	for _, s := range miss {
		v := view(extractDoc(t, input.Document{Source: "t.txt", Text: s}))
		for _, r := range v.g.Relations {
			if r.Type == graph.Demands {
				t.Errorf("%q: DEMANDS %s -> %s", s, v.label(r.Source), v.label(r.Target))
			}
		}
	}
}
