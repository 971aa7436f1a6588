package loader

import (
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
)

// verbalConditionFails reports a match of a cue-classes.txt line with the loader condition
// person-source (frames.PersonSource, frames/verbalattack.go) whose resolved source or target
// breaks it: a verb of attack the dictionary files as force (CAMEO 18–20, used by armed and state
// actors) is verbal attack, CAMEO 111, only when its source is a person (graph.Person) and its
// target a person or an organization (a party, a campaign, a newspaper): a country, a state's
// government or a group ("attacked Ukraine", "attacked the rebels") is what force is used on,
// and a place named as the target is where a campaign goes ("targets Florida"). Both entities
// non-nil.
func verbalConditionFails(m frames.Match, src, tgt *entity) bool {
	if !frames.PersonSource(m.Rule) {
		return false
	}
	k := tgt.Final().Kind
	return src.Final().Kind != graph.Person || k != graph.Person && k != graph.Organization
}
