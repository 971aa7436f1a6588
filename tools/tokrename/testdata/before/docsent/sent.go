// Package docsent is a branch's loader code written before restruct10 moved the sentence type to
// the package doc: the loader names it through an alias (as loader/doc_doc.go does since), and
// the branch still reads and sets the old lower-case fields.
package docsent

import (
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

type sent = docpkg.Sent

// newSent builds a sentence with the old keys.
func newSent(i int, toks []text.Token) *sent {
	st := &sent{idx: i, toks: toks}
	st.ment = make([]int, len(st.toks))
	return st
}

// quoted reads the fields, the input sentence's own fields (Text) and a paragraph unit's.
func quoted(st *sent, k int) bool {
	if st.headline || st.unit != nil && st.unit.Body > st.s.Start {
		return false
	}
	return st.inQuote[k] && st.toks[k].Text != "" && st.s.Text != ""
}

// other has fields named like the moved ones: they keep their names.
type other struct {
	toks []int
	idx  int
}

func (o other) first() int { return o.toks[o.idx] }
