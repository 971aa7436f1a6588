package loader

import "testing"

// TestNegatedSpeechWhether: a negated verb of saying with a subordinate interrogative clause
// ("has not said whether …", Quirk et al. 1985, ch. 15) reports no content: no CLAIMS, negated or
// not. Near misses keep their claims: a that-clause under negation (a negated CLAIMS), and an
// affirmative say with the content clause. Sentences of our own; the first two fail without
// claims/whether.go (a negated CLAIMS "whether …").
func TestNegatedSpeechWhether(t *testing.T) {
	runSentenceCases(t, []textCase{
		{"Quito has not said whether it would renew the fishing licences.", []string{"!CLAIMS Ecuador -> whether"}},
		{"The Chilean navy did not say if the patrol boats had left the bay.", []string{"!CLAIMS navy -> if the patrol"}},
		{"Quito did not say that the licences had expired.", []string{"neg CLAIMS Ecuador -> licences"}},
		{"Quito said the licences had expired in March.", []string{"CLAIMS Ecuador -> licences"}},
	})
}
