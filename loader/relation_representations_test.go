package loader

import "testing"

// TestRepresentationsProtest (issue 13, nu15 C5): "representations" made or lodged with or to a
// party is the diplomatic protest (OED representation n., "a remonstrance, protest"; CAMEO.2.0.txt
// "LODGE * PROTEST" [110], CAMEO 114), OPPOSES the addressee (cue-classes.txt noun
// representation). Without an addressee or matter preposition the noun is political presence or
// depiction, no cue.
func TestRepresentationsProtest(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Vietnam lodged representations with China over the oil rig.", "OPPOSES Vietnam -> China"},
		{"China made solemn representations to Canada about the arrest.", "OPPOSES China -> Canada"},
	})
	mustNotFire(t, []struct{ text, not string }{
		{"Taiwan seeks representation in the World Health Organization.", "found: OPPOSES"},
		{"Women's representation in parliament rose to 30 percent in Kenya.", "found: OPPOSES"},
		{"Mexico's representation of the dispute was accurate.", "found: OPPOSES"},
	})
}
