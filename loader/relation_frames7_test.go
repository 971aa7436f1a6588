package loader

import "testing"

// TestDemandShapes (issue 13, branch frames7): requests the CAMEO dictionary codes as something
// else. A verb of saying with an object that controls a to-infinitive reports a directive (Quirk
// et al. 1985, 16.63); WANT, listed in CAMEO's DEMAND synset with its own intent code 030, asks
// another to act under object control; a request pattern coded as the requested act ("CALL *
// (FOR &INVESTIGATION)" 090, "(FOR HALT)" 087) is the request; and a negated infinitive asked
// for is named with its negator. Sentences of our own, none of them in demands-dev.txt.
func TestDemandShapes(t *testing.T) {
	runCases(t, []exCase{
		{"tell X to", "Egypt told Ethiopia to stop filling the reservoir before the rainy season.",
			[]string{"DEMANDS Egypt -> Ethiopia"}},
		{"tell X that is a statement", "Egypt told Ethiopia that the reservoir was nearly full.",
			[]string{"!DEMANDS"}},
		{"tell X how to asks nothing", "\"We have never told our farmers how to vote,\" the chairman of the Kenya Farmers Union, Daniel Kiprop, said.",
			[]string{"!DEMANDS"}},
		{"a statement verb's object is the message", "Chile and Peru announced a common set of rules to protect the anchovy stocks.",
			[]string{"!DEMANDS"}},
		{"want X to", "Lithuania wants Belarus to close the nuclear plant at Astravets.",
			[]string{"DEMANDS Lithuania -> Belarus"}},
		{"want to is no demand", "Lithuania wants to close its last coal plant.",
			[]string{"!DEMANDS"}},
		{"call for an investigation", "Canada called for an investigation into the crash of the airliner.",
			[]string{"DEMANDS Canada -> investigation"}},
		{"call for a halt", "Norway called for a halt to the bombing of the port.",
			[]string{"DEMANDS Norway -> halt", "!OFFERS Norway"}},
		{"urge not to", "Vietnam urged Cambodia not to build the canal.",
			[]string{"DEMANDS Vietnam -> Cambodia not building the canal", "!DEMANDS Vietnam -> Cambodia building"}},
	})
}
