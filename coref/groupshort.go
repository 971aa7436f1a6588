package coref

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// namedBodyFirstWord is the ORGANIZATION or GROUP of the article whose name of two words or more
// opens with the single word w and whose first mention (index into d.Mentions, firstMention)
// comes before at, or nil: "the Bakrie Group said … Bakrie has rejected …". One sense per
// discourse (Gale, Church & Yarowsky 1992, "One sense per discourse"): a word the article has
// already used as the first word of a body's name keeps that sense in the same article, so the
// bare word is the body's short name before any surname dictionary reads it as a person
// (person:dict-surname, issue 14, analysis26 J5). The callers first leave a word that another
// person of the article bears (actors.OtherBearer: "Aburizal Bakrie … Bakrie said") or that
// carries a title or a role. Two such bodies leave nil: the word names neither alone. The same
// exclusions as orgByWord hold (an acronym prefix, a known acronym modifier).
func namedBodyFirstWord(d *doc.Doc, w string, not *doc.Entity, firstMention map[*doc.Entity]int, at int) *doc.Entity {
	var found *doc.Entity
	for _, o := range d.Ents {
		if o == not || o.Merged != nil || o.Dropped || o.Kind != graph.Organization && o.Kind != graph.Group {
			continue
		}
		f := strings.Fields(o.Name)
		if len(f) < 2 || !strings.EqualFold(f[0], w) || actors.AcronymPrefixOf(w, f) || actors.KnownAcronymModifier(d.Phx, d.Lx, w, f) {
			continue
		}
		if fm, ok := firstMention[o]; !ok || fm >= at {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

// placeWordForm reports a word the later checks of the coreference loop drop as a place's word
// rather than a short form ("Korean" of "South Korean", "Kenya-Ghana", "United"): a nationality
// or place word opening a body's name modifies it (Quirk et al. 1985, 17.108) and is no short
// form of it, so namedBodyFirstWord is not asked for it.
func placeWordForm(d *doc.Doc, w string) bool {
	l := strings.ToLower(w)
	return d.Lx.PlaceWord(l) || actors.CountryNameWord(d, l) || actors.DemonymTail(d.Lx, w) || actors.CountryNameTail(d.Lx, w) || actors.PlaceCompound(d, l)
}
