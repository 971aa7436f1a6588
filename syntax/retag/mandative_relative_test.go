package retag

import "testing"

// TestMandativeRelativeClause (no23e, issue 13 O9): a relative clause after a noun of a mandative
// clause ("rehire 60 welders who were laid off") has its own verb (Quirk et al. 1985,
// 17.10-17.14); the clause's verb before it is still re-tagged. Near misses: the relative clause
// on the subject with the clause's verb after it, and a clause whose verb precedes the relative.
func TestMandativeRelativeClause(t *testing.T) {
	checkXPOS(t, MandativeClauseVerb, []xposCase{
		{"Unions demanded that Steelco rehire 60 welders who were laid off .", "NOUN VERB SCONJ PROPN NOUN NUM NOUN PRON AUX VERB ADP PUNCT", "NNS VBD IN NNP NN CD NNS WP VBD VBN RP .", 4, "VB"},
		{"Unions urged that Steelco rehire the welders which were dismissed .", "NOUN VERB SCONJ PROPN NOUN DET NOUN PRON AUX VERB PUNCT", "NNS VBD IN NNP NN DT NNS WDT VBD VBN .", 4, "VB"},
		// near misses
		{"Unions demanded that the guards who fled be punished .", "NOUN VERB SCONJ DET NOUN PRON VERB AUX VERB PUNCT", "NNS VBD IN DT NNS WP VBD VB VBN .", 4, "NNS"},
		{"Unions said that Steelco rehire 60 welders who were laid off .", "NOUN VERB SCONJ PROPN NOUN NUM NOUN PRON AUX VERB ADP PUNCT", "NNS VBD IN NNP NN CD NNS WP VBD VBN RP .", 4, "NN"},
		{"Unions demanded that Steelco had fired 60 welders who were laid off .", "NOUN VERB SCONJ PROPN AUX VERB NUM NOUN PRON AUX VERB ADP PUNCT", "NNS VBD IN NNP VBD VBN CD NNS WP VBD VBN RP .", 4, "VBD"},
	})
}
