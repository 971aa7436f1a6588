package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// AcronymTitleOrgs makes a person MEMBER_OF the organization whose acronym opens his title ("ACTU
// Secretary Sally McManus", "FEMI President Ana Ruiz") when the title names no body of its own:
// a proper noun before a title names the body the office belongs to (a classifying premodifier,
// Quirk et al. 1985, 17.97-17.99, as "Liberty Party senator" names the party). The acronym is
// read when coreference has resolved it: it must be the name or an alias of exactly one
// organization or state body of the article (the union of "Australian Council of Trade Unions"
// … "ACTU"); the membership carries rule title:acronym-org.
func AcronymTitleOrgs(d *doc.Doc) {
	for _, p := range d.Ents {
		if p.Merged != nil || p.Dropped || p.Kind != graph.Person {
			continue
		}
		for i, r := range p.Roles {
			if r.Org != nil {
				continue
			}
			first, _, ok := strings.Cut(r.Title, " ")
			if !ok || len(first) < 2 || strings.ToUpper(first) != first || strings.ToLower(first) == first {
				continue
			}
			o := orgNamed(d, first)
			if o == nil {
				continue
			}
			for _, m := range d.Mentions {
				if m.Ent.Final() != p || m.Rule != "person:title" || d.Sents[m.Sent].Toks[m.Ts].Text != first {
					continue
				}
				p.Roles[i].Org = o
				MemberOf(d, d.Sents[m.Sent], m.Ts, m.Ts+text.WordCount(r.Title), p, o, r.Title, "title:acronym-org")
				break
			}
		}
	}
}

// orgNamed is the one organization or state body of the article named or aliased name, or nil.
func orgNamed(d *doc.Doc, name string) *doc.Entity {
	var found *doc.Entity
	for _, e := range d.Ents {
		if e.Merged != nil || e.Dropped || e.Kind != graph.Organization && e.Kind != graph.Government {
			continue
		}
		hit := strings.EqualFold(e.Name, name)
		for _, a := range e.Aliases {
			hit = hit || a == name
		}
		if !hit {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}
