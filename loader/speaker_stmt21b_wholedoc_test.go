package loader

import (
	"path/filepath"
	"testing"
)

// TestStmt21bWholeDocuments loads each whole document of testdata/wholedoc21/stmt21b (our own
// wording: a media release, a spokesperson's statement and a press release whose issuer the
// layout gives) and checks its gold (gold.tsv, the format of stmt21's): copular judgements whose
// subject is an act noun misparsed around a participle postmodifier (frames
// reducedRelativeSubject) or outside the CAMEO lists (actNouns, WordNet noun.act/noun.event),
// deontic passives whose subject is "those" with a postmodifier (frames postmodifiedThose), and
// near misses (a judged thing that is no act: the weather, a bridge). KNOWN lines are logged.
func TestStmt21bWholeDocuments(t *testing.T) {
	wholeDocKnownGold(t, filepath.Join("testdata", "wholedoc21", "stmt21b"))
}
