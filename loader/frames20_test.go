package loader

import "testing"

// TestCoordinatedPremodifiers (issue 13, frames20): coordinated adjectives the parser made the
// head of a coordination ending in a noun premodify that noun; the target is the noun phrase,
// not the first adjective (coordinatedPremodifiers).
func TestCoordinatedPremodifiers(t *testing.T) {
	runCases(t, []exCase{
		{"adjectives-noun", "Italy supports open, fair and balanced trade agreements.",
			[]string{"KNOWN parser: balanced VBN conj with agreements its obj (UD: JJ amod of agreements, open/fair its conjuncts) | SUPPORTS Italy -> open, fair and balanced trade agreements"}},
		{"control-two-adjectives", "Spain backs free and fair elections in Peru.",
			[]string{"SUPPORTS Spain -> free and fair elections"}},
		// corpus27: the noun hung as a conjunct of the verb the first adjective complements
		// (news pair), and the noun a conjunct of the first adjective (old pair's shape)
		{"noun-conj-of-verb", "Canada supports free, fair, and reciprocal trading relationships.",
			[]string{"SUPPORTS Canada -> free, fair, and reciprocal trading relationships"}},
		{"noun-conj-of-adjective", "Norway supports free, fair and open trading arrangements.",
			[]string{"SUPPORTS Norway -> free, fair and open trading arrangements"}},
		// the frames read the noun as the object; the target still opens at the first adjective
		{"need-better-trade", "“We now need better and more balanced trade in return,” said Peru's trade minister Ana Ruiz.",
			[]string{"DEMANDS Peru -> better and more balanced trade in return"}},
	})
}

// TestPluralThingAntecedent (issue 13, frames20): an object "them" takes the nearest plural noun
// before it, past its own clause's subject (pluralThingAntecedent), not an actor named earlier.
func TestPluralThingAntecedent(t *testing.T) {
	runCases(t, []exCase{
		{"them-policies", "Germany and other countries also have industrial policies, and Japan has not objected to them.",
			[]string{"neg OPPOSES Japan -> industrial policies", "!OPPOSES Japan -> Germany"}},
		{"them-tariffs", "Mexico has tariffs on steel, and Canada has not objected to them.",
			[]string{"neg OPPOSES Canada -> tariffs", "!OPPOSES Canada -> Mexico"}},
	})
}

// TestQuotedTargetPaired (issue 13, frames20): a target phrase that opens a quotation keeps its
// closing mark, which the parse hangs outside the phrase (policyTarget). (The first case was a
// target with a through-phrase of a body, which targets17 cuts as a channel: relation_targettrim.go.)
func TestQuotedTargetPaired(t *testing.T) {
	runCases(t, []exCase{
		{"closing-mark", `Chile lodged stern protests against the expansion of the "Andean free port zone".`,
			[]string{`OPPOSES Chile -> expansion of the "Andean free port zone"`}},
		{"control-paired", `India strongly opposes the "Open Sky" plan.`,
			[]string{`OPPOSES India -> "Open Sky" plan`}},
	})
}
