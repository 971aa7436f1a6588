package speakers

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// officialsLabelGroup resolves the turn label of an unnamed state official ("SENIOR GOVERNMENT
// OFFICIAL:", "SENIOR ADMINISTRATION OFFICIAL TWO:") whose words match no group name
// (labelGroup) to the one group of state officials the article names (stateOfficials: "a call
// on background, attributable to senior administration officials"). "Administration" in this
// use is the executive branch of a government (Merriam-Webster, "administration" 3b), so an
// official of the government and one of the administration are officials of one executive, as
// stateOfficials already reads both words; a background call's ground rules name its speakers
// as that group, and each labelled turn is a member of it speaking. The label must name an
// official ("official" or "officials" as its head, after the number words wordSpeaker drops)
// and say "government" or "administration"; nil when the article names no such group or
// more than one.
func officialsLabelGroup(d *doc.Doc, words []string) *doc.Entity {
	if len(words) < 2 {
		return nil
	}
	if h := words[len(words)-1]; h != "official" && h != "officials" {
		return nil
	}
	state := false
	for _, w := range words[:len(words)-1] {
		state = state || w == "government" || w == "administration"
	}
	if !state {
		return nil
	}
	var one *doc.Entity
	for _, e := range d.Ents {
		if e.Merged != nil || e.Dropped || e.Kind != graph.Group || !actors.StateOfficials(e) {
			continue
		}
		if one != nil && one != e {
			return nil
		}
		one = e
	}
	return one
}
