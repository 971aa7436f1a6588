package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestOfficialsLabelGroup: a "SENIOR GOVERNMENT OFFICIAL:" turn on a call whose ground rules name
// "senior administration officials" is a member of that group speaking (officialsLabelGroup);
// near misses: a label naming no government or administration official, and an article naming
// two groups of state officials, resolve to no such group.
func TestOfficialsLabelGroup(t *testing.T) {
	call := func(label, rules string) string {
		return "BACKGROUND BRIEFING ON THE TRADE TALKS WITH RURITANIA\n\n" +
			"MODERATOR: Good afternoon. Today's call is on background, " + rules + ". Go ahead.\n\n" +
			label + ": Thanks. We reject the new tariffs on our steel and we demand that Ruritania withdraw them.\n\n" +
			"Q: Is a deal still possible?\n\n" +
			label + ": We urge Ruritania to return to the table."
	}
	checkExpect(t, extractDoc(t, input.Document{Source: "a.txt", Text: call("SENIOR GOVERNMENT OFFICIAL", "attributable to senior administration officials")}),
		[]string{"OPPOSES administration officials -> tariffs", "DEMANDS administration officials -> Ruritania"})
	checkExpect(t, extractDoc(t, input.Document{Source: "b.txt", Text: call("SENIOR GOVERNMENT OFFICIAL TWO", "attributable to senior administration officials")}),
		[]string{"OPPOSES administration officials -> tariffs"})
	checkExpect(t, extractDoc(t, input.Document{Source: "c.txt", Text: call("SENIOR TRADE EXPERT", "attributable to senior administration officials")}),
		[]string{"!OPPOSES administration officials -> tariffs"})
}
