package loader

// The Extractor's test of a relation's rule name against the frames lexicon (relation_fresh_test.go,
// relation_measureparty28_test.go): a method of the Extractor, which stays in the loader, moved
// from speaker_voice.go (branch restructs23) so that the speakers floor names no Extractor.

import (
	"strings"

	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/speakers"
)

// knownStanceRule reports whether rule is a frames rule the frames lexicon knows (KnownRule),
// alone or followed by "+" and the rule of the speaking unit its source came through
// ("frames:verb:cameo@7348+turn:answer"; turnRules), then by the suffix of a measure's party
// ("+measure-party:poss") or an inner party ("+inner-party:by"), or a quotation's topic ("+quote-topic:said-of"); a precedence rule's suffix after the frames
// rule (frames.PrecedenceRules: "+coercive", "+comment-yield") is accepted.
func (x *Extractor) knownStanceRule(rule string) bool {
	rule = frames.CutPrecedence(rule)       // a precedence rule's suffix after the entry ("+comment-yield")
	rule, _ = docpkg.MeasurePartyRule(rule) // a measure's party (relation_measureparty.go)
	for _, suffix := range []string{"+inner-party:", "+quote-topic:"} {
		if i := strings.Index(rule, suffix); i >= 0 {
			rule = rule[:i] // the party inside or beside the object (relation_innerparty.go), the quotation's topic (relation_quotetopic.go)
		}
	}
	fr, unit, ok := strings.Cut(rule, "+")
	unit = strings.TrimSuffix(unit, "+"+speakers.DepartmentStateRule) // a department's statement in its state's voice (speakers/departmentstate.go)
	if ok && !speakers.TurnRules[unit] {
		return false
	}
	return x.frames.KnownRule(fr)
}
