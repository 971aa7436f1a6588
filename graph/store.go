package graph

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
)

// Errors returned by the store.
var (
	// ErrNotFound is returned when a node, article or relation ID is not in the store.
	ErrNotFound = errors.New("graph: not found")
	// ErrInvalidKey is returned when a stored key or a cursor cannot be parsed.
	ErrInvalidKey = errors.New("graph: invalid key")
	// ErrClosed is returned by every method after Close.
	ErrClosed = errors.New("graph: store is closed")
)

// Default sizes for a 2-core machine with a few GB of memory. Badger's own defaults (64 MiB
// memtables ×5, 1 GiB value-log files, 256 MiB block cache, 4 compactors) are sized for servers.
const (
	defaultMemTableSize     = 16 << 20 // bytes per memtable; a txn may hold 15% of it (~2.4 MiB)
	defaultNumMemtables     = 3
	defaultValueLogFileSize = 64 << 20 // bytes per value-log file
	defaultBlockCacheSize   = 32 << 20 // bytes
	defaultIndexCacheSize   = 16 << 20 // bytes; bounds memory held by table indexes
	// defaultBaseTableSize is the size of every table below L0 (TableSizeMultiplier 1). A
	// compaction runs up to 8 + 5 table builders and each holds about three tables' worth of
	// buffers, so this bounds the memory compactions take as the store deepens: 1 MiB instead of
	// 2 MiB took the peak anonymous memory of a 5,000-article load onto a 60,000-article store
	// from 251 to 213 MB at 7% less CPU (bench/README.md).
	defaultBaseTableSize    = 1 << 20  // bytes
	defaultBaseLevelSize    = 10 << 20 // bytes in L1
	defaultValueThreshold   = 64 << 10 // values above 64 KiB (long article texts) go to the value log
	defaultNumCompactors    = 2        // Badger needs at least 2
	defaultNumGoroutines    = 4        // for Badger's stream framework
	defaultNumL0Tables      = 4
	defaultNumL0TablesStall = 10
	// defaultResidentFiles bounds the resident pages of the store's mapped table and value-log
	// files. With the anonymous memory a load holds (Go heap under --memory-limit: memtables,
	// caches, compaction buffers; ~300 MB at its peaks at 60,000 articles, bench/README.md) it
	// keeps the process under the 500 MB RSS of issue 5 whatever the store's size; at 128 MiB
	// the 60,000-article load peaked at 511 MB.
	defaultResidentFiles = 96 << 20
)

// Options configure Open. Build them with DefaultOptions and the With methods.
type Options struct {
	Dir      string // store directory; created if missing
	InMemory bool   // keep everything in memory (tests)
	ReadOnly bool

	// MemTableSize is the size in bytes of one Badger memtable (DefaultOptions: 16 MiB). It also
	// bounds a transaction at 15% of it; larger articles are written in several transactions.
	MemTableSize int64
	// BlockCacheSize is Badger's block cache in bytes (DefaultOptions: 32 MiB).
	BlockCacheSize int64
	// ResidentFiles bounds, in bytes, the pages of the store's table (.sst) and value-log (.vlog)
	// files that stay resident in the process (DefaultOptions: 96 MiB; <= 0: no bound). Badger
	// maps those files and every page it writes or reads stays in the process's RSS while the
	// file is open, so without a bound RSS grows with the store. Over the bound, a background
	// goroutine asks the kernel to reclaim the pages (Linux only; see trimResidency).
	ResidentFiles int64
	// Logger receives Badger's warnings and errors; nil means slog.Default().
	Logger *slog.Logger
	// MinFreeBytes is the free space writes require on the store's file system (0: MinFreeBytes;
	// negative: no check). Below it MergeArticle fails with ErrDiskFull.
	MinFreeBytes int64
	// FreeSpace measures the bytes available on the file system holding a directory; nil: the
	// operating system's figure (statfs). Tests inject a shrinking disk through it.
	FreeSpace func(dir string) (uint64, error)
}

// DefaultOptions returns options for a store in dir, sized for a 2-core, few-GB machine.
func DefaultOptions(dir string) Options {
	return Options{Dir: dir, MemTableSize: defaultMemTableSize, BlockCacheSize: defaultBlockCacheSize,
		ResidentFiles: defaultResidentFiles}
}

// WithResidentFiles returns a copy of o with at most n bytes of the store's mapped files resident
// (see Options.ResidentFiles); n <= 0 removes the bound.
func (o Options) WithResidentFiles(n int64) Options { o.ResidentFiles = n; return o }

// WithInMemory returns a copy of o that keeps the store in memory; Dir is then ignored.
func (o Options) WithInMemory(b bool) Options { o.InMemory = b; return o }

// WithReadOnly returns a copy of o that opens the store read-only: MergeArticle and DeleteArticle
// then fail with Badger's read-only error, and several processes may read the same directory.
func (o Options) WithReadOnly(b bool) Options { o.ReadOnly = b; return o }

// WithMemTableSize returns a copy of o with memtables of n bytes (see Options.MemTableSize).
func (o Options) WithMemTableSize(n int64) Options { o.MemTableSize = n; return o }

// WithBlockCacheSize returns a copy of o with a block cache of n bytes.
func (o Options) WithBlockCacheSize(n int64) Options { o.BlockCacheSize = n; return o }

// WithMinFreeBytes returns a copy of o that requires n bytes free to write (see
// Options.MinFreeBytes).
func (o Options) WithMinFreeBytes(n int64) Options { o.MinFreeBytes = n; return o }

// WithFreeSpace returns a copy of o that measures free space with f (see Options.FreeSpace).
func (o Options) WithFreeSpace(f func(dir string) (uint64, error)) Options { o.FreeSpace = f; return o }

// WithLogger returns a copy of o that sends Badger's warnings and errors to l.
func (o Options) WithLogger(l *slog.Logger) Options { o.Logger = l; return o }

// Store is the Badger-backed graph store. It is safe for concurrent use: reads and writes hold a
// read lock on mu, Close takes the write lock, so Close waits for calls in flight and no call
// ever touches a closed database.
type Store struct {
	mu   sync.RWMutex
	db   *badger.DB // nil once closed
	opts Options

	stopTrim chan struct{} // closed by Close to stop trimResidency
	trimDone chan struct{} // closed by trimResidency when it returns
	repaired bool          // a read-only Open first repaired an unclean shutdown (Repaired)

	disk     *diskWatch    // free-space watchdog of a writable store on disk; nil otherwise
	stopDisk chan struct{} // closed by Close to stop the watchdog
	diskDone chan struct{} // closed by the watchdog when it returns

	textMu      sync.Mutex // guards textIndexed
	textIndexed bool       // the article-text index is known complete (ensureTextIndex)
	// titleIndexed: the article-title index is known complete (ensureTitleIndex); textMu guards it
	titleIndexed bool
}

// slogAdapter routes Badger's logging to log/slog. Badger's info and debug chatter (compactions,
// value-log GC) is dropped: only warnings and errors reach the log.
type slogAdapter struct{ l *slog.Logger }

func (a slogAdapter) Errorf(f string, v ...any) {
	a.l.Error(fmt.Sprintf(f, v...), "component", "badger")
}
func (a slogAdapter) Warningf(f string, v ...any) {
	a.l.Warn(fmt.Sprintf(f, v...), "component", "badger")
}
func (a slogAdapter) Infof(string, ...any)  {}
func (a slogAdapter) Debugf(string, ...any) {}

func (o Options) badger() badger.Options {
	mem := o.MemTableSize
	if mem <= 0 {
		mem = defaultMemTableSize
	}
	cache := o.BlockCacheSize
	if cache <= 0 {
		cache = defaultBlockCacheSize
	}
	// Badger requires the value threshold to fit in one transaction batch (15% of a memtable).
	threshold := int64(defaultValueThreshold)
	if maxBatch := mem * 15 / 100; threshold > maxBatch {
		threshold = maxBatch
	}
	logger := o.Logger
	if logger == nil {
		logger = slog.Default()
	}
	bo := badger.DefaultOptions(o.Dir).
		WithInMemory(o.InMemory).
		WithReadOnly(o.ReadOnly).
		WithLogger(slogAdapter{logger}).
		WithMemTableSize(mem).
		WithNumMemtables(defaultNumMemtables).
		WithValueLogFileSize(defaultValueLogFileSize).
		WithValueThreshold(threshold).
		WithBlockCacheSize(cache).
		WithIndexCacheSize(defaultIndexCacheSize).
		WithBaseTableSize(defaultBaseTableSize).
		WithBaseLevelSize(defaultBaseLevelSize).
		WithNumCompactors(defaultNumCompactors).
		WithNumGoroutines(defaultNumGoroutines).
		WithNumLevelZeroTables(defaultNumL0Tables).
		WithNumLevelZeroTablesStall(defaultNumL0TablesStall).
		WithMetricsEnabled(false).
		// ZSTD level 1 instead of Badger's default Snappy: on the benchmark corpus it makes the
		// store 27% smaller (and so the table pages Badger maps) for no measurable CPU
		// (bench/README.md). Tables record their compression, so stores written with Snappy
		// still open.
		WithCompression(options.ZSTD).
		WithZSTDCompressionLevel(1)
	// Every level below the base keeps BaseTableSize tables instead of doubling them per level.
	// Compactions run several table builders at once and Badger's allocator pool keeps their
	// buffers (about three times a table each), so this bounds the memory compactions hold as
	// the store deepens: on the 30,000-article benchmark it cut the peak anonymous memory from
	// 404 to 274 MB for 7% more CPU (bench/README.md).
	bo.TableSizeMultiplier = 1
	if o.InMemory {
		bo = bo.WithDir("").WithValueDir("")
	}
	return bo
}

// Open opens (creating if needed) the store described by o. A fresh store gets the current schema
// version; an existing one must carry it. Errors name the directory: it cannot be created, is not
// a Badger store, is locked by another process, holds data but no schema version, or was written
// by a newer claimgraph (SchemaVersion mismatch).
func Open(o Options) (*Store, error) {
	where := o.Dir
	if o.InMemory {
		where = "(in memory)"
	} else {
		if o.Dir == "" {
			return nil, errors.New("graph: open store: no directory given")
		}
		if o.ReadOnly {
			if _, err := os.Stat(o.Dir); err != nil {
				return nil, fmt.Errorf("graph: open store %s read-only: %w", o.Dir, err)
			}
		} else if err := os.MkdirAll(o.Dir, 0o755); err != nil {
			return nil, fmt.Errorf("graph: create store directory %s: %w", o.Dir, err)
		}
	}
	db, err := openBadger(o)
	repaired := false
	if err != nil && o.ReadOnly && !o.InMemory && truncateNeeded(err) {
		db, err = repairThenOpen(o)
		repaired = err == nil
	}
	if err != nil {
		return nil, fmt.Errorf("graph: open store %s: %w", where, err)
	}
	if err := checkSchema(db, o.ReadOnly); err != nil {
		db.Close()
		return nil, fmt.Errorf("graph: open store %s: %w", where, err)
	}
	s := &Store{db: db, opts: o, stopTrim: make(chan struct{}), trimDone: make(chan struct{}), repaired: repaired,
		stopDisk: make(chan struct{}), diskDone: make(chan struct{})}
	if !o.InMemory && !o.ReadOnly && o.MinFreeBytes >= 0 {
		min := int64(MinFreeBytes)
		if o.MinFreeBytes > 0 {
			min = o.MinFreeBytes
		}
		free := o.FreeSpace
		if free == nil {
			free = freeBytes
		}
		s.disk = newDiskWatch(o.Dir, uint64(min), free)
		if o.FreeSpace == nil {
			s.disk.prealloc = preallocate
		}
		go s.disk.run(s.stopDisk, s.diskDone)
	} else {
		close(s.diskDone)
	}
	if o.InMemory || o.ResidentFiles <= 0 {
		close(s.trimDone)
	} else {
		logger := o.Logger
		if logger == nil {
			logger = slog.Default()
		}
		go trimResidency(o.Dir, o.ResidentFiles, s.stopTrim, s.trimDone, logger)
	}
	return s, nil
}

// truncateNeeded reports whether Badger refused a read-only open because the store was not
// closed cleanly: its write-ahead log ends in a tail a read-only open may not cut off. Badger
// says so in two ways: ErrTruncateNeeded ("Log truncate required") when it checks the value log,
// or, when a kill fell between creating a memtable's write-ahead file (NNNNN.mem) and sizing it,
// the failed truncate(2) of that empty file opened read-only ("While opening memtable … error
// while truncation": badger v4.9 memtable.go openMemTable → ristretto z.OpenMmapFileUsing, which
// sizes an empty file). A read-write open sizes it as a new memtable and loses nothing (the file
// held no entry). The second came up as a flaky TestReadOnlyOpenAfterKill;
// TestReadOnlyOpenEmptyMemtable makes it on purpose.
func truncateNeeded(err error) bool {
	if errors.Is(err, badger.ErrTruncateNeeded) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "Log truncate required") ||
		strings.Contains(msg, "While opening memtable") && strings.Contains(msg, "error while truncation")
}

// repairThenOpen opens a store left by a crash or kill -9 once read-write, which replays its
// write-ahead log (every committed transaction is in it) and cuts off the torn tail of the one
// that was being written, closes it, and opens it read-only as asked. It fails when another
// process holds the store (it is then that process's to repair) or the directory is not
// writable, with an error that says what to do.
func repairThenOpen(o Options) (*badger.DB, error) {
	rw := o
	rw.ReadOnly = false
	db, err := openBadger(rw)
	if err != nil {
		return nil, fmt.Errorf("it was not closed cleanly (a crash or kill) and a read-write open to repair it failed: %w", err)
	}
	if err := db.Close(); err != nil {
		return nil, fmt.Errorf("it was not closed cleanly; closing it after the repair: %w", err)
	}
	logger := o.Logger
	if logger == nil {
		logger = slog.Default()
	}
	logger.Warn("store was not closed cleanly (a crash or kill): repaired it with a read-write open; every committed article is kept", "db", o.Dir)
	return openBadger(o)
}

// openBadger opens the Badger store of o, once more when the first open fails because a memtable
// log was created empty: a process killed right after creating a new memtable file (before it
// grew the file to its size) leaves a zero-length .mem file, on which Badger's open fails with
// "Create a new file" after growing it to its size; the file, zeros now, then reads as an empty
// log, so the second open succeeds and loses nothing (the file never held a write). Found by
// TestReadOnlyOpenAfterKill, about one kill in six.
func openBadger(o Options) (*badger.DB, error) {
	db, err := badger.Open(o.badger())
	if err != nil && !o.InMemory && strings.Contains(err.Error(), "Create a new file") {
		db, err = badger.Open(o.badger())
	}
	return db, err
}

// Repaired reports whether Open found the store left by a crash or kill and repaired it (see
// repairThenOpen) before opening it read-only. Read-write opens repair silently, as Badger does.
func (s *Store) Repaired() bool { return s.repaired }

// checkSchema writes the schema version into an empty store and verifies it otherwise.
func checkSchema(db *badger.DB, readOnly bool) error {
	var version []byte
	empty := true
	err := db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(SchemaVersionKey())
		if errors.Is(err, badger.ErrKeyNotFound) {
			it := txn.NewIterator(badger.IteratorOptions{})
			defer it.Close()
			it.Rewind()
			empty = !it.Valid()
			return nil
		}
		if err != nil {
			return err
		}
		empty = false
		version, err = item.ValueCopy(nil)
		return err
	})
	if err != nil {
		return err
	}
	switch {
	case version == nil && empty:
		if readOnly {
			return errors.New("empty store (no schema version); load articles into it first")
		}
		return db.Update(func(txn *badger.Txn) error {
			if err := txn.Set(TextIndexedKey(), nil); err != nil { // no article to index yet
				return err
			}
			if err := txn.Set(TitleIndexedKey(), nil); err != nil {
				return err
			}
			return txn.Set(SchemaVersionKey(), binary.BigEndian.AppendUint32(nil, SchemaVersion))
		})
	case version == nil:
		return errors.New("holds data but no claimgraph schema version; not a claimgraph store")
	case len(version) != 4:
		return fmt.Errorf("unreadable schema version %x", version)
	}
	v := binary.BigEndian.Uint32(version)
	switch {
	case v > SchemaVersion:
		return fmt.Errorf("schema version %d is newer than this program's %d; upgrade claimgraph", v, SchemaVersion)
	case v == 1 && readOnly:
		return errors.New("schema version 1 needs an upgrade to version 2; open the store once read-write (e.g. claimgraph stats without serve running, or load)")
	case v == 1:
		return migrateV1(db)
	case v != SchemaVersion:
		return fmt.Errorf("unknown schema version %d (this program reads %d)", v, SchemaVersion)
	}
	return nil
}

// migrateV1 upgrades a schema version 1 store in place: each relation's evidence moves out of its
// record into one KeyEvidence value per article, mention values drop the fields their keys hold,
// and the article-mention index (prefix 0x52) goes. Every step is idempotent and the version is
// written last, so an interrupted upgrade is finished by the next Open.
func migrateV1(db *badger.DB) error {
	wb := db.NewWriteBatch()
	defer wb.Cancel()
	err := db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			key := item.KeyCopy(nil)
			var err error
			switch KeyKind(key[0]) {
			case KeyRelation:
				err = item.Value(func(v []byte) error { return migrateRelation(wb, key, v) })
			case KeyMention:
				err = item.Value(func(v []byte) error { return migrateMention(wb, key, v) })
			case 0x52: // article-mention index of version 1
				err = wb.Delete(key)
			}
			if err != nil {
				return fmt.Errorf("upgrade from schema version 1: key %q: %w", key, err)
			}
		}
		return nil
	})
	if err == nil {
		err = wb.Flush()
	}
	if err != nil {
		return err
	}
	return db.Update(func(txn *badger.Txn) error {
		return txn.Set(SchemaVersionKey(), binary.BigEndian.AppendUint32(nil, SchemaVersion))
	})
}

func migrateRelation(wb *badger.WriteBatch, key, v []byte) error {
	var probe struct {
		Evidence json.RawMessage `json:"evidence"`
	}
	if err := json.Unmarshal(v, &probe); err != nil {
		return err
	}
	if len(probe.Evidence) == 0 || probe.Evidence[0] != '[' {
		return nil // already a version 2 record
	}
	var r Relation
	if err := json.Unmarshal(v, &r); err != nil {
		return err
	}
	rec := recordOf(&r)
	byArticle := map[string][]Evidence{}
	var order []string
	for _, e := range r.Evidence {
		if _, ok := byArticle[e.ArticleID]; !ok {
			order = append(order, e.ArticleID)
		}
		byArticle[e.ArticleID] = append(byArticle[e.ArticleID], e)
	}
	for _, a := range order {
		ev := sortEvidence(byArticle[a])
		rec.count(ev, 1)
		b, err := encodeEvidence(ev)
		if err != nil {
			return err
		}
		if err := wb.Set(EvidenceKey(r.ID, a), b); err != nil {
			return err
		}
	}
	b, err := json.Marshal(&rec)
	if err != nil {
		return err
	}
	return wb.Set(key, b)
}

func migrateMention(wb *badger.WriteBatch, key, v []byte) error {
	var m Mention
	if err := json.Unmarshal(v, &m); err != nil {
		return err
	}
	if m.NodeID == "" {
		return nil // already a version 2 value
	}
	b, err := encodeMention(&m)
	if err != nil {
		return err
	}
	return wb.Set(key, b)
}

// Close waits for calls in flight and closes the store; later calls (Close included) return
// ErrClosed.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return ErrClosed
	}
	close(s.stopTrim)
	<-s.trimDone
	close(s.stopDisk)
	<-s.diskDone
	if s.disk != nil && (s.disk.full() || s.disk.check() != nil) {
		// Closing flushes the memtable into a new table file, written through a mapping: on a
		// full disk that write dies of SIGBUS. Everything committed is in the write-ahead log
		// already (its pages allocated, see preallocate), so the store is left as a crash
		// leaves it, and the next Open replays the log. The caller is expected to exit.
		s.db = nil
		return fmt.Errorf("graph: store %s: %w: closed without flushing; the next open recovers it", s.opts.Dir, ErrDiskFull)
	}
	err := s.db.Close()
	s.db = nil
	if err != nil {
		return fmt.Errorf("graph: close store: %w", err)
	}
	return nil
}

// CollectGarbage reclaims value-log space left by replaced and deleted articles (texts over
// 64 KiB live in the value log). It rewrites value-log files at least half garbage until none is
// left; call it after large loads or deletions, not concurrently with heavy writes. Errors:
// ErrClosed, the context's error, Badger errors (a read-only or in-memory store has no value log
// and returns nil).
func (s *Store) CollectGarbage(ctx context.Context) error {
	db, err := s.acquire(ctx)
	if err != nil {
		return err
	}
	defer s.mu.RUnlock()
	if s.opts.ReadOnly || s.opts.InMemory {
		return nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := db.RunValueLogGC(0.5)
		if errors.Is(err, badger.ErrNoRewrite) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("graph: collect garbage: %w", err)
		}
	}
}

// acquire takes the read lock and returns the open database, or ErrClosed. The caller must call
// s.mu.RUnlock when it returns no error.
func (s *Store) acquire(ctx context.Context) (*badger.DB, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	if s.db == nil {
		s.mu.RUnlock()
		return nil, ErrClosed
	}
	return s.db, nil
}

// PageArgs select a page of a connection as Relay does: the items after the opaque cursor After
// and before Before, then the First of them, or with Last > 0 the last Last of them.
type PageArgs struct {
	First  int    // page size; <= 0 means 50 (callers cap it)
	After  string // cursor of the last item of the previous page; "" for the first page
	Last   int    // > 0: the last Last items (backward paging; First is then ignored)
	Before string // cursor of the first item of the next page; "" for none
}

// Page is one page of a connection. Cursors[i] is the opaque cursor of Items[i].
type Page[T any] struct {
	Items       []T
	Cursors     []string
	Total       int  // matches of the whole connection, not only this page
	HasNext     bool // more matches follow this page
	HasPrevious bool // items precede this page (with the key-order pager: After was given)
}

// NodeFilter selects nodes (never articles). Empty fields select all.
type NodeFilter struct {
	Kinds  []Kind
	Search string // case-insensitive substring of name, aliases or claim text
	// Country keeps actors of that country (ISO3, case-insensitive; see Node.ActorCountry).
	Country string
	// Code keeps actors whose CAMEO actor code (Node.Code) starts with it, case-insensitive
	// ("CHNGOV": China's government actors, whatever CAMEO role codes follow).
	Code string
	// Article keeps the nodes this article contributed (KeyArticleNode): those it mentions and
	// the endpoints of the relations it states evidence of. An unknown article keeps none.
	Article string
	From    string // publication date bounds (YYYY-MM-DD, inclusive) of some article that
	To      string // mentions the node or states one of its relations; "" leaves a side open
	// Local, when not nil, keeps the nodes whose Local flag equals *Local: false leaves out the
	// article-local ones ("the plan", "relevant parties", a "Foreign Ministry" of no country).
	Local *bool
	// Order sorts the matches (not a filter): ByID (default; ByRelevance when Search is set),
	// ByLabel or ByRelevance.
	Order Order
}

// RelationFilter selects relations. Empty fields select all. Node+Direction selects the relations
// of one node; Source/Target select by endpoint; Article selects relations with evidence in it,
// and limits each relation's Evidence and EvidenceCount (and ByEvidenceCount) to that article's.
// From/To (YYYY-MM-DD, inclusive) keep relations with some evidence from an article published in
// that range, and limit each relation's Evidence and EvidenceCount (and ByEvidenceCount) to the
// evidence of that range.
type RelationFilter struct {
	Types     []RelType
	Source    string
	Target    string
	Article   string
	Node      string
	Direction Direction
	From      string
	To        string
	// DateBasis is the date From/To (and a Timeline's buckets) read: PublishedBasis (default,
	// also "") the article's publication date, EventBasis the date of the event each sentence
	// reports when it says one (Evidence.EventDate), else the publication date. On the
	// EventBasis, From/To keep and count evidence sentence by sentence. Other values:
	// ErrInvalidKey.
	DateBasis DateBasis
	// NearDuplicates, when false, leaves out the evidence of articles stored as near-duplicates
	// of another (Article.NearDuplicateOf: a corrected copy, a repost), so each statement counts
	// once: relations stated only there are left out, the others count and show the rest of
	// their sentences. nil or true keeps them (a near-duplicate never adds to Confidence).
	NearDuplicates *bool
	// MinConfidence > 0 keeps relations with Confidence >= MinConfidence.
	MinConfidence float64
	// Negated and Hedged, when not nil, keep relations whose flag equals *Negated / *Hedged.
	Negated, Hedged *bool
	// InQuestion, when not nil, keeps by Relation.InQuestion: false the relations with a sentence
	// outside a journalist's question (the party's own words or a report in the news), true those
	// stated only inside questions.
	InQuestion *bool
	// Speaker, when not "", keeps the relations this person voiced: his own (Source) and those
	// with a sentence he voiced for their source (Evidence.Speaker: a spokesperson's "we urge …"
	// stored as his state's).
	Speaker string
	// Addressee, when not "", keeps the relations with a sentence addressed to this actor
	// (Evidence.Addressee: "we urge the US side to …" is China's demand of the United States,
	// whose target names the act); AddresseeCountry, when not "", those with a sentence addressed
	// to an actor of that country (ISO 3166-1 alpha-3, case-insensitive). Target and
	// TargetCountry are the target node's alone: a relation addressed to an actor is found by
	// these, a bilateral timeline takes both lists.
	Addressee, AddresseeCountry string
	// Search, when not "", keeps the relations with a sentence (Evidence.Text, in any article)
	// that contains it, compared case-insensitively after Unicode simple folding (strings.ToLower):
	// "one-China" finds every stance whose sentence names the principle, whatever its target node.
	Search string
	// SourceCountry, TargetCountry and Country, when not "", keep relations whose source node's,
	// target node's, or either end node's ActorCountry equals them (ISO 3166-1 alpha-3 / CAMEO
	// country code, compared case-insensitively). A node without a country matches none.
	SourceCountry, TargetCountry, Country string
	// Local, when not nil, keeps by the ends' Node.Local flag: false the relations neither of
	// whose ends is local (a missing end node counts as not local), true those with a local end.
	Local *bool
	// Order sorts the matches (not a filter): ByID (default), ByConfidence, ByEvidenceCount,
	// ByPublished or ByLabel.
	Order Order
}

// ArticleFilter selects articles. Empty fields select all.
type ArticleFilter struct {
	From, To string // publication date bounds (YYYY-MM-DD, inclusive); an undated article is in no bounded range
	Search   string // case-insensitive substring of the title, URL or text
	Outlet   string // words of the outlet's name, in order, case-insensitive ("white house" matches "The White House"; containsRun)
	// Order sorts the matches: ByID (default), ByPublished or ByLabel (the title).
	Order Order
}

// MergeResult says what MergeArticle changed.
type MergeResult struct {
	ArticleID string
	Skipped   bool // the identical article, or its text under another ID, was already stored: nothing changed
	Replaced  bool // an article with the same ID (URL) and other text or metadata was replaced
	Nodes     int  // nodes written (new or updated)
	Relations int  // relations written (new or updated)

	// SameTextAs is set when the article's ID was not stored but its text (TextKey) was, under
	// this ID (another URL, or none): that first article was kept as it is and Skipped is set.
	// SameTextURL and SameTextSource are its URL and source file.
	SameTextAs, SameTextURL, SameTextSource string
	// Upgraded is set when the article's ID was not stored but its text was, under this ID, and
	// the new article has richer metadata than the stored one (a URL, else a publication date, else an
	// outlet, by rank: Richer): the stored article was replaced by it (Replaced is set too).
	Upgraded string
	// KeptRicher is set when the article's ID was stored with the same text and richer metadata
	// (Richer): the stored article was kept as it is and Skipped is set.
	KeptRicher bool
	// NearDuplicateOf is set when the article was stored as a new one but nearly repeats a stored
	// article (Article.NearDuplicateOf: same title and date, resembling text): its ID.
	NearDuplicateOf string
}

// Stats counts what the store holds.
type Stats struct {
	Articles, Nodes, Relations, Mentions int
}

// Subgraph is the result of a neighborhood traversal.
type Subgraph struct {
	Nodes     []*Node
	Articles  []*Article
	Relations []*Relation
}

// Size returns the bytes of the store's table files (lsm, *.sst) and value-log files (vlog,
// *.vlog), read from the directory: Badger's own figures (DB.Size) stay 0 with its metrics off,
// as Open sets them. 0, 0 for an in-memory or closed store, or a directory that cannot be read.
func (s *Store) Size() (lsm, vlog int64) {
	s.mu.RLock()
	closed := s.db == nil
	s.mu.RUnlock()
	if closed || s.opts.InMemory {
		return 0, 0
	}
	entries, err := os.ReadDir(s.opts.Dir)
	if err != nil {
		return 0, 0
	}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		switch filepath.Ext(e.Name()) {
		case ".sst":
			lsm += info.Size()
		case ".vlog":
			vlog += info.Size()
		}
	}
	return lsm, vlog
}
