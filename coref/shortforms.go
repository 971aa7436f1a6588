package coref

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// orgShortForms resolves a shorter form of an organization's name to it (rule
// coref:org-short-form): "Northern Prairie" → Northern Prairie Rail, "Kestrel Mining" → Kestrel
// Mining Group. The short form is a run of capitalized words that opens exactly one organization
// name of the article, followed there only by a company-name tail or legal-form word
// (orgtails.txt): either a run with a place word (kept aside by nameChunk) or a run taken for a
// person by its shape alone (no title, no honorific). A place run that names no organization stays
// no actor.
func orgShortForms(d *doc.Doc) {
	var orgs []*doc.Entity
	for _, e := range d.Ents {
		if e.Merged == nil && !e.Dropped && (e.Kind == graph.Organization || e.Kind == graph.Government) && strings.Count(e.Name, " ") >= 1 {
			orgs = append(orgs, e)
		}
	}
	if len(orgs) == 0 {
		return
	}
	opens := func(short string) *doc.Entity {
		var found *doc.Entity
		for _, o := range orgs {
			rest, ok := strings.CutPrefix(strings.ToLower(o.Name), strings.ToLower(short)+" ")
			if !ok || strings.Contains(rest, " ") || !d.Lx.OrgTail[rest] {
				continue
			}
			if found != nil && found != o {
				return nil
			}
			found = o
		}
		return found
	}
	for _, pc := range d.PlaceChunks {
		st := d.Sents[pc[0]]
		if o := opens(d.SpanText(st, pc[1], pc[2])); o != nil {
			if actors.AddMention(d, st, pc[1], pc[2], o, "coref:org-short-form") != nil {
				o.AddAlias(d.SpanText(st, pc[1], pc[2]))
			}
		}
	}
	for _, e := range d.Ents {
		if e.Merged != nil || e.Kind != graph.Person || e.Hon || len(e.Roles) > 0 || len(e.NameToks) < 2 {
			continue
		}
		if o := opens(e.Name); o != nil {
			for _, a := range e.Aliases {
				o.AddAlias(a)
			}
			e.MergeInto(o)
		}
	}
}

// longSurnames merges a name of two or more words into the one longer person name of the article
// that ends with the same words (rule coref:surname): "Ould Cheikh" → Mohamed Lemine Ould Cheikh,
// "Mint Ahmed" → Lalla Mint Ahmed, "García Lorca" → Federico García Lorca. One-word surnames are
// resolveEntities' own rule; two longer names ending alike leave the short one alone.
func longSurnames(d *doc.Doc) {
	var persons []*doc.Entity
	for _, e := range d.Ents {
		if e.Merged == nil && e.Kind == graph.Person && len(e.NameToks) >= 2 {
			persons = append(persons, e)
		}
	}
	for _, p := range persons {
		var match *doc.Entity
		n := 0
		for _, q := range persons {
			if q == p || q.Merged != nil || len(q.NameToks) <= len(p.NameToks) || !endsWithToks(q.NameToks, p.NameToks) {
				continue
			}
			match = q
			n++
		}
		if n != 1 {
			continue
		}
		absorbInto(p, match)
	}
}

// absorbInto merges the shorter name e into the fuller name o of the same person, keeping e's
// roles, aliases and honorific on o.
func absorbInto(e, o *doc.Entity) {
	for _, r := range e.Roles {
		o.AddRole(r.Title, r.Org)
	}
	for _, a := range e.Aliases {
		o.AddAlias(a)
	}
	if e.Hon {
		o.Hon = true
	}
	e.MergeInto(o)
}

func endsWithToks(long, short []string) bool {
	off := len(long) - len(short)
	for i, w := range short {
		if !strings.EqualFold(long[off+i], w) {
			return false
		}
	}
	return true
}

// middleNameForms joins a person named by given and family name alone to the one person of the
// article whose fuller name has the same first and last words and more in between ("Omar
// al-Bashir" → Omar Hassan al-Bashir, "John Smith" → John Michael Smith): news style names a
// person in full once and drops middle names later (AP Stylebook, "middle initials"; the
// Chicago Manual of Style 8.5). Two fuller names that fit ("George Walker Bush", "George
// Herbert Walker Bush") leave the short form alone.
func middleNameForms(d *doc.Doc) {
	var persons []*doc.Entity
	for _, e := range d.Ents {
		if e.Merged == nil && !e.Dropped && e.Kind == graph.Person && len(e.NameToks) >= 2 {
			persons = append(persons, e)
		}
	}
	for _, e := range persons {
		if e.Merged != nil || len(e.NameToks) != 2 {
			continue
		}
		var match *doc.Entity
		n := 0
		for _, o := range persons {
			if o == e || o.Merged != nil || len(o.NameToks) <= 2 {
				continue
			}
			if strings.EqualFold(o.NameToks[0], e.NameToks[0]) && strings.EqualFold(o.NameToks[len(o.NameToks)-1], e.NameToks[1]) {
				match = o
				n++
			}
		}
		if n != 1 {
			continue
		}
		absorbInto(e, match)
	}
}
