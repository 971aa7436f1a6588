package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// A branch written before restruct9: the lexicon floor's types, fields, kinds and helpers are
// the loader's own.
type lexDoc struct{ lx *lexicons }

// mark has fields named like the moved ones (next, kind, title): they keep their names.
type mark struct {
	next  *mark
	kind  int
	title string
}

func (d *lexDoc) capital(w string) *country {
	n := d.lx.names.next[strings.ToLower(w)]
	if n == nil {
		return nil
	}
	for _, e := range n.entries {
		if e.kind == lkCapital && e.country != nil && len(e.country.nameWords) > 1 {
			return e.country
		}
	}
	return nil
}

// orgTail is a field of actorLex, promoted into lexicons.
func (d *lexDoc) cueWord(w string) bool {
	return d.lx.cues.next[w] != nil && !d.lx.stop[w] && !d.lx.orgTail[w] && d.lx.gendered[w] == 0
}

func sector(tl *title, a *knownActor, c *cue) string { return sectorOf(tl.Body + a.Country + c.Cameo) }

func kinds() map[lexKind]string { return map[lexKind]string{lkCountry: "country", lkTitle: "title"} }

func entry(c *country) lexEntry { return lexEntry{kind: lkCountry, country: c, caps: true} }

func walk(t *trie, words []string) ([]lexEntry, int) {
	var best []lexEntry
	end := 0
	for i, w := range words {
		if t = t.next[w]; t == nil {
			break
		}
		if len(t.entries) > 0 {
			best, end = t.entries, i+1
		}
	}
	return best, end
}

// Locals and other types' fields of a moved name are left alone.
func (m *mark) last(title string) (*mark, string) {
	for m.next != nil && m.kind == 0 {
		m = m.next
	}
	country := title + m.title
	return m, country
}

// places stands for a word list main has moved to data/wordclasses (now a lexicon.WordSet) while
// the branch indexed the old map.
var places = lexicon.WordClass("locativepreps")

func placeWord(w string) bool { return places[strings.ToLower(w)] && !places[w+"s"] }
