package loader

import "testing"

// TestWholeDocLM23 loads the lm23 whole documents (testdata/wholedoc23/lm23: a wire story, a
// ministry statement, a briefing transcript and a news story of our own, issue 13's cue classes
// from the round-21 blind-set analysis: diplomatic downgrading and suspended contacts, an
// invitation to talks, a verdict of liability, warnings of a measure; citation cues; deterrence
// verbs after a noun of resolve; concern nouns, satisfaction adjectives, verbless condemnations)
// and checks their gold, expected absences included.
func TestWholeDocLM23(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc23/lm23") }
