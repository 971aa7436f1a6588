package loader

import (
	"strings"
	"testing"
)

// TestMemberBaseActedOn (issue 13, cues13; relation_frames_material.go): a verb that inherits a
// code of an act on another actor (15, 170, 173–175, 18–20) from its synonym block's head, with no pattern
// naming its object, gives a relation only when an actor is acted on — its target, its object
// (the target being the infinitive: "forced Georgia to withdraw") or an actor in a prepositional
// argument. Verbal stances (condemn, pressure), transfers (provide aid), block heads and
// patterns keep policy targets.
func TestMemberBaseActedOn(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		// member, actor acted on: kept
		{"Russia forced Georgia to withdraw its troops.", "SANCTIONS Russia -> Georgia"},
		{"Kenya compelled Uganda to reopen the border.", "SANCTIONS Kenya -> Uganda"},
		{"Egypt constrained Sudan.", "SANCTIONS Egypt -> Sudan"},
		{"Israel will harm Hezbollah.", "THREATENS Israel -> Hezbollah"},
		// a pattern naming the object (ENFORCE * &CEASEFIRE, CAMEO 1056): kept
		{"The peacekeepers from Ghana will enforce the ceasefire.", "DEMANDS Ghana -> ceasefire"},
		// verbal stance of a member (BLAME block): a policy target stays
		{"Chile condemned the new tariffs.", "OPPOSES Chile -> tariffs"},
		// transfer (CAMEO 07, change of possession): the thing given is the object
		{"Qatar will provide emergency food aid to Yemen.", "OFFERS Qatar -> food aid"},
	})
	mustNotFire(t, []struct{ text, not string }{
		// member's base code with a thing as object: no act on an actor
		{"The European Commission will enforce the new competition rules.", "found: THREATENS European Commission"},
		{"Norway constrained the growth of public spending.", "found: SANCTIONS Norway"},
		{"Brazil will remove the import quota on Argentine wheat by June.", "found: THREATENS Brazil"},
	})
}

// TestMemberBaseRows: the block heads are not members; members of other roots are not
// restricted; a pattern line is no verb row.
func TestMemberBaseRows(t *testing.T) {
	for _, c := range []struct {
		rule, code string
		want       bool
	}{
		{"frames:verb:cameo@8042", "170", true},                       // ENFORCE in IMPEL
		{"frames:verb-controlled:cameo@8042+turn:label", "170", true}, // the turn suffix
		{"frames:verb:cameo@8044", "170", false},                      // IMPEL, the head
		{"frames:verb:cameo@8054", "1056", false},                     // a pattern line
		{"frames:verb-reversal:cameo@8394", "081", false},             // reversal reading
		{"frames:verb:cameo@7515", "111", false},                      // a verbal code
	} {
		if got := materialMemberBase("verb", c.rule, c.code); got != c.want {
			t.Errorf("%s %s: got %v, want %v", c.rule, c.code, got, c.want)
		}
	}
	if materialMemberBase("noun", "frames:noun:cameo@8042", "170") {
		t.Error("a noun cue is not a verb row")
	}
}

// TestApproveAndDealWith (issue 13, cues13; cue-classes.txt): "approve" a policy, action or
// actor is PLOVER SUPPORT (the manual's own verb), not CAMEO's ALLOW 080 yield; the
// prepositional verb "deal with" (handle, cope with) is no bargaining (CAMEO.2.0.txt's own
// "- * (WITH IT)" [---] under DEAL).
func TestApproveAndDealWith(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Chile's Senate approved the pension bill.", "SUPPORTS Senate -> pension bill"},
		{"The Kenyan cabinet approved the new trade agreement with Uganda.", "SUPPORTS cabinet -> trade agreement"},
		{"The bill was approved by Poland's parliament on Monday.", "SUPPORTS Parliament -> bill"},
	})
	mustNotFire(t, []struct{ text, not string }{
		{"Chile's Senate approved the pension bill.", "found: OFFERS"},
		{"In dealing with an unpredictable Russia, Finland has stayed calm.", "found: SUPPORTS Finland"},
		{"Kenya will deal with the refugee crisis next year.", "found: SUPPORTS Kenya"},
		{"Brazil must deal with Argentina's new tariffs.", "found: SUPPORTS Brazil"},
	})
}

// mustNotFire checks that no relation found in each text starts with not ("found: TYPE source").
func mustNotFire(t *testing.T, cases []struct{ text, not string }) {
	t.Helper()
	for _, c := range cases {
		g := extractText(t, c.text)
		for _, r := range foundRelations(g, view(g)) {
			if strings.HasPrefix(r, c.not) {
				t.Errorf("%s: want no %q, found %v", c.text, c.not, r)
			}
		}
	}
}
