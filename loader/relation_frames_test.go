package loader

import "testing"

// TestContentTargets: how the act a cue's clause or infinitive describes is named as the target
// (relation_frames.go): an infinitive with its controlling addressee, a finite clause with its
// subject, and a passive clause with its patient as the active verb's object. Sentences of our own.
func TestContentTargets(t *testing.T) {
	runCases(t, []exCase{
		{"passive content clause", "Norway insisted that the fishing quotas be reduced.",
			[]string{"DEMANDS Norway -> reducing the fishing quotas", "!DEMANDS Norway -> the fishing quotas reducing"}},
		{"object-controlled infinitive", "Peru urged Chile to release the fishermen.",
			[]string{"DEMANDS Peru -> Chile releasing the fishermen"}},
	})
}
