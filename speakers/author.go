package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// AuthorShortForms merges into the author of a document that speaks in a body's voice (a title
// or header names it: rule title:speaker) the body the document names only by a definite short
// form of the author's own name: "the Congress" in the Nigeria Labour Congress's press release,
// "the Union" in a farmers' union's. In the author's own text a definite noun phrase that
// repeats the head of its name refers back to the author (Halliday & Hasan 1976, Cohesion in
// English, ch. 6: reiteration of a name in part, with "the" as the reference item), whatever
// body the bare word would name elsewhere (a legislature for "Congress"). Only a body with no
// country and no dictionary entry of its own (a known actor stays itself), named by a proper
// tail of the author's name, and only where every mention of it is that definite form inside
// the author's paragraphs.
func AuthorShortForms(d *doc.Doc) {
	var author *doc.Entity
	for _, st := range d.Sents {
		u := st.Unit
		if u == nil || u.Role != discourse.Titled || u.Speaker.Empty() {
			continue
		}
		a := UnitSpeaker(d, u)
		if a == nil || a.Kind != graph.Organization && a.Kind != graph.Government {
			return
		}
		if author != nil && a != author {
			return // two voices: no one author
		}
		author = a
	}
	if author == nil {
		return
	}
	aw := strings.Fields(strings.ToLower(author.Name))
	if i := strings.Index(author.Name, " ("); i > 0 {
		aw = strings.Fields(strings.ToLower(author.Name[:i]))
	}
	short := map[*doc.Entity]bool{}
	for _, m := range d.Mentions {
		e := m.Ent.Final()
		if e == author || e.Dropped || e.Kind != graph.Organization && e.Kind != graph.Government {
			continue
		}
		ew := strings.Fields(strings.ToLower(e.Name))
		if e.Country != nil || len(ew) == 0 || len(ew) >= len(aw) || strings.Join(aw[len(aw)-len(ew):], " ") != strings.Join(ew, " ") ||
			strings.HasPrefix(e.Rule, "lexicon:") {
			continue
		}
		st := d.Sents[m.Sent]
		definite := m.Ts > 0 && st.Toks[m.Ts-1].Lower == "the"
		own := st.Unit != nil && st.Unit.Role == discourse.Titled && UnitSpeaker(d, st.Unit) == author
		if _, seen := short[e]; !seen {
			short[e] = true
		}
		short[e] = short[e] && definite && own
	}
	for e, ok := range short {
		if ok {
			author.AddAlias("the " + e.Name)
			e.MergeInto(author)
		}
	}
}
