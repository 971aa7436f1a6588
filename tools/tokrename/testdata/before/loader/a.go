package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// A branch written before restruct8: the input floor's names are the loader's own.
type sent struct {
	s    Sentence
	toks []text.Token
}

type doc struct{ c *Cleaned }

func clean(c *Cleaner, d Document) (*Cleaned, error) { return c.Clean(d) }

func published(d Document) string {
	if d.PublishedSource == "" {
		d.PublishedSource = DateFromFlag
	}
	return d.PublishedSource
}

// connector: the word list moved behind a predicate.
func connector(w string) bool { return nameConnectors[strings.ToLower(w)] }

// Fields and keys of other types keep their names.
func evidence(st *sent) graph.Evidence {
	return graph.Evidence{Sentence: st.s.Index, Text: st.s.Text}
}

// restruct7's renames still apply: a token's fields and the moved predicates.
func lower(t text.Token) string {
	if isPrep(t.lower) {
		return ""
	}
	return t.lower
}

// A local of a moved name is left alone.
func local() int {
	Read := 3
	return Read
}
