package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestGerundItems (readout20, R2): after a verbless lead-in naming the parties ("The Ministers of
// A and B, who met in …:"), each paragraph that opens with a subjectless -ing verb is the act of
// the lead-in's head, its controller (Huddleston & Pullum 2002, ch. 14): every party's in a joint
// communiqué, the body's when the lead-in names one; so is each of the items run into one sentence
// with semicolons (parseGerundItems). Near misses: the same items after a lead-in
// that names no actor ("Highlights of the week:") or is a clause ("Officials said:") give no
// stance. Invented wordings.
func TestGerundItems(t *testing.T) {
	items := "\n\ncondemning the bombing of the hospital in Kismayo;\n\ncalling for an immediate ceasefire in the Lower Shabelle region."
	v := view(extractText(t, "Joint Communiqué of Uruguay and Japan\n\nThe Ministers of Uruguay and Japan, who met in Montevideo on 9 June 2031:"+items))
	for _, p := range []string{"Uruguay", "Japan"} {
		if len(v.rels(graph.Opposes, p, "bombing of the hospital")) == 0 || len(v.rels(graph.Demands, p, "ceasefire")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s has not both stances of the communiqué's items", p)
		}
	}
	// the items run into one sentence with semicolons
	v = view(extractText(t, "Joint Communiqué of Uruguay and Japan\n\nThe Ministers of Uruguay and Japan, who met in Montevideo on 9 June 2031:\n\n"+
		"reaffirming their commitment to free trade; condemning the bombing of the hospital in Kismayo; calling for an immediate ceasefire in the Lower Shabelle region."))
	for _, p := range []string{"Uruguay", "Japan"} {
		if len(v.rels(graph.Opposes, p, "bombing")) == 0 || len(v.rels(graph.Demands, p, "ceasefire")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s has not both stances of the run-in items", p)
		}
	}
	v = view(extractText(t, "Council conclusions on Somalia\n\nThe Council of the European Union, meeting in Luxembourg on 14 October 2031:"+items))
	if len(v.rels(graph.Opposes, "Council of the European Union", "bombing of the hospital")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("the Council does not condemn the bombing")
	}
	for _, lead := range []string{"Highlights of the week in Somalia:", "Officials of Uruguay and Japan said:"} {
		v = view(extractText(t, "Weekly digest\n\n"+lead+items))
		if len(v.rels(graph.Opposes, "", "bombing of the hospital")) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: an item's act given to a lead-in that is no verbless fragment naming an actor", lead)
		}
	}
}
