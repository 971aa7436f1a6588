package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// CommitteeOrders joins the two orders English writes a committee's name in, within one article:
// "the Armed Services Committee of the House" is "the House Armed Services Committee" — the
// body's owner as an of-phrase after the head or as a premodifier before it (Quirk et al. 1985,
// 17.38, the same paraphrase that makes "Ministry of Commerce" the "Commerce Ministry",
// canonicalBody). The of-form joins the premodified form the article also writes (its name kept
// as an alias); with none written, it stays as it is. A subcommittee is no committee: "Subcommittee
// on X of the House Armed Services Committee" keeps its own node (the head differs).
func CommitteeOrders(d *doc.Doc) {
	byName := map[string]*doc.Entity{}
	for _, e := range FinalActors(d) {
		if e.Kind == graph.Government || e.Kind == graph.Organization {
			byName[strings.ToLower(e.Name)] = e
		}
	}
	for _, e := range FinalActors(d) {
		if e.Kind != graph.Government && e.Kind != graph.Organization {
			continue
		}
		alt := CommitteePremodified(e.Name)
		if alt == "" {
			continue
		}
		o := byName[strings.ToLower(alt)]
		if o == nil || o.Final() == e || o.Final().Kind != graph.Government && o.Final().Kind != graph.Organization {
			continue
		}
		o = o.Final()
		if e.Country != nil && o.Country != nil && e.Country != o.Country {
			continue // two states' committees
		}
		for _, a := range e.Aliases {
			o.AddAlias(a)
		}
		if o.Country == nil && e.Country != nil {
			o.Country, o.Code = e.Country, e.Code
		}
		e.MergeInto(o)
	}
}

// CommitteePremodified is "<Owner> <X> Committee" for a name "<X> Committee of [the] <Owner>"
// ("Armed Services Committee of the House" → "House Armed Services Committee"), else "". The
// owner is one to four capitalized words and X at least one word; "Committee on X of …" (a
// postmodified head) has no premodified form here.
func CommitteePremodified(name string) string {
	w := strings.Fields(name)
	for i := 1; i+2 < len(w); i++ {
		if !strings.EqualFold(w[i], "committee") || w[i+1] != "of" {
			continue
		}
		owner := w[i+2:]
		if strings.EqualFold(owner[0], "the") {
			owner = owner[1:]
		}
		if len(owner) == 0 || len(owner) > 4 {
			return ""
		}
		for _, o := range owner {
			if o == "" || strings.ToUpper(o[:1]) != o[:1] {
				return ""
			}
		}
		for _, x := range w[:i] {
			if lx := strings.ToLower(x); lx == "on" || lx == "of" || lx == "for" {
				return ""
			}
		}
		return strings.Join(owner, " ") + " " + strings.Join(w[:i+1], " ")
	}
	return ""
}
