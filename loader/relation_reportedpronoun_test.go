package loader

import "testing"

// TestConditionalCoercion (left24): "<actor> said they/it would <harm verb> X if/unless Y" is
// THREATENS actor -> X (conditionalCoercion: PLOVER THREATEN, conditional coercion; CAMEO 13),
// the reported clause's pronoun subject the reporter (reportingSubjectPronoun: the deictic shift
// of indirect speech, Quirk et al. 1985, 14.31). Near misses: the same reported act without a
// condition stays dropped (no actor acted on); a reported future of no harm gives nothing.
func TestConditionalCoercion(t *testing.T) {
	runSentenceCases(t, []textCase{
		{"The Arakan Army said it would shell the airport unless the junta released its prisoners.", []string{"THREATENS Arakan Army -> airport"}},
		{"Hezbollah commanders said they would attack the gas platform if Israel resumed its air strikes.", []string{"THREATENS Hezbollah commanders -> gas platform"}},
		{"The Arakan Army said it would shell the airport.", []string{"!THREATENS  -> airport"}},
		{"The Arakan Army said it would open the airport to traders next week.", []string{"!THREATENS", "!DEMANDS"}},
	})
}

// TestCommittedPurpose (left24): a cue in the purpose infinitive of a verb that is itself the
// complement of a verb of commitment or intent is pledged with it (committedPurpose: "pledged to
// work together to fight smuggling"); a purpose of an act reported as done is no intention.
func TestCommittedPurpose(t *testing.T) {
	runSentenceCases(t, []textCase{
		{"Ecuador and Peru pledged to work together to fight illegal mining along the border.", []string{"OPPOSES Ecuador -> illegal mining", "OPPOSES Peru -> illegal mining"}},
		{"Vietnam has vowed to cooperate closely with Laos to combat wildlife trafficking.", []string{"OPPOSES Vietnam -> wildlife trafficking"}},
		{"Vietnam is prepared to cooperate with Laos to combat wildlife trafficking.", []string{"!OPPOSES Vietnam -> wildlife trafficking"}},
		{"Vietnam sent inspectors to the border to combat wildlife trafficking.", []string{"!OPPOSES Vietnam -> wildlife trafficking"}},
	})
}

// TestReportedPronounSpeechSource (cue24d, set T regression): the reporter of a reported "it" is
// the speech layer's source of the verb of saying, not the organisation of a relational head
// noun the parser made the verb's subject ("Haiti" tagged as an interjection before an
// apposition); a membership noun's relatum is never the reporter.
func TestReportedPronounSpeechSource(t *testing.T) {
	runSentenceCases(t, []textCase{
		{"Haiti, a member of the European Union, said it would reject the fishing quota.", []string{"OPPOSES Haiti -> fishing quota", "!OPPOSES European Union"}},
		{"Hungary, a partner of the African Union, said it would approve the mining code.", []string{"!SUPPORTS African Union"}},
		{"The Arakan Army said it would back the truce.", []string{"SUPPORTS Arakan Army -> truce"}},
	})
}
