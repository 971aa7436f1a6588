package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// knownBodyShortNames merges a body the article names without its state ("the Ministry of
// Commerce") into the known state body (data/lexicons/actors.txt) the article also names whose
// full name is that name followed by "of" and its state's name ("Ministry of Commerce of the
// People's Republic of China", here by its acronym MOFCOM): a body's short name in the same text
// is a later reference to the body named in full (AP Stylebook: a shortened form of a name on
// second reference), and the known body's state is the short name's. The short name must be a
// body without a country of its own, and the rest of the known name must be the known body's state
// (its name, a short form or ISO full name), so that "Ministry of Commerce" never joins a body of
// another name or of another state; a body the article gives a country keeps it.
func (d *doc) knownBodyShortNames() {
	var known []*entity
	for _, e := range d.finalActors() {
		if e.Rule == "lexicon:actors" && e.Kind == graph.Government && e.Country != nil {
			known = append(known, e)
		}
	}
	if len(known) == 0 {
		return
	}
	for _, g := range d.finalActors() {
		if g.Kind != graph.Government && g.Kind != graph.Organization || g.Country != nil || strings.HasPrefix(g.Rule, "lexicon:") || strings.Contains(g.Name, " (") {
			continue
		}
		var found *entity
		for _, k := range known {
			if k == g || !ofStateName(k, g.Name) {
				continue
			}
			if found != nil && found != k {
				found = nil
				break
			}
			found = k
		}
		if found == nil {
			continue
		}
		for _, a := range append([]string{g.Name}, g.Aliases...) {
			found.AddAlias(a)
		}
		g.MergeInto(found)
	}
}

// ofStateName reports that known body k's name is short followed by "of", an optional "the" and
// the name of k's state (its canonical name, a short form or another name of countries.txt).
func ofStateName(k *entity, short string) bool {
	rest, ok := strings.CutPrefix(strings.ToLower(k.Name), strings.ToLower(short)+" of ")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "the ")
	c := k.Country
	for _, n := range append([]string{c.Name}, c.ShortForm...) {
		if strings.EqualFold(strings.TrimPrefix(strings.ToLower(n), "the "), rest) {
			return true
		}
	}
	return false
}
