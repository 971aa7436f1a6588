package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// objectIn reports an object head n of verb v in the object class of a cue-classes.txt line (condition
// "oclass:"): a modality.txt class of goods (goodsIn), or "cue-noun:T|T…", a noun that is itself a
// cue whose asserted type is one of the Ts (events30b). CAMEO 083 "accede to requests or
// demands" (PLOVER CONCEDE) needs the request accepted: "accepted the proposal", "accepted
// their recommendation", "accepted the offer" (nouns our dictionary already codes as requests and
// offers: cue-classes.txt and cameo-nouns.txt), not a thing received ("accepted millions from
// the industry", "accepted the nomination", "accepted her award"), which concedes nothing.
func (lx *Lexicon) objectIn(tr *tree, v, n int, class string) bool {
	ts, ok := strings.CutPrefix(class, "cue-noun:")
	if !ok {
		return lx.goodsIn(tr, n, class)
	}
	if lx.negated(tr, v) {
		return true // "cannot accept the new quotas": a refusal rejects whatever it refuses (CAMEO 12)
	}
	if n < 0 || tr.t[n].UPOS != "NOUN" {
		return false
	}
	for _, c := range lx.classes["noun "+tr.lemma(n)] {
		for _, t := range strings.Split(ts, "|") {
			if c.types.Asserted == graph.RelType(t) {
				return true
			}
		}
	}
	return false
}
