package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestPhraseAgent (issue 13, auditT19): a passive verb with no agent of its own takes the
// by-phrase the parser hung on the noun chain of its object or prepositional complement (Quirk et
// al. 1985, 3.63-3.64: the agent by-phrase of the passive clause). Near misses: a nominalization
// with its of-phrase keeps the by-phrase as its own agent (Quirk 17.54); a by-phrase of degree or
// time is no agent (a degree phrase the parser makes obl:agent, "by 10 percent", is not this
// rule's and is left alone).
func TestPhraseAgent(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ghana was threatened with tariffs by Nigeria.", graph.Threatens, "Nigeria", "Ghana", "", true, anyMatch},
		{"The Somali envoy was threatened with expulsion by Kenya.", graph.Threatens, "Kenya", "envoy", "", true, anyMatch},
		{"Duties were imposed on Brazilian sugar by Peru.", graph.Sanctions, "Peru", "sugar", "", true, anyMatch},
		{"Laos was threatened with a cut in aid by Thailand.", graph.Threatens, "Thailand", "Laos", "", true, anyMatch},
		// near misses
		// "by Peru" is the clause's agent in the reading the parse26b pair gives (obl:agent of
		// imposed: the agent by-phrase at the end of its clause, Quirk et al. 1985, 3.63), a
		// grammatical reading of an ambiguous sentence ("imports of steel by Peru" the other);
		// the EWT-only pair hung it on steel and the case was a near miss of phraseAgent
		{"Duties were imposed on imports of steel by Peru.", graph.Sanctions, "Peru", "imports", "", true, anyMatch},
		{"Tariffs were imposed on steel by Friday.", graph.Sanctions, "Friday", "*", "", false, anyMatch},
	})

	knownParserMiss(t, "by police hung on imposed (obl:agent) instead of on killing: the police are the killers", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"Sanctions were imposed over the killing of protesters by police.", graph.Sanctions, "police", "*", "", false, anyMatch},
		})
	})
}

// TestUnlistedParticle (issue 13, auditT19): a verb with a particle the dictionary lists for none
// of its entries keeps its plain entries' verb–object patterns, as PETRARCH2 does (PETRtree.py
// VerbPhrase.get_code, "Post-compounds"): "cut off aid" is CUT * AID [162], "closed down the
// consulate" CLOSE * CONSULATE [161]. Near misses: the bare verb's default is not taken for a
// phrasal verb whose object no pattern names (Quirk et al. 1985, 16.3-16.4), nor a pattern of a
// prepositional phrase.
func TestUnlistedParticle(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ghana cut off aid to Togo.", graph.Sanctions, "Ghana", "aid", "", true, anyMatch},
		{"Ghana cut off diplomatic ties with Togo.", graph.Sanctions, "Ghana", "Togo", "", true, anyMatch},
		{"Ghana closed down the Togolese consulate.", graph.Sanctions, "Ghana", "consulate", "", true, anyMatch},
		// near misses
		{"Ghana pushed back the deadline.", graph.Demands, "Ghana", "*", "", false, anyMatch},
		{"Ghana backed away from the deal.", graph.Supports, "Ghana", "*", "", false, anyMatch},
		{"Ghana pressed ahead with the reform.", graph.Demands, "Ghana", "*", "", false, anyMatch},
	})
}

// TestEmployForce (issue 13, auditT19): a verb of using (Levin 1993, 105.1; modality.txt employ)
// announced with a coercive measure or force as object is a threat of it, as a light verb's is
// (announcedMeasure; CAMEO 138 "threaten with military force"). Near misses: force used (an
// event, reported), a non-coercive object, a means named with no measure.
func TestEmployForce(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ankara would use force against Damascus if its troops were attacked.", graph.Threatens, "Ankara", "Damascus", "", true, anyMatch},
		{"Seoul warned it will employ military force against Pyongyang.", graph.Threatens, "it", "Pyongyang", "", true, anyMatch},
		// near misses
		{"Police used force against the protesters.", graph.Threatens, "Police", "*", "", false, anyMatch},
		{"Lima will use the funds against poverty.", graph.Threatens, "Lima", "*", "", false, anyMatch},
		{"Quito would use all means against Bogota.", graph.Threatens, "Quito", "*", "", false, anyMatch},
	})
}

// TestBoycottGoods (issue 13, auditT19): a boycott of goods or trade is the economic measure of
// CAMEO 163 (PLOVER SANCTION "stop or restrict commercial or other material exchange"), the code
// CAMEO.2.0.txt gives BOYCOTT; a boycott of a vote, talks or an event stays CAMEO 143, a protest
// (cue-classes.txt). Near misses: the boycotted election and summit.
func TestBoycottGoods(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ghana boycotted Nigerian imports.", graph.Sanctions, "Ghana", "imports", "", true, anyMatch},
		{"Ghana would boycott Nigerian products unless the border reopened.", graph.Threatens, "Ghana", "products", "", true, anyMatch},
		// near misses
		{"Ghana boycotted the summit in Abuja.", graph.Sanctions, "Ghana", "*", "", false, anyMatch},
		{"Ghana boycotted the summit in Abuja.", graph.Opposes, "Ghana", "summit", "", true, anyMatch},
		{"The union boycotted the vote.", graph.Sanctions, "union", "*", "", false, anyMatch},
	})
}
