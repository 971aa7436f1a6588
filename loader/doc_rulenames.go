package loader

import "strings"

// Rule-name grammar shared by the stages: the relations stage writes a measure's party rule
// (relation_measureparty.go) and the speakers stage's knownStanceRule (speaker_voice.go) reads
// it back, so the suffix's grammar sits on the document floor both stand on.

// measurePartyShapes are the shapes measureParties names, the suffix "+measure-party:<shape>"
// of the measure's rule in the party's Evidence.rule.
var measurePartyShapes = map[string]bool{"modifier": true, "poss": true, "of": true, "from": true, "purpose": true,
	"purpose-modifier": true, "purpose-poss": true, "purpose-of": true, "purpose-from": true,
	"against": true, "on": true, "upon": true, "to": true}

// measurePartyRule strips the suffix "+measure-party:<shape>" of a known shape from rule, and
// reports whether it was there.
func measurePartyRule(rule string) (string, bool) {
	i := strings.LastIndex(rule, "+measure-party:")
	if i < 0 || !measurePartyShapes[rule[i+len("+measure-party:"):]] {
		return rule, false
	}
	return rule[:i], true
}
