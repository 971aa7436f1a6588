package graph

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// maxConflictRetries is how often a transaction is retried after badger.ErrConflict (another
// MergeArticle or DeleteArticle changed a key it read) before the error is returned.
const maxConflictRetries = 5

// storedArticle is the value of an article record: the article and the hash MergeArticle uses to
// recognize a reload of the same content.
type storedArticle struct {
	Article
	Hash string `json:"hash"`
}

// ArticleHash is the content hash MergeArticle stores with an article: hex SHA-256 over its text
// and metadata (title, URL, publication date, authors, outlet). Source, the file it was read
// from, is left out so that loading the same article from another file is still a no-op.
func ArticleHash(a *Article) string {
	b, _ := json.Marshal(struct {
		Title, URL, PublishedAt, Outlet, Text string
		Authors                               []string
	}{a.Title, a.URL, a.PublishedAt, a.Outlet, a.Text, a.Authors})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// MergeArticle stores one article's graph. It returns Skipped when an article with the same ID and
// content hash (ArticleHash) is stored, and then writes nothing; when the stored article with that
// ID (that URL) has another hash, its facts are removed first (as DeleteArticle) and Replaced is
// set. An article whose ID is not stored but whose text (TextKey) is, under another ID (another
// URL, or none: loaded with or without a manifest, from another file), is the same article: it
// is Skipped too and SameTextAs names the stored one, which is kept with its URL and metadata
// (see merge_text.go) — unless the new one has richer metadata (Richer: a URL where the stored
// one has none, else a publication date, else an outlet): then the stored one is replaced by it
// (its facts removed as DeleteArticle), Replaced is set and Upgraded names it. Under the same ID,
// the same text with poorer metadata than the stored article's is Skipped too (KeptRicher): the
// richer copy is kept. The hash covers the article, not the graph extracted from it: to store a
// new extraction of an unchanged article, DeleteArticle it first. g is not modified.
//
// Actors whose ID is not stored are matched to stored actors by name (see resolve; never across
// two countries or to or from a Local actor; the stored curation rules first, see Curation) and
// renamed to them throughout the article, claims of a renamed speaker with them; nodes are merged (aliases
// and roles united), relations with the same ID pool their evidence (one stored value per
// article, so merging costs the same however many articles a relation already has), which
// decides Confidence and Hedged.
//
// Everything is written in one Badger transaction, retried on badger.ErrConflict. An article too
// large for one transaction (badger.ErrTxnTooBig) is written in several, in this order: removal of
// the old version (its article record first), nodes, relations, mentions, and the article record
// last; each record is written in one transaction with its index keys. A crash in between leaves a
// consistent store that opens and answers, without that article's record (so the article is not
// listed), and the next MergeArticle of the article removes the partial facts and loads it again.
//
// Errors: invalid input (nil graph, empty or 0x00-containing IDs, evidence or mentions of another
// article, relations to nodes neither in g nor stored, negative offsets), ErrClosed, the context's
// error, and Badger errors (read-only store, conflicts after retries).
func (s *Store) MergeArticle(ctx context.Context, g *ArticleGraph) (MergeResult, error) {
	return s.merge(ctx, g, false)
}

// RestoreArticle is MergeArticle without entity resolution: every node and relation keeps the ID
// it has in g. It is for reloading a backup (an export of this store), whose actors were resolved
// when they were first loaded; matching them by name again could merge two actors the store kept
// apart. Errors as MergeArticle.
func (s *Store) RestoreArticle(ctx context.Context, g *ArticleGraph) (MergeResult, error) {
	return s.merge(ctx, g, true)
}

// merge is MergeArticle; exact skips entity resolution (RestoreArticle).
func (s *Store) merge(ctx context.Context, g *ArticleGraph, exact bool) (MergeResult, error) {
	in, err := prepare(g)
	if err != nil {
		return MergeResult{}, err
	}
	db, err := s.acquire(ctx)
	if err != nil {
		return MergeResult{}, err
	}
	defer s.mu.RUnlock()
	if err := s.checkFreeSpace(); err != nil {
		return MergeResult{}, err
	}
	if err := s.ensureTextIndex(ctx, db); err != nil {
		return MergeResult{}, err
	}
	if err := s.ensureTitleIndex(ctx, db); err != nil {
		return MergeResult{}, err
	}
	ctx, stop := s.writeContext(ctx)
	defer stop()
	hash := ArticleHash(&in.Article)

	var res MergeResult
	err = update(db, func(txn *badger.Txn) error {
		res = MergeResult{ArticleID: in.Article.ID}
		old, err := getArticle(txn, in.Article.ID)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		if old != nil && old.Hash == hash {
			res.Skipped = true
			return nil
		}
		if old != nil && keptRicher(old, &in.Article) {
			res.Skipped, res.KeptRicher = true, true
			return nil
		}
		if old == nil {
			first, err := sameTextArticle(txn, TextKey(&in.Article), in.Article.ID)
			if err != nil {
				return err
			}
			if first != nil && !Richer(&in.Article, &first.Article) {
				keepFirst(&res, first)
				_, err := deleteFacts(txn, in.Article.ID, 0) // remains of an interrupted load, if any
				return err
			}
			if first != nil { // the same text with metadata the stored copy lacks: replace it
				res.Upgraded = first.ID
				if err := deleteArticleRecord(txn, first.ID, first); err != nil {
					return err
				}
				if _, err := deleteFacts(txn, first.ID, 0); err != nil {
					return err
				}
			}
		}
		res.Replaced = old != nil || res.Upgraded != ""
		if old != nil || hasFacts(txn, in.Article.ID) {
			if err := deleteArticleRecord(txn, in.Article.ID, old); err != nil {
				return err
			}
			if _, err := deleteFacts(txn, in.Article.ID, 0); err != nil {
				return err
			}
		}
		p, err := resolve(txn, in, exact)
		if err != nil {
			return err
		}
		if p.nearDup, err = isNearDuplicate(txn, &in.Article); err != nil {
			return err
		}
		if res.Nodes, err = writeNodes(txn, p, 0, len(p.nodes)); err != nil {
			return err
		}
		if err := writeArticleNodes(txn, p, 0, len(p.refs)); err != nil {
			return err
		}
		if res.Relations, err = writeRelations(txn, p, 0, len(p.relations)); err != nil {
			return err
		}
		if err := writeMentions(txn, p, 0, len(p.mentions)); err != nil {
			return err
		}
		return writeArticle(txn, &in.Article, hash, &res)
	})
	if errors.Is(err, badger.ErrTxnTooBig) {
		res, err := s.mergeSplit(ctx, db, in, hash, exact)
		return res, diskCause(ctx, err)
	}
	if err != nil {
		return MergeResult{}, fmt.Errorf("graph: merge article %s: %w", in.Article.ID, shortError(err))
	}
	return res, nil
}

// IsStoreFailure reports whether an error of MergeArticle is the store's rather than the
// article's: the disk is full, the store is closed or read-only, the context ended, or the file
// system failed. Any other error (an invalid graph, a value Badger refuses) concerns that one
// article only, which then left nothing behind: a caller loading many articles reports it and
// goes on.
func IsStoreFailure(err error) bool {
	for _, target := range []error{ErrDiskFull, ErrClosed, context.Canceled, context.DeadlineExceeded,
		badger.ErrReadOnlyTxn, badger.ErrDBClosed, badger.ErrBlockedWrites, syscall.ENOSPC, syscall.EIO, syscall.EROFS} {
		if errors.Is(err, target) {
			return true
		}
	}
	return false
}

// badgerError is a Badger error with its message cut to the first line: Badger appends a hex
// dump of up to 1 KiB of the offending key or value (66 lines) to its size errors.
type badgerError struct {
	msg string
	err error
}

func (e *badgerError) Error() string { return e.msg }
func (e *badgerError) Unwrap() error { return e.err }

func shortError(err error) error {
	msg := err.Error()
	i := strings.IndexByte(msg, '\n')
	if i < 0 {
		return err
	}
	return &badgerError{msg: strings.TrimSuffix(strings.TrimSpace(msg[:i]), ":") + " (dump omitted)", err: err}
}

// mergeSplit is MergeArticle for an article too large for one transaction; see MergeArticle for
// the order of the writes and why it is safe.
func (s *Store) mergeSplit(ctx context.Context, db *badger.DB, in *ArticleGraph, hash string, exact bool) (MergeResult, error) {
	id := in.Article.ID
	res := MergeResult{ArticleID: id}
	written := false // some of the article's facts may be stored
	fail := func(err error) (MergeResult, error) {
		err = diskCause(ctx, err)
		if written && !errors.Is(err, ErrDiskFull) {
			// Nothing of an article that failed stays behind (issue 16): its record is not
			// written yet, and every fact written so far is indexed under it (writeNodes). On a
			// full disk the deletions could not be written either; the next merge of the article
			// removes them (see MergeArticle).
			cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
			if cerr := deleteFactsInParts(cctx, db, id); cerr != nil {
				err = fmt.Errorf("%w (and removing what was written of it: %v)", err, shortError(cerr))
			}
			cancel()
		}
		return MergeResult{}, fmt.Errorf("graph: merge article %s in parts: %w", id, shortError(err))
	}
	err := update(db, func(txn *badger.Txn) error {
		res.Skipped, res.Replaced = false, false
		old, err := getArticle(txn, id)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		if old != nil && old.Hash == hash {
			res.Skipped = true
			return nil
		}
		if old != nil && keptRicher(old, &in.Article) {
			res.Skipped, res.KeptRicher = true, true
			return nil
		}
		if old == nil {
			first, err := sameTextArticle(txn, TextKey(&in.Article), id)
			if err != nil {
				return err
			}
			if first != nil && !Richer(&in.Article, &first.Article) {
				keepFirst(&res, first)
				return nil
			}
			if first != nil { // the same text with metadata the stored copy lacks: replace it
				res.Upgraded = first.ID
				if err := deleteArticleRecord(txn, first.ID, first); err != nil {
					return err
				}
			}
		}
		res.Replaced = old != nil || res.Upgraded != ""
		return deleteArticleRecord(txn, id, old)
	})
	if err != nil {
		return fail(err)
	}
	if res.Upgraded != "" {
		if err := deleteFactsInParts(ctx, db, res.Upgraded); err != nil {
			return fail(err)
		}
	}
	if res.SameTextAs != "" {
		return res, deleteFactsInParts(ctx, db, id) // remains of an interrupted load, if any
	}
	if res.Skipped {
		return res, nil
	}
	written = true
	if err := deleteFactsInParts(ctx, db, id); err != nil {
		return fail(err)
	}
	var p *plan
	if err := db.View(func(txn *badger.Txn) (err error) {
		if p, err = resolve(txn, in, exact); err != nil {
			return err
		}
		p.nearDup, err = isNearDuplicate(txn, &in.Article)
		return err
	}); err != nil {
		return fail(err)
	}
	err = inParts(ctx, db, len(p.nodes), func(txn *badger.Txn, i, j int) (n int, err error) {
		return writeNodes(txn, p, i, j)
	}, &res.Nodes)
	if err == nil {
		err = inParts(ctx, db, len(p.refs), func(txn *badger.Txn, i, j int) (int, error) {
			return 0, writeArticleNodes(txn, p, i, j)
		}, nil)
	}
	if err == nil {
		err = inParts(ctx, db, len(p.relations), func(txn *badger.Txn, i, j int) (int, error) {
			return writeRelations(txn, p, i, j)
		}, &res.Relations)
	}
	if err == nil {
		err = inParts(ctx, db, len(p.mentions), func(txn *badger.Txn, i, j int) (int, error) {
			return 0, writeMentions(txn, p, i, j)
		}, nil)
	}
	if err == nil {
		err = update(db, func(txn *badger.Txn) error { return writeArticle(txn, &in.Article, hash, &res) })
	}
	if err != nil {
		return fail(err)
	}
	return res, nil
}

// testHookPart, when set by a test, runs before each transaction of a split merge; an error it
// returns fails the merge there, as a write Badger refuses would.
var testHookPart func() error

// inParts runs step over [0,n) in as few transactions as fit: it starts with one and halves the
// range of a transaction that fails with badger.ErrTxnTooBig. The counts steps return are added to
// *count (when not nil).
func inParts(ctx context.Context, db *badger.DB, n int, step func(txn *badger.Txn, i, j int) (int, error), count *int) error {
	size := n
	for i := 0; i < n; {
		if err := ctx.Err(); err != nil {
			return err
		}
		if testHookPart != nil {
			if err := testHookPart(); err != nil {
				return err
			}
		}
		j := min(i+size, n)
		var c int
		err := update(db, func(txn *badger.Txn) (err error) {
			c, err = step(txn, i, j)
			return err
		})
		if errors.Is(err, badger.ErrTxnTooBig) && j-i > 1 {
			size = (j - i) / 2
			continue
		}
		if err != nil {
			return err
		}
		if count != nil {
			*count += c
		}
		i = j
	}
	return nil
}

// update runs fn in a read-write transaction, retrying it on badger.ErrConflict with a short
// growing pause. fn must be safe to run again.
func update(db *badger.DB, fn func(txn *badger.Txn) error) error {
	for attempt := 0; ; attempt++ {
		err := db.Update(fn)
		if errors.Is(err, badger.ErrConflict) && attempt < maxConflictRetries {
			// Jitter keeps writers that conflicted on a popular node from retrying in lockstep.
			time.Sleep(time.Duration(1<<attempt)*time.Millisecond + rand.N(time.Millisecond))
			continue
		}
		return err
	}
}

// indexed) and, for a person with a multi-token name, its surname.
func indexKeys(n *Node) [][]byte {
	if n.Kind == ClaimKind {
		return nil
	}
	var keys [][]byte
	seen := map[string]bool{}
	for _, a := range append([]string{n.Name}, n.Aliases...) {
		norm := NormalizeName(a)
		if norm == "" || seen[norm] {
			continue
		}
		seen[norm] = true
		keys = append(keys, NameKey(norm, n.ID))
	}
	if n.Kind == Person {
		if f := strings.Fields(NormalizeName(n.Name)); len(f) > 1 {
			keys = append(keys, SurnameKey(familyName(n, f), n.ID))
		}
	}
	return keys
}

// familyName is the family name of a person whose normalized name has the words f: Node.Family
// when the loader set it (names written family name first), else the last word.
func familyName(n *Node, f []string) string {
	if n.Family != "" {
		return n.Family
	}
	return f[len(f)-1]
}

// givenNames are the words of a person's normalized name f other than its family name.
func givenNames(n *Node, f []string) []string {
	fam := familyName(n, f)
	if n.Family != "" && len(f) > 0 && f[0] == fam {
		return f[1:]
	}
	return f[:len(f)-1]
}

// prepare validates g and returns a deep copy with evidence and mentions tied to the article,
// per-evidence Hedged set from its relation, and canonical alias and role order.
func prepare(g *ArticleGraph) (*ArticleGraph, error) {
	if g == nil {
		return nil, errors.New("graph: merge article: nil article graph")
	}
	id := g.Article.ID
	bad := func(format string, a ...any) error {
		return fmt.Errorf("graph: merge article %q: %s", id, fmt.Sprintf(format, a...))
	}
	okID := func(s string) bool { return s != "" && !strings.ContainsRune(s, 0) }
	if !okID(id) {
		return nil, bad("article ID is empty or contains a NUL byte")
	}
	out := &ArticleGraph{Article: g.Article}
	out.Article.Authors = slices.Clone(g.Article.Authors)
	for _, n := range g.Nodes {
		if !okID(n.ID) {
			return nil, bad("node %q: ID is empty or contains a NUL byte", n.ID)
		}
		n.Aliases = slices.Clone(n.Aliases)
		n.Roles = slices.Clone(n.Roles)
		canonicalNode(&n)
		out.Nodes = append(out.Nodes, n)
	}
	for _, r := range g.Relations {
		if !okID(r.ID) || !okID(r.Source) || !okID(r.Target) {
			return nil, bad("relation %q (%s → %s): ID, source or target is empty or contains a NUL byte", r.ID, r.Source, r.Target)
		}
		if !slices.Contains(RelTypes, r.Type) {
			return nil, bad("relation %q: unknown type %q", r.ID, r.Type)
		}
		r.Evidence = slices.Clone(r.Evidence)
		for i := range r.Evidence {
			e := &r.Evidence[i]
			if e.ArticleID == "" {
				e.ArticleID = id
			} else if e.ArticleID != id {
				return nil, bad("relation %q: evidence from another article %q", r.ID, e.ArticleID)
			}
			e.Hedged = e.Hedged || r.Hedged
		}
		out.Relations = append(out.Relations, r)
	}
	for _, m := range g.Mentions {
		if !okID(m.NodeID) {
			return nil, bad("mention %q: node ID is empty or contains a NUL byte", m.Text)
		}
		if m.ArticleID == "" {
			m.ArticleID = id
		} else if m.ArticleID != id {
			return nil, bad("mention %q: from another article %q", m.Text, m.ArticleID)
		}
		if m.Start < 0 || m.Start > math.MaxUint32 {
			return nil, bad("mention %q: start offset %d out of range", m.Text, m.Start)
		}
		out.Mentions = append(out.Mentions, m)
	}
	return out, nil
}

// canonicalNode puts aliases in the stored order (canonical name first, the rest sorted, no
// duplicates) and sorts and deduplicates roles.
func canonicalNode(n *Node) {
	var rest []string
	for _, a := range n.Aliases {
		if a = strings.TrimSpace(a); a != "" && a != n.Name {
			rest = append(rest, a)
		}
	}
	slices.Sort(rest)
	rest = slices.Compact(rest)
	if n.Name != "" && n.Kind != ClaimKind {
		rest = append([]string{n.Name}, rest...)
	}
	n.Aliases = rest
	if len(n.Aliases) == 0 {
		n.Aliases = nil
	}
	slices.SortFunc(n.Roles, func(a, b Role) int {
		return cmp.Or(cmp.Compare(a.Title, b.Title), cmp.Compare(a.OrgID, b.OrgID))
	})
	n.Roles = slices.Compact(n.Roles)
	if len(n.Roles) == 0 {
		n.Roles = nil
	}
}

// mergeNode merges in into a stored node: aliases and roles are united, and the stored kind,
// name, code, text and rule are kept unless empty, except that a person stored under a bare
// surname takes the full name of a person it is merged with ("Mnuchin" becomes "Steven Mnuchin";
// the surname stays an alias).
func mergeNode(old, in *Node) Node {
	out := *old
	if out.Kind == "" || in.kindFixed {
		out.Kind = in.Kind // a curation kind rule overrides the stored kind
	}
	if out.Name == "" || fullerName(old, in) {
		out.Name = in.Name
	}
	out.Aliases = slices.Concat(old.Aliases, in.Aliases)
	if in.Kind != ClaimKind && in.Name != "" {
		out.Aliases = append(out.Aliases, in.Name)
	}
	out.Roles = slices.Concat(old.Roles, in.Roles)
	out.Code = cmp.Or(out.Code, in.Code)
	out.Country = cmp.Or(out.Country, in.Country)
	if in.countryFixed {
		out.Country = in.Country // a curation country rule overrides the stored country
	}
	if out.Kind == Organization && strings.HasPrefix(in.Code, "IGO") && out.Code == out.Country {
		out.Code = in.Code // an intergovernmental code beats a bare country code from a seat
	}
	if out.Kind == Organization && strings.HasPrefix(out.Code, "IGO") {
		// an intergovernmental body (CAMEO IGO codes) is no country's, whatever article gave
		// it the country of the city in its name ("Paris Club")
		out.Country = ""
	}
	out.Family = cmp.Or(out.Family, in.Family)
	out.MergedBy = cmp.Or(out.MergedBy, in.MergedBy)
	out.Local = out.Local && in.Local
	out.Text = cmp.Or(out.Text, in.Text)
	out.Rule = cmp.Or(out.Rule, in.Rule)
	out.Direct = out.Direct || in.Direct
	out.Turn = cmp.Or(out.Turn, in.Turn) // the first article's unit: a claim's turn is per article
	canonicalNode(&out)
	return out
}

// fullerName reports whether in is a person whose multi-token name ends with the single-token name
// of the person old.
func fullerName(old, in *Node) bool {
	if old.Kind != Person || in.Kind != Person {
		return false
	}
	o, n := strings.Fields(NormalizeName(old.Name)), strings.Fields(NormalizeName(in.Name))
	return len(o) == 1 && len(n) > 1 && familyName(in, n) == o[0]
}

// mergeRelation merges two relations with the same ID within one article: evidence is united
// (deduplicated by article, sentence and cue, old evidence winning), CAMEO, PLOVER and role are
// kept unless empty.
func mergeRelation(old, in *Relation) Relation {
	out := *old
	out.Evidence = slices.Concat(old.Evidence, in.Evidence)
	out.Cameo = cmp.Or(out.Cameo, in.Cameo)
	out.Plover = cmp.Or(out.Plover, in.Plover)
	out.Role = cmp.Or(out.Role, in.Role)
	finishRelation(&out)
	return out
}

// finishRelation deduplicates and orders evidence by (article, sentence, cue) and derives Hedged
// (every evidence hedged), InQuestion (every evidence in a question turn) and Confidence from it.
func finishRelation(r *Relation) {
	r.Evidence = sortEvidence(r.Evidence)
	r.Hedged = len(r.Evidence) > 0
	r.InQuestion = r.Hedged
	for _, e := range r.Evidence {
		r.Hedged = r.Hedged && e.Hedged
		r.InQuestion = r.InQuestion && e.InQuestion
	}
	r.Confidence = Confidence(r.Evidence)
}

// plan is an article graph after entity resolution, ready to write: nodes and relations merged by
// ID and sorted, mentions deduplicated by (node, start).
type plan struct {
	article   string
	nodes     []Node
	relations []Relation
	mentions  []Mention
	refs      []string // stored nodes the article refers to without listing them, sorted
	// nearDup: the article nearly repeats a stored one (Article.NearDuplicateOf): its evidence
	// is stored marked so, and adds nothing to a relation's confidence (merge_neardup.go)
	nearDup bool
}

// resolve maps incoming actors to stored ones (see matchActor) and the claims of renamed speakers
// to their new IDs, applies the renaming to nodes, relations (whose loader-made IDs are recomputed
// from the new endpoints), mentions and roles, and checks that every node referred to exists.
// With exact set no actor is matched by name: IDs stay as they are (RestoreArticle).
func resolve(txn *badger.Txn, in *ArticleGraph, exact bool) (*plan, error) {
	cur, err := readCuration(txn)
	if err != nil {
		return nil, err
	}
	if !exact {
		in = dropCurated(cur, in) // the user's drop rules: those actors are no actors (curation_drop.go)
	}
	incoming := map[string]*Node{}
	for i := range in.Nodes {
		incoming[in.Nodes[i].ID] = &in.Nodes[i]
	}
	ids := make([]string, 0, len(incoming))
	for id := range incoming {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	cu, err := curate(txn, cur, in)
	if err != nil {
		return nil, err
	}
	var unstored []rival
	for _, id := range ids {
		if n := incoming[id]; !exact && n.Kind.IsActor() && !exists(txn, NodeKey(id)) {
			unstored = append(unstored, newRival(n))
		}
	}
	remap := map[string]string{}
	for id, to := range cu.remap {
		remap[id] = to // the user's same-as and rename rules come first
	}
	for _, r := range unstored {
		if _, done := remap[r.id]; done {
			continue
		}
		n := incoming[r.id]
		to, err := matchActor(txn, n, unstored)
		if err != nil {
			return nil, err
		}
		if to != "" {
			if no, err := cu.forbidden(txn, n, to, incoming); err != nil {
				return nil, err
			} else if no {
				continue // a not-same-as rule keeps them apart
			}
			remap[r.id] = to
		}
	}
	// A claim's ID is made from its speaker's (ClaimID): when the speaker is renamed, so is the
	// claim, so that the same words from the same actor stay one claim across articles.
	for _, r := range in.Relations {
		to, ok := remap[r.Source]
		c := incoming[r.Target]
		if !ok || r.Type != Claims || c == nil || c.Kind != ClaimKind {
			continue
		}
		if _, done := remap[c.ID]; !done && c.ID == ClaimID(r.Source, c.Text) {
			remap[c.ID] = ClaimID(to, c.Text)
		}
	}
	re := func(id string) string {
		if to, ok := remap[id]; ok {
			return to
		}
		return id
	}

	p := &plan{article: in.Article.ID}
	nodes := map[string]*Node{}
	// Work on copies of the slices: resolve runs again on the same input when a transaction is
	// retried, and sorting or compacting in place would change it.
	for _, n := range in.Nodes {
		orig := n.ID
		n.ID = re(n.ID)
		if cu.touched[orig] {
			n.MergedBy = "curation"
			if name, ok := cu.name[orig]; ok && name != n.Name {
				n.Aliases = append(slices.Clone(n.Aliases), n.Name)
				n.Name = name
			}
			if k, ok := cu.kind[orig]; ok {
				n.Kind, n.kindFixed = k, true
			}
			if c, ok := cu.country[orig]; ok {
				n.Country, n.countryFixed = c, true
			}
		}
		n.Aliases, n.Roles = slices.Clone(n.Aliases), slices.Clone(n.Roles)
		for i := range n.Roles {
			if n.Roles[i].OrgID != "" {
				n.Roles[i].OrgID = re(n.Roles[i].OrgID)
			}
		}
		if prev, ok := nodes[n.ID]; ok {
			merged := mergeNode(prev, &n)
			nodes[n.ID] = &merged
		} else {
			canonicalNode(&n)
			nodes[n.ID] = &n
		}
	}
	rels := map[string]*Relation{}
	for _, r := range in.Relations {
		r.Evidence = slices.Clone(r.Evidence)
		for i := range r.Evidence {
			// the addressee and the speaker are actors matched as the ends are
			if a := r.Evidence[i].Addressee; a != "" {
				r.Evidence[i].Addressee = re(a)
			}
			if sp := r.Evidence[i].Speaker; sp != "" {
				r.Evidence[i].Speaker = re(sp)
			}
		}
		src, tgt := re(r.Source), re(r.Target)
		if (src != r.Source || tgt != r.Target) && r.ID == RelationID(r.Type, r.Source, r.Target, r.Negated) {
			r.ID = RelationID(r.Type, src, tgt, r.Negated)
		}
		r.Source, r.Target = src, tgt
		if prev, ok := rels[r.ID]; ok {
			merged := mergeRelation(prev, &r)
			rels[r.ID] = &merged
		} else {
			finishRelation(&r)
			rels[r.ID] = &r
		}
	}
	touched := map[string]bool{}
	for id, n := range nodes {
		touched[id] = true
		p.nodes = append(p.nodes, *n)
	}
	for _, r := range rels {
		touched[r.Source], touched[r.Target] = true, true
		p.relations = append(p.relations, *r)
	}
	seen := map[[2]string]bool{}
	for _, m := range in.Mentions {
		m.NodeID = re(m.NodeID)
		k := [2]string{m.NodeID, fmt.Sprint(m.Start)}
		if seen[k] {
			continue
		}
		seen[k] = true
		touched[m.NodeID] = true
		p.mentions = append(p.mentions, m)
	}
	for id := range touched {
		if nodes[id] != nil {
			continue
		}
		if !exists(txn, NodeKey(id)) {
			return nil, fmt.Errorf("graph: merge article %q: node %q is referred to but neither in the article nor stored", in.Article.ID, id)
		}
		p.refs = append(p.refs, id)
	}
	slices.SortFunc(p.nodes, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(p.relations, func(a, b Relation) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(p.mentions, func(a, b Mention) int {
		return cmp.Or(cmp.Compare(a.NodeID, b.NodeID), cmp.Compare(a.Start, b.Start))
	})
	slices.Sort(p.refs)
	return p, nil
}

// writeNodes merges p.nodes[i:j] into the store, indexes their names and records that the article
// contributed them. It returns how many node
// records it wrote (new or changed); an unchanged record is not rewritten.
func writeNodes(txn *badger.Txn, p *plan, i, j int) (int, error) {
	written := 0
	for _, n := range p.nodes[i:j] {
		var old Node
		raw, err := getRaw(txn, NodeKey(n.ID), &old)
		switch {
		case errors.Is(err, ErrNotFound):
		case err != nil:
			return written, err
		default:
			n = mergeNode(&old, &n)
		}
		b, err := json.Marshal(&n)
		if err != nil {
			return written, err
		}
		// In the node's transaction, so that a node written by a split merge that then crashes is
		// still found and cleaned up by the next merge of the article.
		if err := indexArticleNode(txn, p.article, n.ID); err != nil {
			return written, err
		}
		if bytes.Equal(b, raw) {
			continue
		}
		if err := txn.Set(NodeKey(n.ID), b); err != nil {
			return written, err
		}
		written++
		for _, k := range indexKeys(&n) {
			if err := txn.Set(k, nil); err != nil {
				return written, err
			}
		}
	}
	return written, nil
}

// writeArticleNodes records that the article refers to the stored nodes p.refs[i:j].
func writeArticleNodes(txn *badger.Txn, p *plan, i, j int) error {
	for _, id := range p.refs[i:j] {
		if err := indexArticleNode(txn, p.article, id); err != nil {
			return err
		}
	}
	return nil
}

// indexArticleNode records that an article contributed a node, both ways.
func indexArticleNode(txn *badger.Txn, article, id string) error {
	if err := txn.Set(ArticleNodeKey(article, id), nil); err != nil {
		return err
	}
	return txn.Set(NodeArticleKey(id, article), nil)
}

// writeRelations merges p.relations[i:j] into the store: the article's evidence of each goes under
// its own key and the relation record's counts and confidence are updated, with the adjacency and
// article-index keys. It returns how many relation records it wrote (new or changed).
func writeRelations(txn *badger.Txn, p *plan, i, j int) (int, error) {
	written := 0
	for _, r := range p.relations[i:j] {
		rec, raw, err := getRecord(txn, r.ID, true)
		isNew := errors.Is(err, ErrNotFound)
		switch {
		case isNew:
			fresh := recordOf(&r)
			rec = &fresh
		case err != nil:
			return written, err
		default:
			rec.Cameo = cmp.Or(rec.Cameo, r.Cameo)
			rec.Plover = cmp.Or(rec.Plover, r.Plover)
			rec.Role = cmp.Or(rec.Role, r.Role)
		}
		// Evidence of this article is normally absent here (a reload first removes the old facts);
		// counting it out keeps the record right if it is not.
		old, oldRaw, err := getArticleEvidence(txn, r.ID, p.article)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return written, err
		}
		if p.nearDup {
			for k := range r.Evidence {
				r.Evidence[k].nearDup = true
			}
		}
		rec.count(old, -1)
		rec.count(r.Evidence, 1)
		b, err := json.Marshal(rec)
		if err != nil {
			return written, err
		}
		if !sameBytes(raw, b) {
			if err := txn.Set(RelationKey(r.ID), b); err != nil {
				return written, err
			}
			written++
		}
		eb, err := encodeEvidence(r.Evidence)
		if err != nil {
			return written, err
		}
		if !sameBytes(oldRaw, eb) {
			if err := txn.Set(EvidenceKey(r.ID, p.article), eb); err != nil {
				return written, err
			}
		}
		var keys [][2][]byte
		if isNew {
			keys = append(keys, [2][]byte{OutKey(r.Source, r.Type, r.ID), []byte(r.Target)}, [2][]byte{InKey(r.Target, r.Type, r.ID), []byte(r.Source)})
		}
		if oldRaw == nil {
			keys = append(keys, [2][]byte{ArticleRelationKey(p.article, r.ID), nil})
		}
		for _, kv := range keys {
			if err := txn.Set(kv[0], kv[1]); err != nil {
				return written, err
			}
		}
	}
	return written, nil
}

// writeMentions stores p.mentions[i:j].
func writeMentions(txn *badger.Txn, p *plan, i, j int) error {
	for _, m := range p.mentions[i:j] {
		b, err := encodeMention(&m)
		if err != nil {
			return err
		}
		if err := txn.Set(MentionKey(m.NodeID, p.article, m.Start), b); err != nil {
			return err
		}
	}
	return nil
}

// writeArticle stores the article record, which marks the article as completely loaded, with
// its text and title index entries and the stored article it nearly repeats (nearDuplicateOf,
// also put in res).
func writeArticle(txn *badger.Txn, a *Article, hash string, res *MergeResult) error {
	if err := txn.Set(ArticleTextKey(TextKey(a), a.ID), nil); err != nil {
		return err
	}
	rec := storedArticle{Article: *a, Hash: hash}
	if k := TitleKey(a); k != "" {
		if err := txn.Set(ArticleTitleKey(k, a.ID), nil); err != nil {
			return err
		}
		if rec.NearDuplicateOf == "" { // a backup's restored article keeps its own
			dup, err := nearDuplicateOf(txn, a) // merge_neardup.go
			if err != nil {
				return err
			}
			rec.NearDuplicateOf = dup
		}
	}
	res.NearDuplicateOf = rec.NearDuplicateOf
	return setJSON(txn, ArticleKey(a.ID), &rec)
}

// hasFacts reports whether any per-article index key of article id exists (a stored article, or
// the remains of an interrupted load).
func hasFacts(txn *badger.Txn, id string) bool {
	for _, k := range []KeyKind{KeyArticleNode, KeyArticleRelation} {
		if hasPrefix(txn, ArticleFactsPrefix(k, id)) {
			return true
		}
	}
	return false
}

func getArticle(txn *badger.Txn, id string) (*storedArticle, error) {
	var a storedArticle
	if err := getJSON(txn, ArticleKey(id), &a); err != nil {
		return nil, err
	}
	return &a, nil
}

func deleteKeys(txn *badger.Txn, keys ...[]byte) error {
	for _, k := range keys {
		if err := txn.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// getRaw is getJSON that also returns a copy of the stored bytes, so a writer can skip rewriting
// an unchanged record.
func getRaw(txn *badger.Txn, key []byte, v any) ([]byte, error) {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	raw, err := item.ValueCopy(nil)
	if err != nil {
		return nil, err
	}
	return raw, json.Unmarshal(raw, v)
}
