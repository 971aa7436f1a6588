package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// StateOfficials reports a group of a state's executive officials: "administration officials",
// "senior government officials" (an administration is the executive branch of a government,
// Merriam-Webster, "administration" 3b). Their "we" speaks for that state as a ministry
// spokesperson's does.
func StateOfficials(e *doc.Entity) bool {
	f := strings.Fields(strings.ToLower(e.Name))
	if e.Kind != graph.Group || len(f) < 2 || f[len(f)-1] != "officials" && f[len(f)-1] != "official" {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if w == "administration" || w == "government" {
			return true
		}
	}
	return false
}

// OfficialsCountry is the state of a group of state officials (stateOfficials): the country the
// text gives it ("Chinese government officials", not a guess), else the state whose government
// publishes the page (doc.StatePageCountry: "Background Press Call by Senior Administration
// Officials" on whitehouse.gov, or loaded with the outlet "The White House" and no URL — the
// outlet naming a state body of the actors lexicon counts as that body's official site; trial
// T3, session 33). A title's country is not used: such a call's title names the country visited.
func OfficialsCountry(d *doc.Doc, e *doc.Entity) *lexicon.Country {
	if e.Country != nil && !e.Guessed {
		return e.Country
	}
	if c := doc.StatePageCountry(d.Lx, &d.C.Article); c != nil {
		return c
	}
	return namedExecutiveCountry(d, e)
}

// namedExecutiveCountry is the country of the one executive the article names by the officials'
// own head: "administration officials" in a story about "the Obama administration" are that
// administration's officials, as "the administration" alone is — the definite noun takes its
// referent from the text's earlier mention of a noun phrase with the same head (anaphoric "the",
// Quirk et al. 1985, 5.28-5.32). The named executives are the article's GOVERNMENT actors whose
// name ends in that head ("Obama administration", "Ruto government"); nil when they have no
// stated country or name more than one country.
func namedExecutiveCountry(d *doc.Doc, e *doc.Entity) *lexicon.Country {
	f := strings.Fields(strings.ToLower(e.Name))
	head := ""
	for _, w := range f[:len(f)-1] {
		if w == "administration" || w == "government" {
			head = w
		}
	}
	if head == "" {
		return nil
	}
	var one *lexicon.Country
	for _, g := range FinalActors(d) {
		n := strings.Fields(strings.ToLower(g.Name))
		if g == e || g.Kind != graph.Government || len(n) < 2 || n[len(n)-1] != head {
			continue
		}
		if g.Country == nil || g.Guessed || one != nil && one != g.Country {
			return nil
		}
		one = g.Country
	}
	return one
}
