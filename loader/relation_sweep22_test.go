package loader

import "testing"

// TestSweep22ShortProseNoHeadline (issue 13, sweep22; bench/sweep's "past", "present" and
// "adv-M" misses): a short sentence of names with a lower-case verb and a final period is prose,
// not a title-case headline (text.IsHeadline: Chicago Manual of Style 8.159, title case
// capitalizes verbs; AP Stylebook, headlines take no period), so its stance is read. A line in
// title case, or a sentence-case headline without a period, stays a headline and asserts nothing.
func TestSweep22ShortProseNoHeadline(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Venezuela threatened North Macedonia.", "THREATENS Venezuela -> North Macedonia"},
		{"Ecuador on Friday condemned Peru.", "OPPOSES Ecuador -> Peru"},
		{"Saudi Arabia backed Qatar.", "SUPPORTS Saudi Arabia -> Qatar"},
		{"Talks ended early. Sri Lanka on Tuesday denounced Norway.", "OPPOSES Sri Lanka -> Norway"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Venezuela Threatens North Macedonia", "!THREATENS Venezuela"},
		{"Sri Lanka Denounces Norway Over Fishing Talks", "!OPPOSES Sri Lanka"},
	})
}
