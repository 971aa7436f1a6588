package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// Coreference of multi-word names: short forms of organizations and surnames of several words.

// hyphenPlace reports a hyphenated place name whose first part is a place word of nonactors.txt
// ("Saint-Louis", "Port-Gentil"): a place, no person.
func hyphenPlace(lx *lexicons, w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && lx.nonActor[w[:i]] == "place"
}

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
			if !ok || strings.Contains(rest, " ") || !d.lx.orgTail[rest] {
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
		for _, r := range p.roles {
			match.addRole(r.title, r.org)
		}
		for _, a := range p.aliases {
			match.addAlias(a)
		}
		if p.hon {
			match.hon = true
		}
		p.mergeInto(match)
	}
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
