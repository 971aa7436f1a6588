package doc

import "strings"

// measurePartyShapes are the shapes measureParties names, the suffix "+measure-party:<shape>"
// of the measure's rule in the party's Evidence.rule.
var measurePartyShapes = map[string]bool{"modifier": true, "poss": true, "of": true, "from": true, "purpose": true,
	"purpose-modifier": true, "purpose-poss": true, "purpose-of": true, "purpose-from": true,
	"against": true, "on": true, "upon": true, "to": true}

// MeasurePartyRule strips the suffix "+measure-party:<shape>" of a known shape from rule, and
// reports whether it was there.
func MeasurePartyRule(rule string) (string, bool) {
	i := strings.LastIndex(rule, "+measure-party:")
	if i < 0 || !measurePartyShapes[rule[i+len("+measure-party:"):]] {
		return rule, false
	}
	return rule[:i], true
}
