package loader

import "testing"

// TestApprovedActAgent (issue 13, nu15 B15): "welcomed its decision to extend the ceasefire":
// the extension's agent is the possessor of "decision", and a possessive pronoun on the object of
// a verb of approval names another than the approver (relation_approvedact.go). "its own", and a
// possessive on the object of a verb that is no approval ("announced its decision"), keep the
// subject.
func TestApprovedActAgent(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Uganda thanked the Sudanese government and welcomed its decision to extend the truce.", "OFFERS Sudan -> truce"},
	})
	mustNotFire(t, []struct{ text, not string }{
		{"Uganda thanked the Sudanese government and welcomed its decision to extend the truce.", "found: OFFERS Uganda"},
	})
	frames19Cases(t, []struct{ text, want string }{
		{"Kenya announced its decision to extend the ceasefire.", "OFFERS Kenya -> ceasefire"},
		{"Uganda thanked the Sudanese government and welcomed its own decision to extend the truce.", "OFFERS Uganda -> truce"},
	})
}
