package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestGroupDomains: a description with no country takes the country of the group of its head
// noun that the sentence just before, in the same paragraph, places in a state (lexical
// cohesion by reiteration; actors/groupdomain.go, rule group:domain), named with it. Must-nots:
// another head noun, the next paragraph, a sentence naming a state of its own.
func TestGroupDomains(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"the same head noun in the next sentence",
			"Q: What is your response to the clashes?\n\nA: The ministry has protested to the relevant parties in Sudan. Spokesman Omar Hadi strongly condemned all conflicting parties for the shelling.",
			[]string{"GROUP conflicting parties (Sudan)", "country conflicting parties (Sudan) = SDN"}},
		{"must-not: another head noun",
			"Q: What is your response to the clashes?\n\nA: The ministry has protested to the relevant parties in Sudan. Spokesman Omar Hadi strongly condemned all conflicting sides for the shelling.",
			[]string{"country conflicting sides = local"}},
		{"must-not: the next paragraph",
			"Q: What is your response to the clashes?\n\nA: The ministry has protested to the relevant parties in Sudan.\n\nSpokesman Omar Hadi strongly condemned all conflicting parties for the shelling.",
			[]string{"country conflicting parties = local"}},
		{"must-not: a sentence naming a state of its own",
			"Q: What is your response to the clashes?\n\nA: The ministry has protested to the relevant parties in Sudan. Like Chad, spokesman Omar Hadi strongly condemned all conflicting parties for the shelling.",
			[]string{"country conflicting parties = local"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "t", Text: c.text}), c.want)
		})
	}
}
