package loader

import "testing"

// TestVoicedObligation: a main clause under must/should/ought with a third party as subject, in a
// speaker's own words, is the speaker's demand on that party (frames clause-obligation,
// voicedObligation); in the story's own voice, or with the speaker's own side as subject, it is
// none. Sentences of our own.
func TestVoicedObligation(t *testing.T) {
	runCases(t, []exCase{
		{"quoted must, second sentence of the quotation",
			"\"We are alarmed by the arrests in Minsk. Belarus must release the detained journalists at once,\" Swedish Foreign Minister Anna Lindqvist said.",
			[]string{"DEMANDS Anna Lindqvist -> Belarus"}},
		{"quoted should",
			"\"The shelling has gone on for a week. Azerbaijan should open the corridor without delay,\" Swedish Foreign Minister Anna Lindqvist said.",
			[]string{"DEMANDS Anna Lindqvist -> Azerbaijan"}},
		{"the story's own voice demands nothing",
			"Belarus must release the detained journalists under the terms of the agreement.",
			[]string{"!DEMANDS"}},
		{"the speaker's own country is no other party",
			"\"Our exports fell by a third. Sweden must do more to help its farmers,\" Swedish Prime Minister Ulf Kristersson said.",
			[]string{"!DEMANDS Ulf Kristersson -> Sweden", "!DEMANDS Sweden"}},
	})
}

// TestCoordinatedPredicateIsNoContent: a speech verb whose object is a noun phrase is no report
// (isClause), and a finite verb after "and" with no subject of its own is a second predicate of
// the same subject, not a content clause's verb: "Lima 'kept a hostile attitude' and had …" is
// no claim of Lima's. Sentences of our own.
func TestCoordinatedPredicateIsNoContent(t *testing.T) {
	runCases(t, []exCase{
		{"a quoted predicate with a coordinated perfect",
			"Chile's foreign ministry spokesman Tomas Riquelme told reporters that Peru \"maintained a hostile attitude\" and had \"blocked the fishing talks\".",
			[]string{"CLAIMS Tomas Riquelme -> Peru", "!CLAIMS Peru"}},
		{"a content clause of its own still reports",
			"Tomas Riquelme maintained that Peru had blocked the fishing talks.",
			[]string{"CLAIMS Tomas Riquelme -> Peru had blocked the fishing talks"}},
	})
}

// TestExpressedIntentToMeet: a meeting or cooperation announced through a word of expressed intent
// or willingness ("is ready to discuss", "pledged to host") is an offer with or without a named
// counterpart (CAMEO 036/031, PLOVER AGREE "indicate willingness"), as "offered to discuss" is; a
// bare future with no counterpart offers nothing. Sentences of our own.
func TestExpressedIntentToMeet(t *testing.T) {
	runCases(t, []exCase{
		{"ready to discuss", "Chile is ready to discuss a new fisheries regime.",
			[]string{"OFFERS Chile -> fisheries regime"}},
		{"pledged to host", "Uruguay pledged to host the next round of talks.",
			[]string{"OFFERS Uruguay"}},
		{"a bare future names no counterpart", "Uruguay will discuss the budget on Monday.",
			[]string{"!OFFERS Uruguay"}},
		{"a decision commits to no one", "The board of Paraguay's central bank decided to commence negotiations on the new charter in May.",
			[]string{"!OFFERS"}},
	})
}

// TestConjunctOfSpeechVerb: a verb phrase after "and" that matches the verb of saying in tense
// ("has said the port … is vital …, and has offered to …") is the sayer's second act when the
// parse hangs it on the content clause (higherConjunctSubject), also when the parser took the
// content clause for parataxis and gave it no subject. Sentences of our own.
func TestConjunctOfSpeechVerb(t *testing.T) {
	runCases(t, []exCase{
		{"perfect conjuncts around a content clause with a relative clause",
			"Kenyan President William Ruto has said the new port, which opened in 2021, is vital for the region's trade, and has offered to share its facilities with Uganda.",
			[]string{"OFFERS William Ruto"}},
	})
}
