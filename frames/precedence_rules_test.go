package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestPrecedenceRuleNamed (rules24): a precedence rule that changes a relation's type from what
// the entry alone gives names itself in the match's rule (PrecedenceRules): the comment pattern
// yielding to the verb's disapproval, a verb of command over a sanction noun, a pledge of support;
// a plain match carries no suffix, and KnownRule accepts the suffixed rule.
func TestPrecedenceRuleNamed(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text   string
		typ    graph.RelType
		suffix string
	}{
		{"Kazakhstan condemned the terrorist attack in Almaty.", graph.Opposes, "+comment-yield"},
		{"Ankara ordered a 20 percent duty on Greek yoghurt imports.", graph.Sanctions, "+command-measure"},
		{"Ankara ordered a ban on Greek yoghurt imports.", graph.Sanctions, "+command-measure"},
		{"Ghana pledged its support for the Nigerian candidate.", graph.Supports, "+pledged-stance"},
		{"Iran warned Azerbaijan against hosting the drills, saying its forces were prepared to respond.", graph.Threatens, "+coercive"},
		// controls: no precedence rule
		{"Kazakhstan condemned the attack in Almaty.", graph.Opposes, ""},
		{"Ghana voiced its support for the Nigerian candidate.", graph.Supports, ""},
		{"Japan imposed sanctions on Russia.", graph.Sanctions, ""},
	} {
		toks := parsed(sm, c.text)
		found := false
		for _, m := range lx.Match(toks) {
			if m.Type != c.typ {
				continue
			}
			found = true
			_, hasAny := precedenceSuffix(m.Rule)
			if c.suffix == "" && hasAny || c.suffix != "" && !strings.HasSuffix(m.Rule, c.suffix) {
				t.Errorf("%s: %s rule %q, want suffix %q", c.text, c.typ, m.Rule, c.suffix)
			}
			if !lx.KnownRule(m.Rule) {
				t.Errorf("%s: KnownRule(%q) = false", c.text, m.Rule)
			}
		}
		if !found {
			t.Errorf("%s: no %s match;%s", c.text, c.typ, describe(toks, lx.Match(toks)))
		}
	}
	if got := CutPrecedence("frames:verb:cameo@12+comment-yield+turn:answer"); got != "frames:verb:cameo@12+turn:answer" {
		t.Errorf("CutPrecedence = %q", got)
	}
}

// precedenceSuffix returns the first PrecedenceRules suffix in rule.
func precedenceSuffix(rule string) (string, bool) {
	for suf := range PrecedenceRules {
		if strings.Contains(rule, suf) {
			return suf, true
		}
	}
	return "", false
}
