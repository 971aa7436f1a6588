package loader

import "testing"

// TestWholeDocIdiom22 loads the idiom22 whole documents (testdata/wholedoc22/idiom22: a ministry
// statement, a briefing transcript and a wire story of our own, issue 13's stance nouns and
// idioms: condolence and sympathy toward a recipient, nouns of significance with a gerund) and
// checks their gold, expected absences included.
func TestWholeDocIdiom22(t *testing.T) { wholeDocOpenGold(t, "../wholedoc22/idiom22") }
