package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestSympathyNouns (issue 13, idiom22 L4): a noun of condolence or sympathy (CAMEO 018 "make
// empathetic comment") with a recipient in a to/with/for phrase supports the recipient, whatever
// the support verb; the cause of a condolence is no recipient.
func TestSympathyNouns(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The council extended its heartfelt sympathy to the families of the drowned fishermen.", graph.Supports, "council", "families", "", true, onlyAsserted | ruleKnown},
		{"Portugal sent condolences to the people of Morocco.", graph.Supports, "Portugal", "people", "", true, onlyAsserted | ruleKnown},
		{"The premier voiced sympathy with the striking nurses.", graph.Supports, "premier", "nurses", "", true, onlyAsserted | ruleKnown},
		{"Portugal offered its condolences for the loss of life.", graph.Supports, "Portugal", "*", "", false, onlyAsserted | ruleKnown},
		{"The premier said he had no sympathy for the looters.", graph.Supports, "premier", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestSignificanceGerund (issue 13, idiom22 L5): a verb of emphasis or reaffirmation over a noun
// of importance (WordNet importance.n.01 and kin) complemented by an -ing clause supports the
// clause's act; a plain noun phrase or another verb makes no stance.
func TestSignificanceGerund(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The envoys restated the significance of keeping the northern fisheries regime open.", graph.Supports, "envoys", "keeping", "", true, onlyAsserted | ruleKnown},
		{"Chile underscored the importance of resuming the border talks.", graph.Supports, "Chile", "resuming", "", true, onlyAsserted | ruleKnown},
		{"Ghana stressed the importance of Togo and Benin opening their markets.", graph.Supports, "Ghana", "opening", "", true, onlyAsserted | ruleKnown},
		{"Chile underscored the importance of the border talks.", graph.Supports, "Chile", "*", "", false, onlyAsserted | ruleKnown},
		{"The senator questioned the importance of resuming the border talks.", graph.Supports, "senator", "*", "", false, onlyAsserted | ruleKnown},
		{"The report described the significance of mining the northern hills.", graph.Supports, "report", "*", "", false, onlyAsserted | ruleKnown},
	})

	knownParserMiss(t, "of repairing advcl of highlighted (UD acl of urgency)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"The mayor highlighted the urgency of repairing the dykes.", graph.Supports, "mayor", "repairing", "", true, onlyAsserted | ruleKnown},
		})
	})
}

// TestExtraposedObligation (issue 13, idiom22 L6): "it is the duty of X to V" lays an obligation
// on X as "X must V" does (frames:clause-obligation, obligation_noun.go: Source -1, the voice's);
// the speaker's own duty, a negated or modalised one, and a duty with no party named are none.
func TestExtraposedObligation(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text, obliged string
		want          bool
	}{
		{"It is the duty of Serbia to hand over the suspects.", "Serbia", true},
		{"It is the responsibility of the port authority to clear the wrecks.", "authority", true},
		{"It is the obligation of Chile to pay the fishermen.", "Chile", true},
		{"It is our duty to protect the fishermen.", "", false},
		{"It is not the duty of Serbia to hand over the suspects.", "", false},
		{"It may be the duty of Serbia to hand over the suspects.", "", false},
		{"The duty of Serbia is clear.", "", false},
	} {
		toks := parsed(sm, c.text)
		ms := lx.Match(toks)
		found := false
		for _, m := range ms {
			if m.Type == graph.Demands && strings.HasPrefix(m.Rule, "frames:clause-obligation:modality/obligation-noun/") && m.Content >= 0 && (c.obliged == "" || form(toks, m.Target) == c.obliged) {
				found = true
				if !lx.KnownRule(m.Rule) {
					t.Errorf("%s: rule %q names no entry", c.text, m.Rule)
				}
			}
		}
		if found != c.want {
			t.Errorf("%s: obligation on %q = %v, want %v;%s", c.text, c.obliged, found, c.want, describe(toks, ms))
		}
	}
}

// TestSympathyIdiom (issue 13, idiom22 L4): "<someone's> thoughts / prayers are with <people>",
// "<someone's> hearts go out to <people>" support the people from the possessor
// (sympathy_idiom.go); no possessor, a negation, or another predicate is none.
func TestSympathyIdiom(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The thoughts of the whole council are with the miners' families.", graph.Supports, "council", "families", "", true, onlyAsserted | ruleKnown},
		{"The prayers of the whole city go out to the flood victims.", graph.Supports, "city", "victims", "", true, onlyAsserted | ruleKnown},
		{"Our hearts go out to the people of Izmir.", graph.Supports, "Our", "people", "", true, onlyAsserted | ruleKnown},
		{"My thoughts on the labour dispute are well known.", graph.Supports, "My", "*", "", false, onlyAsserted | ruleKnown},
		{"Our thoughts are not with the rioters.", graph.Supports, "Our", "*", "", false, onlyAsserted | ruleKnown},
		{"The thoughts are with the victims.", graph.Supports, "", "*", "", false, onlyAsserted | ruleKnown},
		{"Trade is at the heart of the talks with Chile.", graph.Supports, "", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestDisavowal (issue 13, idiom22 L9): "<X's> remarks do not reflect the views of <body>" is
// the body's disapproval of X (disavowal.go); affirmative, or words without a speaker named, none.
func TestDisavowal(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Senator Dahl's comments do not reflect the views of the Freedonian cabinet.", graph.Opposes, "cabinet", "Senator", "", true, onlyAsserted | ruleKnown},
		{"The governor's statement does not represent the position of the party.", graph.Opposes, "party", "governor", "", true, onlyAsserted | ruleKnown},
		{"The governor's statement represents the position of the party.", graph.Opposes, "party", "*", "", false, onlyAsserted | ruleKnown},
		{"These comments do not reflect the views of the cabinet.", graph.Opposes, "cabinet", "*", "", false, onlyAsserted | ruleKnown},
		{"The figures do not reflect the views of the cabinet.", graph.Opposes, "cabinet", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestDiplomaticDowngrade (issue 13, idiom22 M2): downgrading or scaling down relations or ties
// reduces them, CAMEO 161 (SANCTIONS), active and passive; other objects are none.
func TestDiplomaticDowngrade(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Chile downgraded its ties with Nicaragua.", graph.Sanctions, "Chile", "*", "", true, onlyAsserted | ruleKnown},
		{"Relations with Sylvania were scaled down by Norway.", graph.Sanctions, "Norway", "*", "", true, onlyAsserted | ruleKnown},
		{"Chile scaled down its diplomatic contacts with Managua.", graph.Sanctions, "Chile", "*", "", true, onlyAsserted | ruleKnown},
		{"Chile downgraded its growth forecast.", graph.Sanctions, "Chile", "*", "", false, onlyAsserted | ruleKnown},
		{"Chile scaled down its naval exercises.", graph.Sanctions, "Chile", "*", "", false, onlyAsserted | ruleKnown},
	})
}
