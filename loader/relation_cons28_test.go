package loader

import (
	"strings"
	"testing"
)

// Branch cons28: a construction around a cue keeps the relation the cue gives in a plain past
// sentence. Sentences of our own; each positive case failed on main 80e715fa.

// cons28Not fails when a relation of text matches line ("TYPE Source -> target", goldLineHit).
func cons28Not(t *testing.T, text, line string) {
	t.Helper()
	g := extractText(t, text)
	if _, full := goldLineHit(g, view(g), line); full {
		t.Errorf("%s: must not give %s; found %v", text, line, foundRelations(g, view(g)))
	}
}

// TestCons28Parenthesis: an adverbial set off by commas between a verb and its object is no
// argument (Quirk et al. 1985, 8.21, 15.53-15.54): the clause around it is tagged as the sentence
// it makes without it (wire_parenthetic.go parentheticTags), and the parenthesis hangs on the
// verb, not on the phrase after it (detachParenthesis); a stranded preposition with the comma
// the parser hung on it still takes the object (wire_parenobject.go).
func TestCons28Parenthesis(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Malawi asked for, in a letter on Sunday, food aid from Zambia.", "DEMANDS Malawi -> food aid"},
		{"Kenya called for, in a letter to the council, new talks with Uganda.", "DEMANDS Kenya -> new talks with Uganda"},
	})
	// the parenthesis is no part of the target; a parenthesis after a verb of motion and before
	// a prepositional phrase is left as it is
	g := extractText(t, "Kenya called for, in a letter to the council, new talks with Uganda.")
	for _, r := range foundRelations(g, view(g)) {
		if strings.Contains(r, "letter") {
			t.Errorf("the parenthesis in a target: %s", r)
		}
	}
	frames19None(t, []string{"The minister arrived, in a convoy of armoured cars, at the border post."})
}

// TestCons28MedialTime: a time adjunct between subject and verb ("Quito on Friday planned …",
// position M, Quirk et al. 1985, 8.13-8.20) is tagged apart, so the verb after it is no
// adjective; a sentence with no cue after the adjunct gives nothing.
func TestCons28MedialTime(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Quito on Friday reiterated threat against Lima.", "THREATENS Ecuador -> Peru"},
	})
	frames19None(t, []string{"Delegates on Monday elected a new chairman."})
}

// TestCons28CoordinatedSubject: two actors' names joined by "and" before the verb are one
// coordinated subject, and each acts (Huddleston & Pullum 2002, ch. 15; Quirk et al. 1985,
// 13.36), however the parser split them (relation_coordsubject.go). A coordination that is no
// subject ("talks between A and B") gives neither a stance.
func TestCons28CoordinatedSubject(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Croatian senators and Slovenia proposed arbitration over the bay.", "DEMANDS Croatian senators -> arbitration"},
		{"Croatian senators and Slovenia proposed arbitration over the bay.", "DEMANDS Slovenia -> arbitration"},
		{"Uruguay and Equatorial Guinea condemned the coup.", "OPPOSES Uruguay -> coup"},
		{"Uruguay and Equatorial Guinea condemned the coup.", "OPPOSES Equatorial Guinea -> coup"},
		{"New Zealand lawmakers and Samoa pushed elections in Fiji.", "DEMANDS New Zealand lawmakers -> elections"},
	})
	frames19None(t, []string{"The talks between Serbia and Kosovo angered Russia."})
}

// TestCons28TrailingReport: a closing reporting clause with the verb's own prepositional phrase
// ("…, the Fijian foreign ministry said in a statement") is parenthetical to the reported act
// (Quirk et al. 1985, 15.54, 16.33): the reported clause is tagged and repaired as the sentence
// it is, and its subject keeps the act; the body that reports it only CLAIMS it.
func TestCons28TrailingReport(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Fiji set deadline for Tonga, the Fijian foreign ministry said in a statement.", "THREATENS Fiji -> Tonga"},
		{"Peru relaxed curbs on Chile, the Peruvian trade ministry said in a statement.", "OFFERS Peru -> Chile"},
	})
	cons28Not(t, "Fiji set deadline for Tonga, the Fijian foreign ministry said in a statement.", "THREATENS Foreign Ministry -> Tonga")
	cons28Not(t, "Peru relaxed curbs on Chile, the Peruvian trade ministry said in a statement.", "SANCTIONS Peru -> Chile")
}
