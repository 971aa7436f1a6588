package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// kinNouns are the kinship nouns of close apposition before a personal name
// (data/wordclasses/kinnouns.txt; Quirk et al. 1985 §17.70 "my brother Peter").
var kinNouns = lexicon.WordClass("kinnouns")

// afterKinNoun reports a name right after a kinship noun ("her sister Victoria"): in that slot
// the name is a person's, the noun's close appositive (Quirk et al. 1985 §17.70).
func afterKinNoun(st *doc.Sent, ts, _ int) bool {
	return ts > 0 && kinNouns.Has(st.Toks[ts-1].Lower)
}

// KinNamedPlaces drops a country found only by a name written right after a kinship
// noun ("who lost her sister Victoria": Victoria is the sister, not the Seychelles' capital);
// the state is then named nowhere in the article (rule junk:kin-apposition).
func KinNamedPlaces(d *doc.Doc) {
	for _, e := range FinalActors(d) {
		if e.Kind != graph.Country {
			continue
		}
		if ms := MentionsOf(d, e); len(ms) > 0 && allMentions(d, ms, afterKinNoun) {
			e.Dropped, e.Rule = true, "junk:kin-apposition"
		}
	}
}
