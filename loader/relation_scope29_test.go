package loader

import (
	"strings"
	"testing"
)

// TestScope29DemonymStanceNoun (issue 13, scope29): a national adjective on a stance noun the
// matcher read as the act of opposing names the state whose stance it is ("Despite Greek
// opposition, …" = Greece opposes), even where the actors stage took the adjective and the group
// word "opposition" for a group: a mention holding the cue word itself names no actor of it.
// Near miss: "the Greek opposition" as the subject of its own verb is the political opposition,
// a group, not the state.
func TestScope29DemonymStanceNoun(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Despite Greek opposition, the ministers renewed the fishing quota.", "OPPOSES Greece -> renewing the fishing quota"},
		{"Despite Norwegian opposition, the commission approved the merger.", "OPPOSES Norway -> approving the merger"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"The Greek opposition criticized the new budget in parliament.", "!OPPOSES Greece"},
	})
}

// TestScope29NationalAgentActedOn (issue 13, scope29): an act coded on the actor acted on (CAMEO
// 170 coerce, inherited by "crack down" in SUPPRESS) has one when its argument is a noun with a
// national adjective or an activity noun whose by-phrase agent is one (nationalAgent: PETRARCH2
// codes "Chinese" as CHN). Near miss: an activity with no agent named ("cracked down on
// corruption") has no actor acted on.
func TestScope29NationalAgentActedOn(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Argentina cracked down on illegal trawling by Spanish vessels.", "SANCTIONS Argentina -> illegal trawling by Spanish vessels"},
		{"Argentina cracked down on Spanish trawlers off its coast.", "SANCTIONS Argentina -> Spanish trawlers"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Argentina cracked down on tax evasion last year.", "!SANCTIONS Argentina"},
	})
}

// TestScope29MeasureGenitive (issue 13, scope29): a measure noun that is itself a possessor ("the
// Dutch sanctions' effect") is named without its genitive ending, which marks the phrase's
// function and is no word of the measure's name; plural "controls" is such a measure
// (cue-classes.txt control, needs plural).
func TestScope29MeasureGenitive(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Economists said the Swiss sanctions' effect on the banks was modest.", "SANCTIONS Switzerland -> sanctions"},
		{"Economists said the Dutch export controls' effect on the chip makers was modest.", "SANCTIONS Netherlands -> export controls"},
	})
	for _, text := range []string{"Economists said the Swiss sanctions' effect on the banks was modest."} {
		g := extractText(t, text)
		v := view(g)
		for _, r := range g.Relations {
			if l := v.label(r.Target); strings.HasSuffix(l, "'") {
				t.Errorf("%s: target %q keeps the genitive ending", text, l)
			}
		}
	}
}
