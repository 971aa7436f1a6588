package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// placeNouns are the nouns of places that take a proper name in an appositive of-phrase
// (data/wordclasses/placenouns.txt).
var placeNouns = lexicon.WordClass("placenouns")

// DropIntroducedPlaces drops the persons found by name shape alone whose name the article
// introduces as a place's: "the city of El Fasher", "the province of Sindh" (a place noun, "of",
// then the capitalized name: an appositive of-phrase, Quirk et al. 1985, 17.33). A headline's
// "El Fasher siege tightens" or "leaving El Fasher" read the two capitalized words as a personal
// name; the article's own words say what they name. A person with a title, an honorific or a
// role keeps his name.
func DropIntroducedPlaces(d *doc.Doc) {
	places := map[string]bool{}
	for _, st := range d.Sents {
		toks := st.Toks
		for i := 0; i+2 < len(toks); i++ {
			if toks[i].Cap || !placeNouns.Has(toks[i].Lower) || toks[i+1].Lower != "of" {
				continue
			}
			k := i + 2
			for k < len(toks) && toks[k].Kind == text.Word && toks[k].Cap && k-i-2 < 4 {
				k++
			}
			if k > i+2 {
				places[strings.ToLower(d.SpanText(st, i+2, k))] = true
			}
		}
	}
	if len(places) == 0 {
		return
	}
	for _, e := range FinalActors(d) {
		if e.Kind == graph.Person && !e.Hon && len(e.Roles) == 0 && places[strings.ToLower(e.Name)] {
			e.Dropped = true
		}
	}
}
