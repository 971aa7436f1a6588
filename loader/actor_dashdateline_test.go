package loader

import "testing"

// TestDashDateLine: a place-and-date line with a spaced dash instead of a comma ("Lusaka - 3
// June") gives the story's country to its unnamed sources (actor_codes.go dashDateLine); near
// misses: a heading of no known place before the dash, a dash before a word that is no date.
func TestDashDateLine(t *testing.T) {
	runCases(t, []exCase{
		{"title-case place, dash, day and month", "Miners end strike at copper belt\n\nLusaka - 3 June\n\nMiners returned to work on Tuesday after a two-week strike, a senior labour official said.",
			[]string{"country labour officials = ZMB"}},
		{"em dash and year", "Port reopens after storm\n\nMaputo — 21 August 2029\n\nThe port reopened to shipping on Monday, a senior transport official said.",
			[]string{"country transport officials = MOZ"}},
		{"no known place", "Weekly Press Notes - 3 June\n\nMiners returned to work on Tuesday after a two-week strike, a senior labour official said.",
			[]string{"!country labour officials = ZMB"}},
		{"no date after the dash", "Miners end strike at copper belt\n\nLusaka - Late Update\n\nMiners returned to work on Tuesday after a two-week strike, a senior labour official said.",
			[]string{"!country labour officials = ZMB"}},
	})
}
