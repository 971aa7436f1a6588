package loader

import "testing"

// TestCoordinatedPresentVerb: "X V-s NP and W-s COMPLEMENT" with W-s tagged a plural noun
// conjoined to the object is X's second act (wire_conjverb.go); the first act's target ends
// before the coordinator, also when the noun it was conjoined to is the object of a nonfinite
// clause inside the first verb's complement (finiteVerbAbove). Invented wordings; near misses: a conjoined plural with a determiner
// of its own, and one with no verb complement after it.
func TestCoordinatedPresentVerb(t *testing.T) {
	runCases(t, []exCase{
		{"urges", "Kenya supports the peace plan and urges all parties to respect it.",
			[]string{"DEMANDS Kenya -> respecting it", "SUPPORTS Kenya -> peace plan", "!SUPPORTS Kenya -> urges"}},
		{"demands", "Brazil condemns the raid and demands an apology from the Dutch government.",
			[]string{"DEMANDS Brazil -> apology", "!OPPOSES Brazil -> demands an apology"}},
		{"calls on", "The African Union welcomes the deal and calls on both militias to disarm.",
			[]string{"DEMANDS African Union -> disarm", "!SUPPORTS African Union -> calls on"}},
		{"object of a clause inside the first complement", "Chile praises the steps taken by Peru in protecting the forests and welcomes its decision to ban logging.",
			[]string{"SUPPORTS Chile -> its decision to ban logging", "!SANCTIONS Chile"}},
		{"determiner", "Peru supports the proposals and the demands for new elections.",
			[]string{"!DEMANDS Peru"}},
		{"no complement", "Chile supports the reforms and demands for new elections in Bolivia.",
			[]string{"!DEMANDS Chile"}},
	})
}
