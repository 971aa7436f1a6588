package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDocReadout21 loads each whole document of testdata/wholedoc21/readout21 (readouts of
// calls and meetings, a briefing whose opening remarks carry a readout, a wire story, and a near
// miss with one principal who "spoke with reporters"; invented wording) as the loader reads an
// article, and checks the expectations of its gold.txt: the pair a heading or first sentence
// introduces, past header lines, is the source of "The two …", "The two ministers …" and "They
// …" (relation_meetingpair.go), and in a spokesperson's turn the pair an earlier sentence of the
// turn names (relation_meetingpair_turn.go).
func TestWholeDocReadout21(t *testing.T) {
	wholeDocPipeGold(t, filepath.Join("testdata", "wholedoc21", "readout21"))
}
