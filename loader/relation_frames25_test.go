package loader

import "testing"

// TestFrames25NoIntention (issue 13, frames25): "has no intention of V-ing", "has no plans to V":
// the gerund after "of" (or the infinitive) complementing the object of a light verb is controlled
// by the verb's subject (frames nounController: Mel'čuk's Oper1; Huddleston & Pullum 2002, ch. 14
// on gerund-participial complements of prepositions), a noun of intent announces the act
// (modality.txt intent: intention, intent), and the negative determiner negates it: a declared
// refusal, PLOVER REJECT. The complement takes the light verb's scope: under a denial or a belief
// it is no act.
func TestFrames25NoIntention(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Turkey has no intention of withdrawing its troops from Syria.", "OPPOSES Turkey -> troops"},
		{"Japan has no intention of accepting the proposal.", "OPPOSES Japan -> proposal"},
		{"Russia has no intention to negotiate with Kyiv.", "OPPOSES Russia -> Ukraine"},
		{"China has no plans to lift the tariffs on American soybeans.", "OPPOSES China -> soybeans"},
		{"Hungary said it had no intention of backing the sanctions package.", "OPPOSES Hungary -> sanctions"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Japan denied it had any intention of rejecting the proposal.", "!OPPOSES Japan"},
		{"Japan denied it had any plans to reject the proposal.", "!OPPOSES Japan"},
		{"Analysts believe Peru has no intention of accepting the proposal.", "!OPPOSES Peru"},
		{"Does Japan have no intention of accepting the proposal?", "!OPPOSES Japan"},
		{"Chile's intention of joining the alliance was clear.", "!OPPOSES Chile"},
	})
}

// TestFrames25PresentNonAssent (issue 13, frames25): a verb of assent that is a complementary
// (modality.txt complementary: accept, recognize; Cruse 1986, 9.2) negated in the simple present
// states a present rejection (Quirk et al. 1985, 4.6: the state present), as a declared refusal
// does; "does not support" (a contrary, with a neutral middle) stays negated, and so does a past
// or perfect, a conditional or a question.
func TestFrames25PresentNonAssent(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Serbia does not recognize Kosovo's independence.", "OPPOSES Serbia -> independence"},
		{"Bolivia does not accept the new border treaty.", "OPPOSES Bolivia -> border treaty"},
		{"The Philippines does not accept the arbitration ruling, its foreign ministry said.", "OPPOSES Philippines -> ruling"},
		{"Morocco never recognizes such referendums.", "OPPOSES Morocco -> referendums"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Germany did not support the resolution.", "!OPPOSES Germany"},
		{"Ghana has not accepted the ruling.", "!OPPOSES Ghana"},
		{"If Turkey does not accept the ruling, talks will collapse.", "!OPPOSES Turkey"},
		{"Does Serbia not recognize Kosovo's independence?", "!OPPOSES Serbia"},
		{"Turkey does not oppose the proposal.", "!OPPOSES Turkey"},
		{"The senator does not support the new pipeline.", "!OPPOSES senator"},
	})
}
