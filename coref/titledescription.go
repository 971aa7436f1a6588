package coref

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// titleDescription reports whether tokens j..i of st, with "the" at j-1, are exactly a title of
// titles.txt of two tokens or more (not an honorific), and returns it.
func titleDescription(d *doc.Doc, st *doc.Sent, i int) *lexicon.Title {
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		if st.Toks[j-1].Lower != "the" {
			continue
		}
		ents, end := d.MatchNames(st, j)
		if end != i+1 {
			continue
		}
		for _, e := range ents {
			if e.Kind == lexicon.EntryTitle && e.Title != nil && e.Title.Class != "honorific" {
				return e.Title
			}
		}
	}
	return nil
}

// titleHolder is the one person mentioned before token i of sentence s, anywhere earlier in the
// document, who holds title tl (sameOffice); nil when none does or when two different persons do.
func titleHolder(d *doc.Doc, s, i int, tl *lexicon.Title) *doc.Entity {
	var found *doc.Entity
	ambiguous := false
	actors.EachMentionBack(d, s, i, s+1, func(m *doc.Mention) bool {
		e := m.Ent.Final()
		if e.Dropped || e.Kind != graph.Person || e == found {
			return true
		}
		for _, r := range e.Roles {
			if sameOffice(d.Lx, r.Title, tl) {
				if found != nil {
					ambiguous = true
					return false
				}
				found = e
				break
			}
		}
		return true
	})
	if ambiguous {
		return nil
	}
	return found
}

// sameOffice reports whether a role written as title names the office tl: the same title, or
// the title with an of- or for-phrase naming its body or portfolio, or another style of the same
// office, both titles of titles.txt implying the same body ("Foreign
// Minister" and "Minister of Foreign Affairs" both imply the Foreign Ministry) and both headed by
// the same noun.
func sameOffice(lx *lexicon.Lexicons, title string, tl *lexicon.Title) bool {
	t := strings.ToLower(strings.TrimSpace(title))
	if t == tl.Title || strings.HasPrefix(t, tl.Title+" of ") || strings.HasPrefix(t, tl.Title+" for ") {
		return true // "High Representative of the Union for …": the title with its postmodifier (Quirk et al. 1985, 17.38)
	}
	o := lx.Titles[t]
	return o != nil && tl.Body != "" && o.Body == tl.Body && titleHead(o.Title) == titleHead(tl.Title)
}

// titleHead is the head noun of a title: the word before "of"/"for" ("minister" of "minister of
// foreign affairs"), else the last word ("minister" of "foreign minister").
func titleHead(t string) string {
	ws := strings.Fields(t)
	for k, w := range ws {
		if k > 0 && (w == "of" || w == "for") {
			return ws[k-1]
		}
	}
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// uniqueTitleHolder checks the person found for a title written as a description ("the
// minister", "the President") against every person the document named before it: a person whose
// title is the description's words exactly ("the President": President Ana Ruiz) outranks one
// whose title only holds its head ("Vice President Mark Dole": a premodifier restricts the
// head's reference, Quirk et al. 1985, 17.101); two persons of the same rank that fit make the
// description ambiguous, and it then refers to none of them (nil). fits tells whether a person
// fits the description.
func uniqueTitleHolder(d *doc.Doc, s, i int, found *doc.Entity, fits func(*doc.Entity) bool) *doc.Entity {
	st := d.Sents[s]
	j := i
	for j > 0 && st.Toks[j-1].Lower != "the" && j > i-4 {
		j--
	}
	words := strings.ToLower(d.SpanText(st, j, i+1))
	var exact, head []*doc.Entity
	seen := map[*doc.Entity]bool{}
	actors.EachMentionBack(d, s, i, s+1, func(m *doc.Mention) bool {
		e := m.Ent.Final()
		if seen[e] || e.Dropped || e.Kind != graph.Person || !fits(e) {
			return true
		}
		seen[e] = true
		for _, r := range e.Roles {
			if strings.EqualFold(strings.TrimSpace(r.Title), words) {
				exact = append(exact, e)
				return true
			}
		}
		head = append(head, e)
		return true
	})
	if !seen[found] {
		seen[found] = true
		head = append(head, found)
	}
	switch {
	case len(exact) == 1:
		return exact[0]
	case len(exact) > 1 || len(head) > 1:
		return nil
	}
	return found
}
