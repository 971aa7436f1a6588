package loader

import "testing"

// TestThreatMeasureParty (issue 13, threat18): a threat whose object is a coercive measure or a
// repercussion (a sanction noun, modality.txt hostile or repercussion: "retaliation",
// "reprisals", "revenge", "response") names the party it is aimed at in the measure's
// against/on/upon-phrase, or in the same phrase attached to the verb (the deverbal noun keeps its
// verb's prepositional object, Quirk et al. 1985, 17.52): CAMEO 13 "threaten" has the actor
// threatened as its target, so that party is a THREATENS target beside the measure. Near misses:
// a measure whose genitive or nationality premodifier names its own agent (another actor's
// retaliation), a threatened act that is no coercive measure, a warning of a danger.
func TestThreatMeasureParty(t *testing.T) {
	runCases(t, []exCase{
		{"threatened reprisals against", "Tehran threatened reprisals against Azerbaijan.",
			[]string{"THREATENS Iran -> Azerbaijan", "rule THREATENS Iran -> Azerbaijan = frames:verb:cameo@7686+measure-party:against"}},
		{"vowed revenge on (verb's phrase)", "Armenia vowed revenge on Azerbaijan for the shelling.",
			[]string{"THREATENS Armenia -> Azerbaijan"}},
		{"noun threat of sanctions against", "Beijing's threat of sanctions against Lithuania angered Brussels.",
			[]string{"THREATENS China -> Lithuania", "rule THREATENS China -> Lithuania = frames:noun-poss:class/noun/threat+measure-party:against"}},
		{"warned of a response against", "Egypt warned of a firm response against Ethiopia.",
			[]string{"THREATENS Egypt -> Ethiopia"}},
		// near misses
		{"another actor's measure", "Ankara warned of Greek retaliation against Cyprus.",
			[]string{"!rule THREATENS Turkey = frames:verb:class/verb/warn+measure-party"}},
		{"no coercive measure", "Kenya threatened a vote on Somalia.",
			[]string{"!rule THREATENS Kenya = frames:verb:cameo@7686+measure-party"}},
		{"a danger warned of", "Chile warned of floods on Peru's border.",
			[]string{"!THREATENS Chile"}},
	})
}

// TestThreatMeasurePartyRuleKnown: the against-, on- and upon-shapes are known stance rules.
func TestThreatMeasurePartyRuleKnown(t *testing.T) {
	x := testExtractor(t)
	for _, rule := range []string{"frames:verb:cameo@7686+measure-party:against", "frames:noun-poss:class/noun/threat+measure-party:on"} {
		if !x.knownStanceRule(rule) {
			t.Errorf("knownStanceRule(%q) = false", rule)
		}
	}
}
