package loader

import "testing"

// TestStateTradeMeasure (left24): a state actor restricting a trade of its own (stateTradeMeasure:
// "restrict" inherits CONFINE's 170 "coerce", an act on an actor; on a noun of trading from a
// government or country it is CAMEO 163 "prohibit or restrict trade") keeps the trade as its
// target though no party is named. Near misses: a company restricting its exports imposes no
// measure; a restriction of something not traded stays dropped.
func TestStateTradeMeasure(t *testing.T) {
	runSentenceCases(t, []textCase{
		{"Japan restricted the export of advanced lithography equipment.", []string{"SANCTIONS Japan -> export of advanced lithography", "rule SANCTIONS Japan -> export = frames:verb:cameo"}},
		{"The Indonesian government restricted exports of nickel ore on Monday.", []string{"SANCTIONS Indonesia -> exports of nickel ore"}},
		{"Samsung Electronics is restricting the export of its memory chips.", []string{"!SANCTIONS  -> export"}},
		{"Japan restricted the growth of public spending.", []string{"!SANCTIONS  -> growth"}},
	})
}
