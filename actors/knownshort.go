package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// KnownBodyShortNames merges a body the article names without its state ("the Ministry of
// Commerce") into the known state body (data/lexicons/actors.txt) the article also names whose
// full name is that name followed by "of" and its state's name ("Ministry of Commerce of the
// People's Republic of China", here by its acronym MOFCOM): a body's short name in the same text
// is a later reference to the body named in full (AP Stylebook: a shortened form of a name on
// second reference), and the known body's state is the short name's. The short name must be a
// body without a country of its own, and the rest of the known name must be the known body's state
// (its name, a short form or ISO full name), so that "Ministry of Commerce" never joins a body of
// another name or of another state; a body the article gives a country keeps it.
func KnownBodyShortNames(d *doc.Doc) {
	var known []*doc.Entity
	for _, e := range FinalActors(d) {
		if e.Rule == "lexicon:actors" && e.Kind == graph.Government && e.Country != nil {
			known = append(known, e)
		}
	}
	if len(known) == 0 {
		return
	}
	for _, g := range FinalActors(d) {
		if g.Kind != graph.Government && g.Kind != graph.Organization || g.Country != nil || strings.HasPrefix(g.Rule, "lexicon:") || strings.Contains(g.Name, " (") {
			continue
		}
		var found *doc.Entity
		for _, k := range known {
			if k == g || !OfStateName(k, g.Name) {
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

// OfStateName reports that known body k's name is short followed by "of", an optional "the" and
// the name of k's state (its canonical name, a short form or another name of countries.txt).
func OfStateName(k *doc.Entity, short string) bool {
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

// DictBodyShortCountries gives a named body without a country the state of the one Phoenix body
// whose name is the body's name followed by "of" and the name of a state the article names
// ("the Export-Import Bank" in a story naming the United States: EXPORT-IMPORT_BANK_OF_THE_UNITED_STATES,
// USAGOVBUS): the name without its state is the short form (AP Stylebook, a shortened form of a
// name), and the article's states decide which state's body it is. Bodies named by a generic head
// ("Central Bank", "Supreme Court"), which every state has, are left to the generic-body rules;
// two states giving a body of the name, or a story filed from another state that it names at
// least as often (datelineOutweighs), leave the body without a country. The dictionary's kind
// (a state body) and code follow, as for a body the dictionary names in full (codes step 1).
func DictBodyShortCountries(d *doc.Doc) {
	if d.Phx == nil {
		return
	}
	date := d.C.Article.PublishedAt
	for _, g := range FinalActors(d) {
		if g.Kind != graph.Government && g.Kind != graph.Organization || g.Country != nil || strings.HasPrefix(g.Rule, "lexicon:") ||
			strings.Contains(g.Name, " (") || strings.Contains(g.Name, " of ") || GenericBody(d.Phx, d.Lx, g) {
			continue
		}
		var found *lexicon.Actor
		var fc *lexicon.Country
		for code := range CountryCounts(d) {
			c := d.Lx.ByCode[code]
			if c == nil {
				continue
			}
			for _, n := range append([]string{c.Name}, c.ShortForm...) {
				n = strings.TrimPrefix(n, "the ")
				for _, full := range []string{g.Name + " of " + n, g.Name + " of the " + n} {
					for _, a := range d.Phx.Lookup(full) {
						if a.Country != code || a.Kind != graph.Government && a.Kind != graph.Organization {
							continue
						}
						if fc != nil && fc != c {
							fc = nil
							found = nil
							goto next
						}
						found, fc = a, c
					}
				}
			}
		}
		if fc == nil || datelineOutweighs(d, fc.Code) {
			continue
		}
		g.Country = fc
		if found.Kind == graph.Government {
			g.Kind = graph.Government
		}
		g.Cameo = DictCode(found, date)
	next:
	}
}
