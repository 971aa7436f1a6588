package loader

import "testing"

// An extraposed infinitive after an adjective of possibility or ease has no controller: its "it"
// is anticipatory (Quirk et al. 1985, 18.33; 16.75), so no actor named before is the act's
// source (modality.txt extraposing). Each case on invented sentences.
func TestExtraposedInfinitiveIt(t *testing.T) {
	runCases(t, []exCase{
		{"anticipatory it over possible: no source", "Other diplomats and envoys said that Chile had misread the fishing accord. They expressed hope that it might be possible to resolve differences by explaining the plan better and making small changes to it — a position that may not satisfy the new government.",
			[]string{"!SUPPORTS Chile", "!OFFERS Chile"}},
		// (OFFERS: willingness to settle differences is CAMEO 037, cameo-types.txt 050@COMPROMISE)
		{"near miss: it referring over willing controls the infinitive", "Chile rejected the first draft on Monday. It is willing to resolve differences by amending the quotas.",
			[]string{"OFFERS Chile -> differences"}},
	})
}
