package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// Coreference of multi-word names: short forms of organizations and surnames of several words.

// orgShortForms resolves a shorter form of an organization's name to it (rule
// coref:org-short-form): "Northern Prairie" → Northern Prairie Rail, "Kestrel Mining" → Kestrel
// Mining Group. The short form is a run of capitalized words that opens exactly one organization
// name of the article, followed there only by a company-name tail or legal-form word
// (orgtails.txt): either a run with a place word (kept aside by nameChunk) or a run taken for a
// person by its shape alone (no title, no honorific). A place run that names no organization stays
// no actor.
func (d *doc) orgShortForms() {
	var orgs []*entity
	for _, e := range d.ents {
		if e.merged == nil && !e.dropped && (e.kind == graph.Organization || e.kind == graph.Government) && strings.Count(e.name, " ") >= 1 {
			orgs = append(orgs, e)
		}
	}
	if len(orgs) == 0 {
		return
	}
	opens := func(short string) *entity {
		var found *entity
		for _, o := range orgs {
			rest, ok := strings.CutPrefix(strings.ToLower(o.name), strings.ToLower(short)+" ")
			if !ok || strings.Contains(rest, " ") || !d.lx.OrgTail[rest] {
				continue
			}
			if found != nil && found != o {
				return nil
			}
			found = o
		}
		return found
	}
	for _, pc := range d.placeChunks {
		st := d.sents[pc[0]]
		if o := opens(d.spanText(st, pc[1], pc[2])); o != nil {
			if d.addMention(st, pc[1], pc[2], o, "coref:org-short-form") != nil {
				o.addAlias(d.spanText(st, pc[1], pc[2]))
			}
		}
	}
	for _, e := range d.ents {
		if e.merged != nil || e.kind != graph.Person || e.hon || len(e.roles) > 0 || len(e.nameToks) < 2 {
			continue
		}
		if o := opens(e.name); o != nil {
			for _, a := range e.aliases {
				o.addAlias(a)
			}
			e.mergeInto(o)
		}
	}
}

// longSurnames merges a name of two or more words into the one longer person name of the article
// that ends with the same words (rule coref:surname): "Ould Cheikh" → Mohamed Lemine Ould Cheikh,
// "Mint Ahmed" → Lalla Mint Ahmed, "García Lorca" → Federico García Lorca. One-word surnames are
// resolveEntities' own rule; two longer names ending alike leave the short one alone.
func (d *doc) longSurnames() {
	var persons []*entity
	for _, e := range d.ents {
		if e.merged == nil && e.kind == graph.Person && len(e.nameToks) >= 2 {
			persons = append(persons, e)
		}
	}
	for _, p := range persons {
		var match *entity
		n := 0
		for _, q := range persons {
			if q == p || q.merged != nil || len(q.nameToks) <= len(p.nameToks) || !endsWithToks(q.nameToks, p.nameToks) {
				continue
			}
			match = q
			n++
		}
		if n != 1 {
			continue
		}
		p.absorbInto(match)
	}
}

// absorbInto merges the shorter name e into the fuller name o of the same person, keeping e's
// roles, aliases and honorific on o.
func (e *entity) absorbInto(o *entity) {
	for _, r := range e.roles {
		o.addRole(r.title, r.org)
	}
	for _, a := range e.aliases {
		o.addAlias(a)
	}
	if e.hon {
		o.hon = true
	}
	e.mergeInto(o)
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
func (d *doc) middleNameForms() {
	var persons []*entity
	for _, e := range d.ents {
		if e.merged == nil && !e.dropped && e.kind == graph.Person && len(e.nameToks) >= 2 {
			persons = append(persons, e)
		}
	}
	for _, e := range persons {
		if e.merged != nil || len(e.nameToks) != 2 {
			continue
		}
		var match *entity
		n := 0
		for _, o := range persons {
			if o == e || o.merged != nil || len(o.nameToks) <= 2 {
				continue
			}
			if strings.EqualFold(o.nameToks[0], e.nameToks[0]) && strings.EqualFold(o.nameToks[len(o.nameToks)-1], e.nameToks[1]) {
				match = o
				n++
			}
		}
		if n != 1 {
			continue
		}
		e.absorbInto(match)
	}
}
