package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/dgraph-io/badger/v4"
)

// ErrAmbiguous is returned (wrapped, as a *NameError) by ResolveNode for a name that names
// several nodes.
var ErrAmbiguous = errors.New("ambiguous name")

// NameError is ResolveNode's error for a name it cannot turn into one node: Err is ErrAmbiguous
// when several nodes are named Ref (Nodes: all of them) or when none is but Ref is a full personal
// name whose surname names persons (Surname; Nodes: those persons), ErrNotFound when none is (Nodes: up to
// five whose names or aliases contain Ref, as a hint; maybe none). errors.Is sees Err.
type NameError struct {
	Ref   string
	Nodes []*Node
	Err   error
	// Surname is set when no node is named Ref, a full personal name ("Mike Pence"), and Nodes
	// are the persons named by its surname alone ("Pence", alias "Vice President Pence"); Err is
	// then ErrAmbiguous: they are candidates to confirm by ID, not a silent answer.
	Surname string
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
	case e.Surname != "" && e.Surname == NormalizeName(e.Ref):
		return fmt.Sprintf("no node is named %q; persons with that surname: %s; give an ID", e.Ref, list)
	case e.Surname != "":
		return fmt.Sprintf("no node is named %q; persons named by its surname %q: %s; give an ID", e.Ref, e.Surname, list)
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
// several are, or when none is but ref has the shape of a full personal name and persons are
// named by its surname alone ("Mike Pence" → the node "Pence": NameError.Surname, querySurname);
// the store's and the context's errors as they come.
func (s *Store) ResolveNode(ctx context.Context, ref string) (string, error) {
	if KindOfID(ref) != "" {
		return ref, nil
	}
	want := NormalizeName(ref)
	if strings.TrimSpace(want) == "" {
		return "", &NameError{Ref: ref, Err: ErrNotFound}
	}
	exact, near, err := s.namedNodes(ctx, ref, want)
	if err != nil {
		return "", err
	}
	switch {
	case len(exact) == 1:
		return exact[0].ID, nil
	case len(exact) > 1:
		return "", &NameError{Ref: ref, Nodes: exact, Err: ErrAmbiguous}
	}
	if sur := querySurname(want); sur != "" {
		named, _, err := s.namedNodes(ctx, sur, sur)
		if err != nil {
			return "", err
		}
		var persons []*Node
		words := strings.Fields(want)
		given := words[0]
		for _, n := range named {
			// a person whose own name is the surname alone ("Pence"), or a fuller name with the
			// query's given name; one whose name gives another given name ("Karen Pence", with
			// "Pence" as an alias) is another person
			if own := strings.Fields(NormalizeName(n.Name)); n.Kind == Person && (len(own) == 1 || own[0] == given) {
				persons = append(persons, n)
			}
		}
		// a fuller name of the same person: the surname index's persons whose given names the
		// query's are compatible with ("Recep Erdogan" → "Recep Tayyip Erdogan": a middle name
		// left out, givenCompatible, the rule the loader merges person names by)
		indexed, err := s.surnamePersons(ctx, sur, nil)
		if err != nil {
			return "", err
		}
		for _, n := range indexed {
			own := strings.Fields(NormalizeName(n.Name))
			if !slices.ContainsFunc(persons, func(p *Node) bool { return p.ID == n.ID }) && givenCompatible(words[:len(words)-1], givenNames(n, own)) {
				persons = append(persons, n)
			}
		}
		if len(persons) > 0 {
			return "", &NameError{Ref: ref, Nodes: persons, Err: ErrAmbiguous, Surname: sur}
		}
	}
	if personWord(want) {
		// a surname alone ("Erdogan") that names no node: the persons whose family name or a
		// name's last word it is are candidates, never a silent answer (as for a full name)
		persons, err := s.surnamePersons(ctx, want, near)
		if err != nil {
			return "", err
		}
		if len(persons) > 0 {
			return "", &NameError{Ref: ref, Nodes: persons, Err: ErrAmbiguous, Surname: want}
		}
	}
	if personWord(want) || querySurname(want) != "" {
		// a person-shaped reference begins at a word: "Lu" inside "Paris Club" is no hint
		near = slices.DeleteFunc(near, func(n *Node) bool { return !namesWords(n, want) })
	}
	return "", &NameError{Ref: ref, Nodes: near, Err: ErrNotFound}
}

// personWord reports whether want (normalized) is one word of letters, at least two, that may be
// a surname ("erdogan", "o'brien", "al-assad").
func personWord(want string) bool {
	if strings.Contains(want, " ") {
		return false
	}
	letters := 0
	for _, r := range want {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == '-' || r == '\'':
		default:
			return false
		}
	}
	return letters >= 2
}

// surnamePersons are the persons whose family name is sur (normalized): those the surname index
// keys under it (familyName of the canonical name), and those of also whose name or an alias
// ends in the word sur ("President Erdogan"), in ID order.
func (s *Store) surnamePersons(ctx context.Context, sur string, also []*Node) ([]*Node, error) {
	var ids []string
	err := s.view(ctx, func(txn *badger.Txn) error {
		for _, k := range collectKeys(txn, SurnamePrefix(sur), 0) {
			pk, err := Parse(k)
			if err != nil {
				return err
			}
			ids = append(ids, pk.Node)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	found, err := s.NodesByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	var out []*Node
	for _, id := range ids {
		if n := found[id]; n != nil && n.Kind == Person {
			out = append(out, n)
		}
	}
	for _, n := range also {
		if n.Kind != Person || slices.ContainsFunc(out, func(o *Node) bool { return o.ID == n.ID }) {
			continue
		}
		for _, a := range append([]string{n.Name}, n.Aliases...) {
			if w := strings.Fields(NormalizeName(a)); len(w) > 0 && w[len(w)-1] == sur {
				out = append(out, n)
				break
			}
		}
	}
	slices.SortFunc(out, func(a, b *Node) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

// namesWords reports whether want (normalized) begins at a word of n's name or an alias
// (normalized): "lu kan" in "lu kang", a typo's hint, but not "lu" inside "paris club".
func namesWords(n *Node, want string) bool {
	for _, a := range append([]string{n.Name, n.Label()}, n.Aliases...) {
		w := strings.Fields(NormalizeName(a))
		for i := range w {
			if strings.HasPrefix(strings.Join(w[i:], " "), want) {
				return true
			}
		}
	}
	return false
}

// namedNodes returns the nodes whose name or an alias folds to want (NormalizeName of ref), and up
// to maxNearNames others that the search for ref finds (names that contain it), best first.
func (s *Store) namedNodes(ctx context.Context, ref, want string) (exact, near []*Node, err error) {
	q := strings.ToLower(strings.TrimSpace(ref))
	after := ""
	for {
		// A search is ranked (SearchRank): every node named ref ranks RankExact, ahead of the
		// rest, so the pages end with the first page that holds a lesser match.
		p, err := s.Nodes(ctx, NodeFilter{Search: ref}, PageArgs{First: 1000, After: after})
		if err != nil {
			return nil, nil, err
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
			return exact, near, nil
		}
		after = p.Cursors[len(p.Cursors)-1]
	}
}

// querySurname is the surname of a reference that has the shape of a full personal name: two to
// four words of letters (an initial "W." and hyphened or apostrophed names included), the last of
// which is the family name in the English order of personal names (given names, then family
// name; the last-token surname the store's surname index keys a person by, SurnameKey). News text often names a person by surname alone after the first
// mention, so a person node may be only "Pence" (with "Vice President Pence"); "Mike Pence" then
// names no node, and the surname's persons are the candidates. "" when ref is not so shaped.
func querySurname(want string) string {
	words := strings.Fields(want)
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		letters := 0
		for _, r := range w {
			switch {
			case unicode.IsLetter(r):
				letters++
			case r == '.' || r == '-' || r == '\'':
			default:
				return ""
			}
		}
		if letters == 0 {
			return ""
		}
	}
	last := strings.Trim(words[len(words)-1], ".-'")
	if len([]rune(last)) < 2 {
		return "" // "John F." ends in an initial: no surname
	}
	return last
}
