package loader

import "testing"

// TestVerbs31PrepositionalVerbs (session 31, verbs31): prepositional and phrasal verbs of attack,
// rivalry and support the CAMEO dictionary lacks (cue-classes.txt, each line its phrasal-verb
// dictionary entry; Quirk et al. 1985, 16.2–16.5). turn on and take on hold only against a party
// (party-target: a name or a personal pronoun), since their literal senses take things.
func TestVerbs31PrepositionalVerbs(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"Mayor Lucy Brandt turned on Governor Oskar Veld after the budget vote.", "OPPOSES Lucy Brandt -> Oskar Veld"},
		{"Mayor Lucy Brandt turned on the lights in the council chamber.", "!OPPOSES Lucy Brandt"},
		{"Mayor Lucy Brandt turned against the port expansion last spring.", "OPPOSES Lucy Brandt -> port expansion"},
		{"Mayor Lucy Brandt took on Governor Oskar Veld in the televised forum.", "OPPOSES Lucy Brandt -> Oskar Veld"},
		{"Mayor Lucy Brandt took on new staff for the budget office.", "!OPPOSES Lucy Brandt"},
		{"Mayor Lucy Brandt took pity on the stranded drivers.", "!OPPOSES Lucy Brandt"},
		{"Mayor Lucy Brandt takes aim at a clause in the transit bill.", "OPPOSES Lucy Brandt -> clause"},
		{"Mayor Lucy Brandt takes a long look at the transit bill.", "!OPPOSES Lucy Brandt"},
		{"Mayor Lucy Brandt and Senator Karl Oms teamed up against Governor Oskar Veld.", "OPPOSES Lucy Brandt -> Oskar Veld ; OPPOSES Karl Oms -> Oskar Veld"},
		{"Voters in Ohio turned out for Governor Oskar Veld in large numbers.", "SUPPORTS Voters -> Oskar Veld"},
		{"Voters in Ohio turned out for the parade in large numbers.", "!SUPPORTS Voters"},
		{"The Farmers Union came out in opposition on Monday.", "OPPOSES Farmers Union ; !SUPPORTS Farmers Union"},
		{"The Farmers Union came out in favor of the water bill.", "SUPPORTS Farmers Union ; !OPPOSES Farmers Union"},
	})
}

// TestVerbs31VerbalAttack (session 31, verbs31): attack and assail with a policy, a plan or a
// speech as object are verbal (CAMEO.2.0.txt "ATTACK * MEASURES" [111]); question with a claim,
// a course or a person's quality disputes it ("QUESTION * ASSERTION" [110]). Not: a physical attack on a place, a person questioned (interrogation).
func TestVerbs31VerbalAttack(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"Senator Karl Oms attacked the governor's pension plan on Tuesday.", "OPPOSES Karl Oms -> pension plan"},
		{"Senator Karl Oms assailed the governor's remarks about farmers.", "OPPOSES Karl Oms -> remarks"},
		{"Gunmen attacked the police station on Tuesday.", "!OPPOSES Gunmen"},
		{"Senator Karl Oms questioned Governor Oskar Veld's sincerity.", "OPPOSES Karl Oms"},
		{"Senator Karl Oms questioned the governor's tactics during the debate.", "OPPOSES Karl Oms -> tactics"},
		{"Detectives questioned the driver for three hours.", "!OPPOSES Detectives"},
	})
}
