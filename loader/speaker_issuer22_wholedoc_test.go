package loader

import (
	"path/filepath"
	"testing"
)

// TestIssuer22WholeDocuments loads each whole document of testdata/wholedoc22/issuer22 (our own
// wording: transcripts titled by a role noun alone over a first-person body, class L1
// (speaker_rolenoun.go); statements whose title stands behind a reference code and date, class L2
// (discourse/refheading.go); near misses: the same title without a code, a news headline opening
// with "No") and checks its gold (gold.tsv, the stmt21 format): the relations expected from the
// title's speaker, its claims, and the relations that must not be made. KNOWN lines are logged.
func TestIssuer22WholeDocuments(t *testing.T) {
	wholeDocKnownGold(t, filepath.Join("testdata", "wholedoc22", "issuer22"))
}
