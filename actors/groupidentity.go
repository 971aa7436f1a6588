package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// GroupIdentities gives a group of a state named by the state's premodifier and a plural noun
// ("American workers", "US workers", "United States workers", named "workers (United States)")
// one identity across articles: the
// state's canonical name and the rest of the name as written (entity.IdName, which node IDs
// follow; the name shown stays as first written). A demonym and the state's name or short form
// before a noun premodify alike (Quirk et al. 1985, 17.104, 17.108: a proper noun as premodifier,
// "the America Cup", beside the adjective; countries.txt pairs each state's names and
// demonyms), and CAMEO codes the two phrases alike (country and sector: USALAB for both, CAMEO
// codebook, actor codes): the same workers are not two actors because one article wrote the
// adjective and another the name (issue 14, identity). Only a group whose country is that
// premodifier's, whose premodifier is the whole of its first words and whose name goes on after
// it; a group of the dictionary or the actors lexicon keeps its own identity.
func GroupIdentities(d *doc.Doc, ents []*doc.Entity) {
	seen := map[string]*doc.Entity{}
	for _, e := range ents {
		if e.Kind != graph.Group || e.Country == nil || e.IdName != "" || e.LocalScope != "" || strings.HasPrefix(e.Rule, "lexicon:") || strings.HasPrefix(e.Rule, "dict:") {
			continue
		}
		c := e.Country
		name := e.Name
		if p := strings.TrimSuffix(name, " ("+c.Name+")"); p != name {
			name = c.Name + " " + p // "farmers (United States)", the name a premodifying state's gets
		}
		words := strings.Fields(name)
		best := 0
		for _, form := range append(append([]string{c.Name}, c.ShortForm...), c.Demonyms...) {
			fw := strings.Fields(form)
			if len(fw) == 0 || len(fw) >= len(words) || len(fw) <= best {
				continue
			}
			same := true
			for i, w := range fw {
				same = same && strings.EqualFold(w, words[i])
			}
			if same {
				best = len(fw)
			}
		}
		if best == 0 {
			continue
		}
		n := c.Name + " " + strings.Join(words[best:], " ")
		if n != e.Name {
			e.IdName = n
		}
		// the same group written both ways in one article is one entity, as canonicalBodies
		// joins a body's two names
		k := strings.ToLower(n)
		if o := seen[k]; o != nil && o != e && o.Final() == o && e.Final() == e {
			for _, a := range e.Aliases {
				o.AddAlias(a)
			}
			e.MergeInto(o)
			continue
		}
		seen[k] = e
	}
}
