package loader

import "testing"

// TestParticleAfterHonorific: a surname's lower-case particles right after an honorific or a title
// belong to the name (actor.go, namePhrase), on sentences written for this test.
func TestParticleAfterHonorific(t *testing.T) {
	runCases(t, []exCase{
		{"honorific, particle, surname", "Ms. van der Hoek criticized the new levy.",
			[]string{"PERSON van der Hoek", "OPPOSES van der Hoek -> levy", "!actor Hoek"}},
		{"title, particles, surname", "Ambassador de la Fuente rejected the proposal.",
			[]string{"PERSON de la Fuente", "OPPOSES de la Fuente -> proposal", "!actor Fuente"}},
		{"a particle-like word before a common noun is no name", "Mr. Ortiz said le monde had changed.",
			[]string{"PERSON Ortiz"}},
	})
}
