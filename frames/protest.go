package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// protestDefault returns the verb's own disapproval or protest entry (CAMEO 11x, 14x: OPPOSES)
// when pattern bp of the same block is coded 053 "rally support on behalf of" over the act
// protested — an object, or an against-phrase, with no other preposition ("DENOUNCE *
// SANCTIONS", "PROTEST * ARREST", "PROTEST * (AGAINST DETENTION)", "BLAME * TRIAL UNFAIR"). The
// CAMEO codebook's 053 is support for the actor on whose behalf the protest is made (the one
// sanctioned, arrested, detained, tried), whom PETRARCH2 takes as the event's target; our
// relation goes to the object phrase, the act protested, and towards that act the protest is the
// verb's own disapproval: "Venezuela denounced the new sanctions" OPPOSES the sanctions, it
// does not SUPPORT them (the mirror of approvalDefault). A pattern of support named by its
// preposition ("MARCH * (IN FAVOUR)", "* (IN SUPPORT)", "CALL * (FOR END)") keeps its 053.
// nil when bp is no such pattern.
func protestDefault(verbs []verbCue, bp *patternCue) *verbCue {
	if !strings.HasPrefix(bp.code, "053") || bp.particle != "" {
		return nil
	}
	for _, s := range bp.preps {
		if s.prep != "against" {
			return nil
		}
	}
	if bp.object == nil && len(bp.preps) == 0 {
		return nil
	}
	for k := range verbs {
		v := &verbs[k]
		if v.block == bp.block && v.types.Asserted == graph.Opposes && (strings.HasPrefix(v.code, "11") || strings.HasPrefix(v.code, "14")) {
			return v
		}
	}
	return nil
}
