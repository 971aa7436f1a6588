package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// postmodifierPreps open the postmodifier of a body's name ("Commission for Nile Waters", "Panel on
// Grain Data", "Committee of Experts"): the words before the first of them are the name's head part.
var postmodifierPreps = []string{" of ", " for ", " on "}

// HeadTailShortForms merges an organization named by the last two or more words of the head part
// of a longer body's name into that body, when the article names the longer body first and names
// the short one with "the": "the Technical Commission" after "the Permanent Joint Technical
// Commission for Nile Waters", "the Working Panel" after "the Joint Working Panel on Grain Data".
// A definite noun phrase refers back to the entity the text introduced with the same head (the
// anaphoric definite description by the head, Quirk et al. 1985, 5.28-5.33; CGEL ch. 5 §6), and
// the proper name's reduced form keeps its head and the modifiers nearest it; HeadShortForms reads
// the form that keeps the whole head part ("the Standing Committee"). Two longer bodies with
// that tail, a short body with a country of its own, a body implied by a title, a dictionary
// body, a state body (stateHeads) and a short name met before the long one are left alone
// (issue 14, analysis26 J2b). firstMention gives each entity's first mention (index into
// d.Mentions).
func HeadTailShortForms(d *doc.Doc, firstMention map[*doc.Entity]int) {
	type long struct {
		e    *doc.Entity
		head []string
	}
	var longs []long
	for _, e := range d.Ents {
		if e.Merged != nil || e.Dropped || e.Kind != graph.Organization && e.Kind != graph.Government {
			continue
		}
		lo := strings.ToLower(e.Name)
		for _, p := range postmodifierPreps {
			if i := strings.Index(lo, p); i > 0 {
				lo = lo[:i]
			}
		}
		if h := strings.Fields(lo); len(h) >= 3 {
			longs = append(longs, long{e, h})
		}
	}
	if len(longs) == 0 {
		return
	}
	for _, e := range d.Ents {
		if e.Merged != nil || e.Dropped || e.Kind != graph.Organization && e.Kind != graph.Government || e.Country != nil ||
			e.Rule == "title:implied-body" || strings.HasPrefix(e.Rule, "lexicon:") || !definiteFirst(d, e) {
			continue
		}
		w := strings.Fields(strings.ToLower(e.Name))
		if len(w) < 2 {
			continue
		}
		if anyStateHead(w) {
			continue
		}
		var found *doc.Entity
		n := 0
		for _, o := range longs {
			if o.e == e || o.e.Final() == e || len(o.head) <= len(w) || strings.Join(o.head[len(o.head)-len(w):], " ") != strings.Join(w, " ") {
				continue
			}
			if fo, ok := firstMention[o.e]; !ok || fo >= firstMention[e] {
				continue
			}
			if found != o.e.Final() {
				n++
			}
			found = o.e.Final()
		}
		if n == 1 && found != e {
			for _, a := range e.Aliases {
				found.AddAlias(a)
			}
			e.MergeInto(found)
		}
	}
}

// definiteFirst reports e's first mention as preceded by "the".
func definiteFirst(d *doc.Doc, e *doc.Entity) bool {
	for _, m := range d.Mentions {
		if m.Ent == e {
			return m.Ts > 0 && d.Sents[m.Sent].Toks[m.Ts-1].Lower == "the"
		}
	}
	return false
}
