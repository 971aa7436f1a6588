package graph

import (
	"bytes"
	"cmp"
	"encoding/base64"
	"fmt"
	"slices"
)

// OrderField names what a list is sorted by. The zero value sorts by ID (key order), the order
// every list has when no Order is given.
type OrderField string

// Order fields. Not every list takes every field: Relations takes Confidence, EvidenceCount,
// Published and Label; Articles takes Published and Label; Nodes takes Label and Relevance.
const (
	ByID            OrderField = ""
	ByConfidence    OrderField = "CONFIDENCE"     // Relation.Confidence
	ByEvidenceCount OrderField = "EVIDENCE_COUNT" // Relation.EvidenceCount
	// ByPublished sorts an article by its publication date and a relation by the earliest
	// publication date of an article that states it ("first reported"); undated items come last
	// in either direction.
	ByPublished OrderField = "PUBLISHED"
	// ByLabel sorts case-insensitively by label: a node's label, an article's title, a relation's
	// source label, then type, then target label.
	ByLabel OrderField = "LABEL"
	// ByRelevance sorts nodes by how well they match NodeFilter.Search (SearchRank); it is the
	// default order of a search.
	ByRelevance OrderField = "RELEVANCE"
)

// Order sorts a list by Field, descending when Desc; ties are broken by ID, ascending, so the
// order is total and pages are stable.
type Order struct {
	Field OrderField
	Desc  bool
}

// sortEntry is one item of a list sorted in memory: its key (the cursor), and the value sorted on.
type sortEntry[T any] struct {
	key   []byte
	item  T
	num   float64 // numeric sort value
	str   string  // string sort value (when the field is textual)
	undef bool    // no value (an undated item under ByPublished): last in either direction
}

// sortEntries sorts by (undef last, value in the order's direction, key ascending).
func sortEntries[T any](es []sortEntry[T], o Order, textual bool) {
	slices.SortFunc(es, func(a, b sortEntry[T]) int {
		if a.undef != b.undef {
			if a.undef {
				return 1
			}
			return -1
		}
		c := 0
		if textual {
			c = cmp.Compare(a.str, b.str)
		} else {
			c = cmp.Compare(a.num, b.num)
		}
		if o.Desc {
			c = -c
		}
		if c != 0 {
			return c
		}
		return bytes.Compare(a.key, b.key)
	})
}

// windowOf applies Relay's pagination algorithm (ApplyCursorsToEdges, then first or last) to
// entries in list order: it returns the page with its cursors and whether items exist before and
// after it. Cursors are the base64url keys the key-order pager uses, so a cursor stays valid when
// a client switches between first/after and last/before. A cursor that names no entry of the
// list is ErrInvalidKey.
func windowOf[T any](es []sortEntry[T], p PageArgs, k KeyKind) (Page[T], error) {
	var page Page[T]
	locate := func(c string) (int, error) {
		b, err := base64.RawURLEncoding.DecodeString(c)
		if err != nil {
			return 0, fmt.Errorf("graph: cursor %q: %w", c, ErrInvalidKey)
		}
		if pk, err := Parse(b); err != nil || pk.Kind != k {
			return 0, fmt.Errorf("graph: cursor %q is not a %s cursor: %w", c, k, ErrInvalidKey)
		}
		i := slices.IndexFunc(es, func(e sortEntry[T]) bool { return bytes.Equal(e.key, b) })
		if i < 0 {
			return 0, fmt.Errorf("graph: cursor %q names no item of this list (it was removed, or the list changed): %w", c, ErrInvalidKey)
		}
		return i, nil
	}
	start, end := 0, len(es)
	if p.After != "" {
		i, err := locate(p.After)
		if err != nil {
			return page, err
		}
		start = i + 1
	}
	if p.Before != "" {
		i, err := locate(p.Before)
		if err != nil {
			return page, err
		}
		end = i
	}
	if end < start {
		end = start
	}
	switch {
	case p.Last > 0:
		if end-start > p.Last {
			start = end - p.Last
		}
	default:
		first := p.First
		if first <= 0 {
			first = defaultPageSize
		}
		if end-start > first {
			end = start + first
		}
	}
	page.Total = len(es)
	page.HasPrevious = start > 0
	page.HasNext = end < len(es)
	for _, e := range es[start:end] {
		page.Items = append(page.Items, e.item)
		page.Cursors = append(page.Cursors, base64.RawURLEncoding.EncodeToString(e.key))
	}
	return page, nil
}

// inMemory reports whether a list must be collected and sorted in memory: any order but ID, or
// backward paging (last/before), which the key-order pager does not do.
func inMemory(o Order, p PageArgs) bool {
	return o.Field != ByID || p.Last > 0 || p.Before != ""
}
