package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// ErrAmbiguous is returned (wrapped, as a *NameError) by ResolveNode for a name that names
// several nodes.
var ErrAmbiguous = errors.New("ambiguous name")

// NameError is ResolveNode's error for a name it cannot turn into one node: Err is ErrAmbiguous
// when several nodes are named Ref (Nodes: all of them), ErrNotFound when none is (Nodes: up to
// five whose names or aliases contain Ref, as a hint; maybe none). errors.Is sees Err.
type NameError struct {
	Ref   string
	Nodes []*Node
	Err   error
}

// Error is Text followed by the cause (": ambiguous name", ": graph: not found").
func (e *NameError) Error() string { return e.Text() + ": " + e.Err.Error() }

// Text names Ref and lists the candidates as "Label (ID)", without the cause.
func (e *NameError) Text() string {
	parts := make([]string, len(e.Nodes))
	for i, n := range e.Nodes {
		parts[i] = fmt.Sprintf("%s (%s)", n.Label(), n.ID)
	}
	list := strings.Join(parts, ", ")
	switch {
	case e.Err == ErrAmbiguous:
		return fmt.Sprintf("%q names %d nodes: %s; give an ID", e.Ref, len(e.Nodes), list)
	case len(e.Nodes) > 0:
		return fmt.Sprintf("no node is named %q; names that contain it: %s", e.Ref, list)
	}
	return fmt.Sprintf("no node is named %q", e.Ref)
}

// Unwrap returns ErrAmbiguous or ErrNotFound.
func (e *NameError) Unwrap() error { return e.Err }

// maxNearNames is how many nodes whose names merely contain the reference a NameError lists.
const maxNearNames = 5

// ResolveNode returns the ID of the node that ref names: ref itself when it is an ID (it has an
// ID prefix, see KindOfID; whether the store holds it is the caller's to find out), else the one
// actor, policy or claim whose name or alias is ref, compared as NormalizeName folds them
// ("ruan zongze" and "Ruan Zongze" are one name; "Ruan" is one too when it is an alias). It is
// the one resolver of every place a user may type a name for a node: `export --around`, the
// /export endpoint's around, and the GraphQL arguments that take a node (path's from and to,
// neighborhood's id, ...). Errors: a *NameError wrapping ErrNotFound (listing up to five nodes
// whose names contain ref) when no node is named so, or ErrAmbiguous (listing them all) when
// several are; the store's and the context's errors as they come.
func (s *Store) ResolveNode(ctx context.Context, ref string) (string, error) {
	if KindOfID(ref) != "" {
		return ref, nil
	}
	want := NormalizeName(ref)
	if strings.TrimSpace(want) == "" {
		return "", &NameError{Ref: ref, Err: ErrNotFound}
	}
	var exact, near []*Node
	q := strings.ToLower(strings.TrimSpace(ref))
	after := ""
	for {
		// A search is ranked (SearchRank): every node named ref ranks RankExact, ahead of the
		// rest, so the pages end with the first page that holds a lesser match.
		p, err := s.Nodes(ctx, NodeFilter{Search: ref}, PageArgs{First: 1000, After: after})
		if err != nil {
			return "", err
		}
		past := false
		for _, n := range p.Items {
			if names(n, want) { // curation.go: the name or an alias folds to want
				exact = append(exact, n)
			} else if len(near) < maxNearNames {
				near = append(near, n)
			}
			past = past || SearchRank(n, q) != RankExact
		}
		if past || !p.HasNext || len(p.Cursors) == 0 {
			break
		}
		after = p.Cursors[len(p.Cursors)-1]
	}
	switch {
	case len(exact) == 1:
		return exact[0].ID, nil
	case len(exact) > 1:
		return "", &NameError{Ref: ref, Nodes: exact, Err: ErrAmbiguous}
	}
	return "", &NameError{Ref: ref, Nodes: near, Err: ErrNotFound}
}
