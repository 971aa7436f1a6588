package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// GovernmentAgentHeads are the head nouns of a state's government agents that the Phoenix agents
// dictionary lists only in compounds, all ~GOV when the modifier names no sector ("officials":
// GOVERNMENT_OFFICIAL, STATE_OFFICIAL, HIGH_OFFICIAL [~GOV]); data/wordclasses/governmentagentheads.txt
// gives the sources.
var GovernmentAgentHeads = lexicon.WordClass("governmentagentheads") // data/wordclasses/governmentagentheads.txt

// GroupHeadSector is the CAMEO sector of a group named by a government agent head with no
// dictionary agent of its own ("U.S. officials", "senior Chinese officials", "officials in
// Brazil" → GOV), or "". The head is the last word of the name before an "in" phrase (a
// locative postmodifier follows its head, Quirk et al. 1985, 17.37); callers try the Phoenix
// agents (Sector) first, so "police officials" keeps the dictionary's COP.
func GroupHeadSector(name string) string {
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i]
	}
	words := strings.Fields(strings.ToLower(name))
	for k, w := range words {
		if w == "in" && k > 0 {
			words = words[:k]
			break
		}
	}
	if len(words) == 0 || !GovernmentAgentHeads.Has(words[len(words)-1]) {
		return ""
	}
	return "GOV"
}
