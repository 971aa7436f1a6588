package loader

import "testing"

// TestReaffirmedThat (issue 13, lifted20b L6): "reaffirm" is a verb of saying as "reiterate" is
// (Wierzbicka 1987, the group of repeat, reiterate, reaffirm), so "X reaffirmed that <the body X
// heads> would V" is X's announcement of its body's act, in any form of the body's name ("the
// organisation", "the league", "the AU") and any speaker form (title before, appositive, a
// group of a state's officials with its capital). Near misses: another party's act reaffirmed
// is a prediction, not the speaker's; "reaffirmed its support for X" (no clause) stays the
// support it was.
func TestReaffirmedThat(t *testing.T) {
	runCases(t, []exCase{
		{"a generic noun for the body the speaker heads", "The Arab League chief reaffirmed that the organisation would help Lebanon.",
			[]string{"OFFERS Arab League -> Lebanon"}},
		{"present tense, will", "The head of the African Union reaffirms that the organisation will help Somalia.",
			[]string{"OFFERS African Union -> Somalia"}},
		{"officials and their capital", "Egyptian officials reaffirmed on Sunday that Cairo would never accept the Israeli plan.",
			[]string{"OPPOSES Egypt -> Israeli plan"}},
		{"another party's act", "The Arab League chief reaffirmed that Syria would help Lebanon.",
			[]string{"!OFFERS Arab League", "!OFFERS Syria"}},
		{"no clause: the support itself", "The Arab League chief reaffirmed the league's support for Lebanon.",
			[]string{"SUPPORTS Arab League -> Lebanon"}},
	})
}

// TestSuspendedDescribedBody (issue 13, lifted20b L5): a body described rather than named —
// headed by a collective noun of an organized body (collectiveheads, Quirk et al. 1985, 5.108) or
// a noun of a body of members (modality.txt coalition: federation, union, league) — suspended is
// sanctioned as a named member is (cue-classes.txt suspend named-object; CAMEO 16, PLOVER
// SANCTION), active or passive, with a time phrase or adverb between. Near misses: a body
// suspending its own activities, a suspended tournament.
func TestSuspendedDescribedBody(t *testing.T) {
	runCases(t, []exCase{
		{"active", "FIFA suspended the Kenyan football federation.",
			[]string{"SANCTIONS FIFA -> football federation"}},
		{"passive with by", "The Ghanaian football association was suspended by FIFA over government interference.",
			[]string{"SANCTIONS FIFA -> football association"}},
		{"adverb and ground", "The IAAF has suspended the Russian athletics federation indefinitely over doping.",
			[]string{"SANCTIONS IAAF -> athletics federation"}},
		{"a time phrase first", "The African Union on Friday suspended the Malian opposition movement.",
			[]string{"SANCTIONS African Union -> opposition movement"}},
		{"activities are no body", "The Kenyan football federation suspended its activities.",
			[]string{"!SANCTIONS football federation"}},
		{"a tournament is no body", "FIFA suspended the regional tournament.",
			[]string{"!SANCTIONS FIFA"}},
	})
}

// TestSeparationFromPhrase (issue 13, lifted20b L5): the from-phrase after the object of a verb
// of separation (separationverbs: suspend, expel, bar) is the verb's own complement, so the
// sanction is aimed at the object alone (objectOrigin). Near miss: an origin from-phrase after
// another verb's object stays ("rejected a fresh offer from Afghanistan").
func TestSeparationFromPhrase(t *testing.T) {
	for _, c := range []struct{ text, typ, src, want, not string }{
		{"FIFA suspended the Nigerian football federation from all international competitions following government interference.", "SANCTIONS", "FIFA", "football federation", "competitions"},
		{"The IOC has expelled the Kenyan athletics association from the Games over doping.", "SANCTIONS", "IOC", "athletics association", "Games"},
		{"Pakistan rejected a fresh offer from Afghanistan.", "OPPOSES", "Pakistan", "offer from Afghanistan", "-"},
	} {
		checkTargetWithout(t, c.text, c.typ, c.src, c.want, c.not)
	}
}
