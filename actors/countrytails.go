package actors

import (
	"slices"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/lexicon"
)

// tailIndex holds what DemonymTail and CountryNameTail read from countries.txt, in lower case,
// made once per lexicon instead of lowering and splitting every name and demonym of every state
// on each call (issue 13: coreference asks both for every short-form candidate of an article).
type tailIndex struct {
	countries []*lexicon.Country         // the list the index was made from (a changed list makes it again)
	demonym   map[string]bool            // every demonym
	demTail   map[string]bool            // the last word of every demonym of two words or more
	name      map[string]bool            // every name and other name of a state
	nameTail  map[string]map[string]bool // the last word of a name of two words or more: the codes of the states with one
}

var tailIndexes sync.Map // *lexicon.Lexicons -> *tailIndex

// tails returns lx's tailIndex, made on first use.
func tails(lx *lexicon.Lexicons) *tailIndex {
	if v, ok := tailIndexes.Load(lx); ok {
		if ix := v.(*tailIndex); slices.Equal(ix.countries, lx.Countries) {
			return ix
		}
	}
	ix := &tailIndex{countries: lx.Countries, demonym: map[string]bool{}, demTail: map[string]bool{}, name: map[string]bool{}, nameTail: map[string]map[string]bool{}}
	for _, c := range lx.Countries {
		for _, dm := range c.Demonyms {
			l := strings.ToLower(dm)
			ix.demonym[l] = true
			if f := strings.Fields(l); len(f) >= 2 {
				ix.demTail[f[len(f)-1]] = true
			}
		}
		for _, n := range append([]string{c.Name}, c.ShortForm...) {
			l := strings.ToLower(n)
			ix.name[l] = true
			if f := strings.Fields(l); len(f) >= 2 {
				t := f[len(f)-1]
				if ix.nameTail[t] == nil {
					ix.nameTail[t] = map[string]bool{}
				}
				ix.nameTail[t][c.Code] = true
			}
		}
	}
	tailIndexes.Store(lx, ix)
	return ix
}
