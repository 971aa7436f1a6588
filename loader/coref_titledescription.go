package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// Titles written as definite descriptions (rule coref:definite): "the Prime Minister", "the High
// Representative", "the Foreign Minister" after the person was introduced with that title and
// name ("Prime Minister Tomas Berg", "Canada's Minister of Foreign Affairs, Helena Marsh"). The
// anaphoric use of "the" (Quirk et al. 1985, 5.30–5.33) refers back to a referent the text has
// made unique; a definite description whose head is a title refers to the one person named
// before with that title (Poesio & Vieira 1998, "direct anaphora": same head noun). Statements
// and readouts name their principal once and then call him by his office alone, capitalized as
// the office is (AP Stylebook, "titles": a formal title standing alone may be capitalized in
// such texts). A title of several words puts capitalized words between "the" and the head, which
// the premodifier reading of resolveDefinite refuses as a name restricting the reference; here
// the words after "the" are matched as one title of titles.txt instead. Two persons named before
// with the title make the description ambiguous: no antecedent (an unresolved description is
// left alone rather than guessed).

// titleDescription reports whether tokens j..i of st, with "the" at j-1, are exactly a title of
// titles.txt of two tokens or more (not an honorific), and returns it.
func (d *doc) titleDescription(st *sent, i int) *lexicon.Title {
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
func (d *doc) titleHolder(s, i int, tl *lexicon.Title) *entity {
	var found *entity
	ambiguous := false
	actors.EachMentionBack(d.Doc, s, i, s+1, func(m *mention) bool {
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
func (d *doc) uniqueTitleHolder(s, i int, found *entity, fits func(*entity) bool) *entity {
	st := d.Sents[s]
	j := i
	for j > 0 && st.Toks[j-1].Lower != "the" && j > i-4 {
		j--
	}
	words := strings.ToLower(d.SpanText(st, j, i+1))
	var exact, head []*entity
	seen := map[*entity]bool{}
	actors.EachMentionBack(d.Doc, s, i, s+1, func(m *mention) bool {
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
