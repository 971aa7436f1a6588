package graph

import (
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dgraph-io/badger/v4"
)

// sameActorPossible says whether stored or incoming actors a and b may be one entity: compatible
// kinds, neither local to its article, and not of two different countries (two national bodies
// named alike, "Foreign Ministry (China)" and "Foreign Ministry (Australia)", stay apart).
func sameActorPossible(a, b *Node) bool {
	if !compatible(a.Kind, b.Kind) || a.Local || b.Local {
		return false
	}
	ca, cb := a.ActorCountry(), b.ActorCountry()
	return ca == "" || cb == "" || ca == cb
}

// compatible says whether actors of kinds a and b may be one entity: a GROUP only with a GROUP, a
// PERSON only with a PERSON, and organizations, governments and countries with each other
// ("Washington" is a country in one article and the government in the next).
func compatible(a, b Kind) bool {
	if !a.IsActor() || !b.IsActor() {
		return false
	}
	if a == Group || b == Group || a == Person || b == Person {
		return a == b
	}
	return true
}

// matchActor finds the one stored actor an unstored incoming actor n names, or "". Candidates
// must be able to be the same actor (sameActorPossible: no two countries, nothing local). It tries n's
// normalized canonical name in the name index, then (only if that found nothing) its aliases. A
// person's alias is tried only when it has two or more tokens and no abbreviated title ("Mr.
// Ruan" names a surname, not a person). A single-token person name ("Mnuchin") also matches
// stored persons by surname; a multi-token person name that found nothing is matched by surname
// and given names (see matchPersonName). The match must be unique counting rivals in the same article: other
// incoming actors that are not stored and fit the same name make it ambiguous. The result depends
// only on the stored state and the article, not on map order.
func matchActor(txn *badger.Txn, n *Node, article []rival) (string, error) {
	if n.Local {
		return "", nil
	}
	norm := NormalizeName(n.Name)
	if norm != "" {
		found, err := candidates(txn, n, norm, article, true)
		if err != nil || len(found) > 0 {
			return pickStored(txn, found), err
		}
	}
	found := map[string]bool{}
	for _, a := range n.Aliases {
		an := NormalizeName(a)
		if an == "" || an == norm {
			continue
		}
		if n.Kind == Person {
			f := strings.Fields(an)
			if len(f) < 2 || slices.ContainsFunc(f, func(t string) bool { return strings.HasSuffix(t, ".") }) {
				continue
			}
		}
		c, err := candidates(txn, n, an, article, false)
		if err != nil {
			return "", err
		}
		for id := range c {
			found[id] = true
		}
	}
	if len(found) > 0 || n.Kind != Person {
		return pickStored(txn, found), nil
	}
	return matchPersonName(txn, n, norm, article)
}

// matchPersonName matches a person with a multi-token name that neither its name nor its aliases
// found: to the one person with the same surname and compatible given names ("Steve Mnuchin" or
// "Steven T. Mnuchin" → a stored "Steven Mnuchin"; see givenCompatible), else, when no stored
// person has that surname, to the one stored person known only by it ("Mnuchin", loaded before
// any article gave the full name). Rivals in the article count: another unstored person with a
// compatible name makes the first rule ambiguous, and any other unstored person with that surname
// the second.
func matchPersonName(txn *badger.Txn, n *Node, norm string, article []rival) (string, error) {
	toks := strings.Fields(norm)
	if len(toks) < 2 {
		return "", nil
	}
	surname, given := familyName(n, toks), givenNames(n, toks)
	full := map[string]bool{}
	namesakes := 0
	for _, k := range collectKeys(txn, SurnamePrefix(surname), 0) {
		pk, err := Parse(k)
		if err != nil {
			return "", err
		}
		c, err := storedPerson(txn, pk.Node)
		if err == nil && c != nil && !sameActorPossible(n, c) {
			continue
		}
		if err != nil || c == nil || c.ID == n.ID {
			if err != nil {
				return "", err
			}
			continue
		}
		namesakes++
		ct := strings.Fields(NormalizeName(c.Name))
		if len(ct) > 1 && familyName(c, ct) == surname && givenCompatible(given, givenNames(c, ct)) {
			full[c.ID] = true
		}
	}
	for _, r := range article {
		if r.id != n.ID && r.kind == Person && r.surname == surname && givenCompatible(given, r.given) {
			full[r.id] = true
		}
	}
	if len(full) > 0 {
		return pickStored(txn, full), nil
	}
	if namesakes > 0 {
		return "", nil
	}
	for _, r := range article {
		if r.id != n.ID && r.kind == Person && r.surname == surname {
			return "", nil
		}
	}
	bare := map[string]bool{}
	for _, k := range collectKeys(txn, NamePrefix(surname), 0) {
		pk, err := Parse(k)
		if err != nil {
			return "", err
		}
		c, err := storedPerson(txn, pk.Node)
		if err != nil {
			return "", err
		}
		if c != nil && c.ID != n.ID && NormalizeName(c.Name) == surname && sameActorPossible(n, c) && !officesContradict(n, c) {
			bare[c.ID] = true
		}
	}
	return pickStored(txn, bare), nil
}

// storedPerson reads node id if it is a stored PERSON; nil otherwise.
func storedPerson(txn *badger.Txn, id string) (*Node, error) {
	var c Node
	if err := getJSON(txn, NodeKey(id), &c); errors.Is(err, ErrNotFound) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	if c.Kind != Person {
		return nil, nil
	}
	return &c, nil
}

// givenCompatible reports whether two lists of normalized given-name tokens (the name without its
// surname) can name one person: the first names are equal, one is the initial of the other ("j."
// and "john"), or one of at least three letters begins the other (the short form of a name:
// "steve" and "steven", "dan" and "daniel"); and the middle names, when both have any, have the
// same initials ("steven t." and "steven" agree; "george h. w." and "george w." do not). This is
// the given-name comparison of record linkage practice (first-name prefix and initial
// agreement); it cannot tell "Dan" from "Dana", which the uniqueness rules around it guard.
func givenCompatible(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 || !firstNameMatch(a[0], b[0]) {
		return false
	}
	ai, bi := initials(a[1:]), initials(b[1:])
	return ai == "" || bi == "" || ai == bi
}

func firstNameMatch(x, y string) bool {
	x, y = strings.TrimRight(x, "."), strings.TrimRight(y, ".")
	if x == "" || y == "" {
		return false
	}
	if x == y {
		return true
	}
	if utf8.RuneCountInString(x) > utf8.RuneCountInString(y) {
		x, y = y, x
	}
	if utf8.RuneCountInString(x) == 1 {
		return strings.HasPrefix(y, x)
	}
	return utf8.RuneCountInString(x) >= 3 && strings.HasPrefix(y, x)
}

func initials(toks []string) string {
	var b strings.Builder
	for _, t := range toks {
		if r, _ := utf8.DecodeRuneInString(t); r != utf8.RuneError {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// pickStored returns the only candidate if there is exactly one and it is stored.
func pickStored(txn *badger.Txn, found map[string]bool) string {
	if len(found) != 1 {
		return ""
	}
	for id := range found {
		if exists(txn, NodeKey(id)) {
			return id
		}
	}
	return ""
}

// rival is an incoming actor that is not stored, with its normalized names, so that it can make a
// match ambiguous.
type rival struct {
	node    *Node
	id      string
	kind    Kind
	names   map[string]bool // normalized name and aliases
	surname string          // last token of a multi-token person name
	given   []string        // the tokens before it
}

func newRival(n *Node) rival {
	r := rival{node: n, id: n.ID, kind: n.Kind, names: map[string]bool{}}
	for _, a := range append([]string{n.Name}, n.Aliases...) {
		r.names[NormalizeName(a)] = true
	}
	if n.Kind == Person {
		if f := strings.Fields(NormalizeName(n.Name)); len(f) > 1 {
			r.surname, r.given = familyName(n, f), givenNames(n, f)
		}
	}
	return r
}

// candidates lists the compatible stored actors indexed under norm (and, for a single-token person
// name when canonical is set, under that surname), plus unstored rivals in the article.
func candidates(txn *badger.Txn, n *Node, norm string, article []rival, canonical bool) (map[string]bool, error) {
	found := map[string]bool{}
	prefixes := [][]byte{NamePrefix(norm)}
	surname := canonical && n.Kind == Person && !strings.Contains(norm, " ")
	if surname {
		prefixes = append(prefixes, SurnamePrefix(norm))
	}
	for _, pre := range prefixes {
		for _, k := range collectKeys(txn, pre, 0) {
			pk, err := Parse(k)
			if err != nil {
				return nil, err
			}
			if pk.Node == n.ID || found[pk.Node] {
				continue
			}
			var c Node
			if err := getJSON(txn, NodeKey(pk.Node), &c); errors.Is(err, ErrNotFound) {
				continue
			} else if err != nil {
				return nil, err
			}
			if sameActorPossible(n, &c) && !(surname && officesContradict(n, &c)) {
				// a surname alone with a title joins no namesake whose offices contradict it
				found[pk.Node] = true
			}
		}
	}
	for _, r := range article {
		if r.id == n.ID || !sameActorPossible(n, r.node) {
			continue
		}
		if r.names[norm] || (surname && r.surname == norm && !officesContradict(n, r.node)) {
			found[r.id] = true
		}
	}
	return found, nil
}
