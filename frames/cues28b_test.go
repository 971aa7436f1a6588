package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestCompoundLightVerbs (issue 13, cues28b): the dictionary's compound verbs whose verb word is
// a light verb ("+GIVE_UP", "+GIVE_IN" [080] YIELD, "+TAKE_OVER" [171], "+GET_OUT" [080]) are
// phrasal lexemes (Quirk et al. 1985, 16.3–16.4) and keep their own line; the light-verb rule
// holds for the bare verb only. Near misses: the bare light verb with its object ("gave a
// speech", "took steps"), a light verb with a particle the dictionary does not list, and the
// preposition of an adjunct ("gave, in a speech, …" is no GIVE_IN).
func TestCompoundLightVerbs(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Bolivia gave up its claim to the coastal strip.", graph.Offers, "Bolivia", "claim", "", true, anyMatch},
		{"After weeks of pressure the junta gave in to Ecuador.", graph.Offers, "junta", "Ecuador", "", true, anyMatch},
		{"The militia took over the provincial capital.", graph.Sanctions, "militia", "capital", "", true, anyMatch},
		{"Laos gave up the disputed islets.", graph.Offers, "Laos", "islets", "", true, anyMatch},
		// near misses
		{"Bolivia gave a speech on the coastal strip.", graph.Offers, "Bolivia", "*", "", false, anyMatch},
		{"The junta took several steps toward elections.", graph.Sanctions, "junta", "*", "", false, anyMatch},
		{"The junta gave out leaflets in the capital.", graph.Offers, "junta", "*", "", false, anyMatch},
		{"Peru gave, in a speech on Monday, a stern answer to Chile.", graph.Offers, "Peru", "*", "", false, anyMatch},
	})
}

// TestStoppedLending (issue 13, cues28b): the -ing clause object of a verb of stopping
// ("suspended lending to Uganda": Quirk et al. 1985, 16.38) is matched as the pattern's object,
// and the dictionary's resumed aid (RESTART * LENDING [071]) stopped is 162 "reduce or stop
// material aid" (pooled.go, resumedAid). Near misses: a gerund with its own object, and a verb
// with a direct object.
func TestStoppedLending(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The Asian Development Bank halted lending to Myanmar after the coup.", graph.Sanctions, "Bank", "lending", "", true, anyMatch},
		{"The IMF suspended lending to Zambia in March.", graph.Sanctions, "IMF", "lending", "", true, anyMatch},
		// near misses
		{"The bank stopped lending money to farmers.", graph.Sanctions, "*", "*", "", false, anyMatch},
		{"The bank suspended lending rates for a week.", graph.Sanctions, "*", "lending", "", false, anyMatch},
	})
}

// TestAddressedAppeal (issue 13, cues28b): appeal and request n. keep their verbs'
// complementation, a to-phrase addressee with a to-infinitive ("an appeal to Spain to halt …";
// Quirk et al. 1985, 16.63, 17.31), as the call line does; the addressee is the target. Without
// the infinitive the to-phrase names no addressee ("an appeal to the Supreme Court").
func TestAddressedAppeal(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The bishops issued an appeal to Portugal to release the fishermen.", graph.Demands, "bishops", "Portugal", "", true, anyMatch},
		{"Chile sent a request to Argentina to extradite the banker.", graph.Demands, "Chile", "Argentina", "", true, anyMatch},
		{"Tonga's appeal to Fiji to reopen the port was ignored.", graph.Demands, "Tonga", "Fiji", "", true, anyMatch},
		// near misses
		{"The banker filed an appeal to the Supreme Court.", graph.Demands, "banker", "Court", "", false, anyMatch},
		{"The request to Argentina arrived late.", graph.Demands, "*", "Argentina", "", false, anyMatch},
		// the for-phrase line is untouched
		{"Malawi sent an appeal for food aid.", graph.Demands, "Malawi", "aid", "", true, anyMatch},
	})
}

// TestMeasuresAgainst (issue 13, cues28b): a measure against a named party is coercion (CAMEO
// 170, PLOVER COERCE; cue-classes.txt measure), done when taken, a threat when announced for the
// future. Near misses: measures against a policy problem (named-target), measures with no
// against-phrase.
func TestMeasuresAgainst(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Seoul took punitive measures against Pyongyang after the missile test.", graph.Sanctions, "Seoul", "Pyongyang", "", true, anyMatch},
		{"Lithuania adopted new measures against Belarus.", graph.Sanctions, "Lithuania", "Belarus", "", true, anyMatch},
		{"Poland will take measures against Minsk.", graph.Threatens, "Poland", "*", "", true, anyMatch},
		// near misses
		{"The cabinet took measures against inflation.", graph.Sanctions, "cabinet", "*", "", false, anyMatch},
		{"Vietnam adopted measures against the spread of the fever.", graph.Sanctions, "Vietnam", "*", "", false, anyMatch},
		{"Chile took measures to cut costs.", graph.Sanctions, "Chile", "*", "", false, anyMatch},
	})
}
