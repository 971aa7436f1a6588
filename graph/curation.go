package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// A curation file lets a user correct entity resolution. One rule a line, fields separated by
// '|', '#' starts a comment; names are compared with NormalizeName against an actor's canonical
// name and aliases:
//
//	same-as     | Xi               | Xi Jinping    # the actor named "Xi" is Xi Jinping
//	not-same-as | Foreign Ministry | Julie Bishop  # never merge these two by name
//	rename      | Lifeng           | He Lifeng     # canonical name of the actor named "Lifeng"
//	kind        | Troika           | GROUP         # the actor named "Troika" is a GROUP
//	country     | MOFCOM           | CHN           # the actor named "MOFCOM" is China's
//	rename      | ISHIBA Shigeru   | Ishiba Shigeru # a rename may change only the case
//	drop        | Development Assistance | not an actor  # the right side is the reason, kept
//
// The rules are stored with the graph (Store.SetCuration) and applied to every article merged
// after that: an incoming actor named like the left side of same-as joins the stored actor named
// like the right side (or takes that name when none is stored); rename gives the actor the new
// canonical name (its old name stays an alias); kind sets its kind; country sets its country (an
// ISO 3166-1 alpha-3 / CAMEO country code; the caller checks it names a known country, the graph
// only its shape); not-same-as forbids the name
// matching of MergeArticle to join two actors named like the two sides; drop takes an incoming
// actor named like the left side out of every later article, with its mentions, the relations
// that have it at an end and the claims only it made (curation_drop.go; the right side is the
// user's reason, stored with the rule). A node a rule changed
// carries MergedBy "curation". Storing the rules also renames and retypes the stored actors they
// name; same-as and not-same-as act on later merges only: to join or split actors of articles
// already stored, load those articles into a new store with the rules.

// Curation ops.
const (
	CurateSameAs    = "same-as"
	CurateNotSameAs = "not-same-as"
	CurateRename    = "rename"
	CurateKind      = "kind"
	CurateCountry   = "country"
	CurateDrop      = "drop"
)

// CurationOps lists every op ParseCuration accepts, in the order the docs give them (README's
// command table, docs/curation.md and load --help are checked against it).
var CurationOps = []string{CurateSameAs, CurateNotSameAs, CurateRename, CurateKind, CurateCountry, CurateDrop}

// CurationRule is one line of a curation file.
type CurationRule struct {
	Op   string `json:"op"`
	A    string `json:"a"`
	B    string `json:"b"`
	Line int    `json:"line,omitempty"`
}

// Curation is a parsed curation file.
type Curation struct {
	Source string         `json:"source,omitempty"` // the file it was read from
	Rules  []CurationRule `json:"rules"`
}

// ParseCuration reads a curation file. Errors name source and the line: an unknown op, a missing
// side, a kind that is no actor kind, a rule whose two sides are the same name. Every bad line is
// reported (errors.Join, one "source:line: problem" per line, at most maxCurationErrors of them), so
// that a user fixes the file in one pass; with any bad line no Curation is returned.
func ParseCuration(r io.Reader, source string) (*Curation, error) {
	c := &Curation{Source: source}
	sc := bufio.NewScanner(r)
	n := 0
	var bad []error
	for sc.Scan() {
		if len(bad) == maxCurationErrors {
			bad = append(bad, fmt.Errorf("%s: more bad lines after line %d not listed", source, n))
			break
		}
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 3 {
			bad = append(bad, fmt.Errorf("%s:%d: want 'op | name | name' (3 '|'-separated fields), got %d fields", source, n, len(f)))
			continue
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		rule := CurationRule{Op: strings.ToLower(f[0]), A: f[1], B: f[2], Line: n}
		if rule.A == "" || rule.B == "" {
			bad = append(bad, fmt.Errorf("%s:%d: a rule needs a name on both sides (drop: a name and a reason)", source, n))
			continue
		}
		switch rule.Op {
		case CurateSameAs, CurateNotSameAs, CurateRename:
			// A rename may change only the case ("ISHIBA Shigeru" → "Ishiba Shigeru"): the name
			// is the same for matching, but not as shown; joining a name with itself is no rule.
			if NormalizeName(rule.A) == NormalizeName(rule.B) && (rule.Op != CurateRename || rule.A == rule.B) {
				bad = append(bad, fmt.Errorf("%s:%d: both sides name %q", source, n, rule.A))
				continue
			}
		case CurateKind:
			rule.B = strings.ToUpper(rule.B)
			if !Kind(rule.B).IsActor() {
				bad = append(bad, fmt.Errorf("%s:%d: kind %q is not PERSON, ORGANIZATION, GOVERNMENT, COUNTRY or GROUP", source, n, f[2]))
				continue
			}
		case CurateCountry:
			rule.B = strings.ToUpper(rule.B)
			if !countryShape(rule.B) {
				bad = append(bad, fmt.Errorf("%s:%d: country %q is not a three-letter ISO 3166-1 alpha-3 / CAMEO country code such as CHN", source, n, f[2]))
				continue
			}
		case CurateDrop:
			// the right side is free text: why the name is no actor ("not an actor", "a fund")
		default:
			bad = append(bad, fmt.Errorf("%s:%d: unknown rule %q (want same-as, not-same-as, rename, kind, country or drop)", source, n, f[0]))
			continue
		}
		c.Rules = append(c.Rules, rule)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	if len(bad) > 0 {
		return nil, errors.Join(bad...)
	}
	return c, nil
}

// maxCurationErrors bounds the bad lines ParseCuration lists: enough for a hand-written file, not a
// screenful of one mistake repeated over a generated one.
const maxCurationErrors = 20

// SetCuration stores c (replacing stored rules) for every later MergeArticle; nil removes them.
// It returns the rename, kind and country rules whose left side names no stored actor (they
// changed nothing now and still apply to later loads), so that a caller can warn of a misspelt name.
func (s *Store) SetCuration(ctx context.Context, c *Curation) ([]CurationRule, error) {
	db, err := s.acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer s.mu.RUnlock()
	var unmatched []CurationRule
	err = update(db, func(txn *badger.Txn) error {
		unmatched = nil // update may retry the function on a conflict
		if c == nil || len(c.Rules) == 0 {
			return txn.Delete(CurationKey())
		}
		var err error
		if unmatched, err = applyToStored(txn, c); err != nil {
			return err
		}
		return setJSON(txn, CurationKey(), c)
	})
	if err != nil {
		return nil, fmt.Errorf("graph: set curation: %w", err)
	}
	return unmatched, nil
}

// applyToStored applies the rename and kind rules to the stored actors they name, so that a
// correction given after the articles were loaded shows at once: the node takes the new name
// (the old one stays an alias, indexed as before) or kind, and MergedBy "curation". same-as and
// not-same-as rules only act on later merges (joining two stored nodes would rewrite every
// relation of one of them). It returns the rename, kind and country rules that named no stored
// actor, renames first.
func applyToStored(txn *badger.Txn, c *Curation) ([]CurationRule, error) {
	var unmatched []CurationRule
	// Renames first, then kind and country, so that an attribute rule may name an actor by the
	// name a rename of the same file gives it, whatever the order of the lines (as curate does).
	var rules []CurationRule
	for _, op := range []string{CurateRename, CurateKind, CurateCountry} {
		for _, r := range c.Rules {
			if r.Op == op {
				rules = append(rules, r)
			}
		}
	}
	for _, r := range rules {
		a := NormalizeName(r.A)
		matched := false
		for _, k := range collectKeys(txn, NamePrefix(a), 0) {
			pk, err := Parse(k)
			if err != nil {
				return nil, err
			}
			var n Node
			if err := getJSON(txn, NodeKey(pk.Node), &n); errors.Is(err, ErrNotFound) {
				continue
			} else if err != nil {
				return nil, err
			}
			if !n.Kind.IsActor() || !names(&n, a) {
				continue
			}
			matched = true
			switch r.Op {
			case CurateRename:
				if n.Name == r.B {
					continue
				}
				n.Aliases = append(n.Aliases, n.Name)
				n.Name = r.B
			case CurateKind:
				if n.Kind == Kind(r.B) {
					continue
				}
				n.Kind = Kind(r.B)
			case CurateCountry:
				if n.Country == r.B {
					continue
				}
				n.Country = r.B
			}
			n.MergedBy = "curation"
			canonicalNode(&n)
			if err := setJSON(txn, NodeKey(n.ID), &n); err != nil {
				return nil, err
			}
			for _, ik := range indexKeys(&n) {
				if err := txn.Set(ik, nil); err != nil {
					return nil, err
				}
			}
		}
		if !matched {
			unmatched = append(unmatched, r)
		}
	}
	return unmatched, nil
}

// Curation returns the stored rules, or nil when none are stored.
func (s *Store) Curation(ctx context.Context) (*Curation, error) {
	var c *Curation
	err := s.view(ctx, func(txn *badger.Txn) error {
		var err error
		c, err = readCuration(txn)
		return err
	})
	return c, err
}

func readCuration(txn *badger.Txn) (*Curation, error) {
	var c Curation
	if err := getJSON(txn, CurationKey(), &c); errors.Is(err, ErrNotFound) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	return &c, nil
}

// names reports whether the normalized name norm is n's canonical name or one of its aliases.
func names(n *Node, norm string) bool {
	if NormalizeName(n.Name) == norm {
		return true
	}
	for _, a := range n.Aliases {
		if NormalizeName(a) == norm {
			return true
		}
	}
	return false
}

// curated is what the curation rules decide for the incoming actors of one article.
type curated struct {
	remap   map[string]string // incoming node ID → the node it joins or becomes
	name    map[string]string // incoming node ID → its new canonical name
	kind    map[string]Kind   // incoming node ID → its new kind
	country map[string]string // incoming node ID → its country
	touched map[string]bool   // incoming node IDs a rule changed
	forbid  [][2]string       // normalized name pairs that name matching must not join
}

// curate applies c to the incoming actors of in (not modifying in), in two passes so that the
// rules compose in one load whatever their order in the file: first the identity rules (same-as
// joins the stored actor named like the right side, or takes that name; rename renames), in file
// order; then the attribute rules (kind retypes, country sets the country), which match an actor
// by its names in the article or by the name an identity rule gave it ("same-as | Ag Ministry |
// Ministry of Agriculture (Poland)" then "country | Ministry of Agriculture (Poland) | POL").
func curate(txn *badger.Txn, c *Curation, in *ArticleGraph) (*curated, error) {
	out := &curated{remap: map[string]string{}, name: map[string]string{}, kind: map[string]Kind{}, country: map[string]string{}, touched: map[string]bool{}}
	if c == nil {
		return out, nil
	}
	given := map[string]string{} // incoming node ID → normalized name an identity rule gave it
	for _, r := range c.Rules {
		a, b := NormalizeName(r.A), NormalizeName(r.B)
		switch r.Op {
		case CurateNotSameAs:
			out.forbid = append(out.forbid, [2]string{a, b})
			continue
		case CurateRename, CurateSameAs:
		default:
			continue
		}
		for i := range in.Nodes {
			n := &in.Nodes[i]
			if !n.Kind.IsActor() || !names(n, a) {
				continue
			}
			to, err := storedActorNamed(txn, b, n.ID)
			if err != nil {
				return nil, err
			}
			if to == "" {
				to = ActorID(r.B)
				out.name[n.ID] = r.B
			}
			if to != n.ID {
				out.remap[n.ID] = to
			}
			if r.Op == CurateRename {
				out.name[n.ID] = r.B
			}
			given[n.ID] = b
			out.touched[n.ID] = true
		}
	}
	for _, r := range c.Rules {
		if r.Op != CurateKind && r.Op != CurateCountry {
			continue
		}
		a := NormalizeName(r.A)
		for i := range in.Nodes {
			n := &in.Nodes[i]
			if !n.Kind.IsActor() || !names(n, a) && given[n.ID] != a {
				continue
			}
			if r.Op == CurateKind {
				out.kind[n.ID] = Kind(r.B)
			} else {
				out.country[n.ID] = r.B
			}
			out.touched[n.ID] = true
		}
	}
	return out, nil
}

// storedActorNamed is the one stored actor whose canonical name normalizes to norm (else the one
// that has it as an alias), other than self; "" when there is none or several.
func storedActorNamed(txn *badger.Txn, norm, self string) (string, error) {
	var canonical, alias []string
	for _, k := range collectKeys(txn, NamePrefix(norm), 0) {
		pk, err := Parse(k)
		if err != nil {
			return "", err
		}
		if pk.Node == self {
			continue
		}
		var n Node
		if err := getJSON(txn, NodeKey(pk.Node), &n); errors.Is(err, ErrNotFound) {
			continue
		} else if err != nil {
			return "", err
		}
		if !n.Kind.IsActor() {
			continue
		}
		if NormalizeName(n.Name) == norm {
			canonical = append(canonical, n.ID)
		} else {
			alias = append(alias, n.ID)
		}
	}
	switch {
	case len(canonical) == 1:
		return canonical[0], nil
	case len(canonical) == 0 && len(alias) == 1:
		return alias[0], nil
	}
	return "", nil
}

// forbidden reports whether a not-same-as rule keeps incoming actor n from joining stored or
// incoming actor to (read from the store when not in the article).
func (c *curated) forbidden(txn *badger.Txn, n *Node, to string, incoming map[string]*Node) (bool, error) {
	if len(c.forbid) == 0 {
		return false, nil
	}
	t := incoming[to]
	if t == nil {
		var s Node
		if err := getJSON(txn, NodeKey(to), &s); errors.Is(err, ErrNotFound) {
			return false, nil
		} else if err != nil {
			return false, err
		}
		t = &s
	}
	for _, f := range c.forbid {
		if names(n, f[0]) && names(t, f[1]) || names(n, f[1]) && names(t, f[0]) {
			return true, nil
		}
	}
	return false, nil
}

// countryShape reports a three-letter upper-case code, the shape of ISO 3166-1 alpha-3 and CAMEO
// country codes ("CHN", "USA").
func countryShape(c string) bool {
	if len(c) != 3 {
		return false
	}
	for _, r := range c {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
