package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/loader"
	"github.com/claimgraph/claimgraph/schema"
)

// learnedStancesDefault is load's --learned-stances default, "on" or "off": on, since on the
// validation set V32 it finds 4 more stances for 2 more unmatched lines and leaves the eval and
// PLOVER figures as they were or better (session 33, model trained on D32, T33, W33). Settable at build time with -ldflags
// "-X main.learnedStancesDefault=off" to measure without it through unchanged scripts.
var learnedStancesDefault = "on"

// learnedStanceVetoDefault is load's --learned-stance-veto default (a number; -ldflags as above):
// none, since a veto of -20 cost the PLOVER records 0.88 → 0.68 of right types (session 33).
var learnedStanceVetoDefault = "0"

func newLoadCmd(g *globals) *cobra.Command {
	var workers int
	var noProgress bool
	var learned bool
	var articleTimeout time.Duration
	var veto float64
	var memLimit string
	var cpuProfile, memProfile string
	var meta docMeta
	var restore bool
	var curationPath string
	cmd := &cobra.Command{
		Use:   "load [PATH...]",
		Short: "Load articles (.txt, .html, .json, .jsonl, folders, - for stdin) into the store",
		Long: `Load reads each PATH — a .txt, .html, .json (one object with url, title, published,
authors, outlet, text or html) or .jsonl file, a folder (recursively), or - for standard input —
extracts its actors, relations and claims, and merges them into the store. Loading an article that
is already stored changes nothing; one with a stored URL and new text replaces the old facts.
A bad article is reported with its file (and line) and skipped; the exit status is 1 if any failed.

Each article's publication date comes from its JSON field or --published, else its page's metadata
(article:published_time, JSON-LD datePublished, <time datetime>, meta name=date), else a date
line in its text, its title, or YYYY-MM-DD in its file name; Article.publishedSource says which.
--published, --outlet and --url fill what an article lacks and never overwrite what it gives.

--manifest FILE gives each file its own url, outlet, published date and title, as corpora ship
them: a TSV (or CSV) table with a header row naming its columns — file (or path), url, outlet,
published, title, or the names corpus manifests use: source (a URL), publisher, date; other
columns are ignored, and files are relative to the manifest's folder. A row fills what its file
does not give (the flags then fill what is still missing); a file the manifest does not list
takes the row of a listed file whose name differs only in its extension (page.html beside
page.txt, the same page in two forms), and any other gets a warning. A bad row (a missing file, a url that is not http(s), a date that is no
date) stops the load before anything is stored, with the manifest's line. The URL matters beyond
the citation: it gives the article its ID, and on a government site it says who "we" are.

Inputs of any size stream through in bounded memory: extraction runs on --workers goroutines, one
writer commits each article in its own transaction in input order (so IDs and entity resolution
do not depend on timing), and the Go heap is held near --memory-limit. The PATHs are taken in
sorted order (folders in name order), so the same files give the same IDs however they are named
on the command line; with - among them, in the order given.

With --restore, each PATH is a JSON lines backup ('export --format jsonl'): its articles, nodes,
mentions and relations are stored as they are, with their IDs, without extraction or entity
resolution.

--curation FILE stores identity corrections with the graph and applies them to this and every
later load: one rule a line, 'same-as | Xi | Xi Jinping', 'not-same-as | A | B', 'rename | Lifeng |
He Lifeng' (a rename may change only the case), 'kind | Troika | GROUP', 'country | MOFCOM | CHN',
'drop | Development Assistance | not an actor' ('#' comments; see docs/curation.md). A node a rule
changed shows mergedBy "curation". rename, kind and country also correct the stored actors at once;
same-as, not-same-as and drop act on articles loaded after them.`,
		Args: argsUsage(func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && curationPath == "" {
				return errors.New("give at least one PATH to load (or --curation FILE alone to store identity rules)")
			}
			return nil
		}),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := setMemoryLimit(memLimit); err != nil {
				return usageError{err}
			}
			if err := meta.check(args); err != nil {
				return usageError{err}
			}
			if meta.manifestPath != "" {
				if restore {
					return usageError{errors.New("--manifest does not apply with --restore: a backup keeps each article's metadata")}
				}
				// Read and checked before the store is opened: a bad row must leave no new store.
				m, warnings, err := readManifest(meta.manifestPath)
				if err != nil {
					return usageError{err}
				}
				for _, w := range warnings {
					fmt.Fprintf(g.stderr, "warning: %s\n", w)
				}
				meta.manifest = m
			}
			// Every path must exist before the store is opened: a typo must not leave an empty
			// store directory behind (input.Read checks them too, but only once the store is open).
			for _, p := range args {
				if p == "-" {
					continue
				}
				if _, err := os.Stat(p); err != nil {
					var pe *fs.PathError
					if errors.As(err, &pe) {
						err = pe.Err
					}
					return fmt.Errorf("%s: %w (nothing was loaded)", p, err)
				}
			}
			// The curation file is read and checked before the store is opened, for the same reason:
			// a bad file must leave no new store behind.
			var cur *graph.Curation
			if curationPath != "" {
				var err error
				if cur, err = readCuration(curationPath); err != nil {
					return err
				}
			}
			if len(args) > 0 && !restore {
				// A running serve with an ingest token loads articles itself over POST /articles
				// (web ingest, README "serve"), not over POST /graphql, which only queries.
				g.loads = true
			}
			s, err := openStore(g, false)
			if err != nil {
				return err
			}
			defer s.Close()
			if cur != nil {
				if err := storeCuration(cmd.Context(), g, s, cur); err != nil {
					return err
				}
				if len(args) == 0 {
					return nil
				}
			}
			if restore {
				return restorePaths(cmd.Context(), g, s, args)
			}
			p, err := loader.NewPipeline(data.FS, loader.WithLearnedStances(learned), loader.WithStanceVeto(veto), loader.WithArticleTimeout(articleTimeout))
			if err != nil {
				return err
			}
			stop, err := startProfiles(cpuProfile, memProfile)
			if err != nil {
				return err
			}
			sum, err := loadPaths(cmd.Context(), g, s, p, inputOrder(args), workers, !noProgress, meta)
			if perr := stop(); perr != nil && err == nil {
				err = perr
			}
			if err != nil {
				return err
			}
			fmt.Fprintln(g.stdout, sum.String())
			if sum.Failed > 0 {
				return fmt.Errorf("%d of %s failed (see the messages above)", sum.Failed, plural(sum.Read(), "article"))
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "extraction workers")
	cmd.Flags().BoolVar(&noProgress, "no-progress", false, "no progress bar or progress lines")
	cmd.Flags().DurationVar(&articleTimeout, "article-timeout", loader.DefaultArticleTimeout,
		"time limit for cleaning and extracting one article (e.g. 30s, 5m; 0 for none): an article over it fails with a message naming its file, the others load")
	cmd.Flags().BoolVar(&learned, "learned-stances", learnedStancesDefault == "on",
		"add the learned stance layer's relations (Evidence.rule stance-model/v…; README \"Learned stances\")")
	vetoDefault, _ := strconv.ParseFloat(learnedStanceVetoDefault, 64)
	cmd.Flags().Float64Var(&veto, "learned-stance-veto", vetoDefault,
		"with --learned-stances, also drop rule stances the model scores below this margin (negative; 0: none)")
	cmd.Flags().StringVar(&curationPath, "curation", "", "curation rules (same-as, not-same-as, rename, kind, country, drop) to store and apply from now on")
	cmd.Flags().StringVar(&memLimit, "memory-limit", defaultMemoryLimit,
		"soft limit of the Go heap (e.g. 256MiB, 1GiB; 0 for none); $GOMEMLIMIT, when set, wins")
	cmd.Flags().BoolVar(&restore, "restore", false, "PATHs are JSON lines backups (export --format jsonl): store them with their IDs")
	cmd.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile (pprof) of the load to this file")
	cmd.Flags().StringVar(&memProfile, "memprofile", "", "write a heap profile (pprof) at the end of the load to this file")
	cmd.Flags().StringVar(&meta.published, "published", "", "publication date (YYYY-MM-DD or any written date) of articles that give none")
	cmd.Flags().StringVar(&meta.outlet, "outlet", "", "outlet (publication) of articles that name none")
	cmd.Flags().StringVar(&meta.manifestPath, "manifest", "", "TSV or CSV table of the PATHs' files (header: file, url, outlet, published, title; or source, publisher, date): each file's own metadata")
	cmd.Flags().StringVar(&meta.url, "url", "", "URL of the one article PATH holds, when it names none (its ID then comes from the URL)")
	_ = cmd.Flags().MarkHidden("cpuprofile")
	_ = cmd.Flags().MarkHidden("memprofile")
	return cmd
}

// inputOrder is the order the PATHs of one load are merged in: sorted by path, so that the same
// files give the same store, IDs included, whatever order they are named in ("load corpus/
// sample/" and "load sample/ corpus/"). Entity resolution is incremental: an actor named "Trump"
// in the first article merged and "Donald Trump" in a later one keeps the first one's ID, so the
// merge order decides IDs. Folders are read in name order already; with standard input among the
// paths the order given is kept (the position of "-" is the user's choice).
func inputOrder(paths []string) []string {
	if slices.Contains(paths, "-") {
		return paths
	}
	out := slices.Clone(paths)
	slices.Sort(out)
	return slices.Compact(out)
}

// defaultMemoryLimit is the soft limit of the Go heap during a load. Badger's memtables, caches
// and table builders plus the extraction workers hold about 130 MB live (more during deep
// compactions); without a limit the collector lets the heap grow to twice that. At 224 MiB the
// collector runs more often for little CPU (bench/README.md); the store's mapped files
// (graph.Options.ResidentFiles, 96 MiB) come on top of it in RSS, and the two keep a load under
// 500 MB whatever the corpus size.
const defaultMemoryLimit = "224MiB"

// setMemoryLimit applies --memory-limit unless $GOMEMLIMIT is set. Units: B, KiB, MiB, GiB
// (as GOMEMLIMIT), or a plain number of bytes.
func setMemoryLimit(v string) error {
	if os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	n, err := parseBytes(v)
	if err != nil {
		return fmt.Errorf("--memory-limit %q: %w", v, err)
	}
	if n > 0 {
		debug.SetMemoryLimit(n)
	}
	return nil
}

func parseBytes(v string) (int64, error) {
	v = strings.TrimSpace(v)
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(v, u.suffix) {
			v, mult = strings.TrimSuffix(v, u.suffix), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil || n < 0 {
		return 0, errors.New("want a size such as 256MiB, 1GiB or 0")
	}
	return n * mult, nil
}

// loadSummary is what a load did. Every input document read is counted once in exactly one of
// new, Unchanged, Replaced, Duplicates or Failed, so the summary line adds up to Read().
type loadSummary struct {
	Articles  int // articles read and stored (new, replaced or unchanged; duplicates included)
	Unchanged int // already stored with identical content before this load
	SameText  int // of Unchanged: stored before under another URL or none (graph.MergeResult.SameTextAs)
	// LackURL: of SameText, inputs without a URL whose text is stored with one (a load without
	// the manifest that gave the URL): nothing differs but the URL they lack
	LackURL    int
	Duplicates int // the same article as another input of this load (a page's .txt and .html)
	Replaced   int // same URL, new text
	Upgraded   int // of Replaced: same text as a stored article, now with the URL/date/outlet it lacked (graph.MergeResult.Upgraded)
	// NearDuplicates: of new and replaced, those stored that nearly repeat a stored article
	// (graph.MergeResult.NearDuplicateOf: same title and date, text nearly the same)
	NearDuplicates int
	Failed         int
	Nodes          int // in the store after the load
	Relations      int
	Seconds        float64

	stored map[string]loadInput // article ID → the input of this load that stands for it (sameLoadRule)
	// undated: article ID → whether the version this load wrote (new or replaced) has no
	// publication date (none given, or one that is not a date: input warns and stores it undated)
	undated map[string]bool
	// undatedSource: article ID → the input (file, file:line) that stored it undated, named in the
	// summary so the user can date it (--published, --manifest)
	undatedSource map[string]string
}

// Undated is the number of articles this load wrote (new or replaced) with no publication date:
// they fall in no from/to window, so the summary says so (new-user trial 19, A8).
func (s loadSummary) Undated() int {
	n := 0
	for _, u := range s.undated {
		if u {
			n++
		}
	}
	return n
}

// undatedNames names the inputs stored undated, sorted, the first three and how many more.
func (s loadSummary) undatedNames() string {
	var names []string
	for id, u := range s.undated {
		if u && s.undatedSource[id] != "" {
			names = append(names, s.undatedSource[id])
		}
	}
	slices.Sort(names)
	more := ""
	if len(names) > 3 {
		more = fmt.Sprintf(" and %d more", len(names)-3)
		names = names[:3]
	}
	return strings.Join(names, ", ") + more
}

// Read is the number of documents this load read: stored ones and failed ones.
func (s loadSummary) Read() int { return s.Articles + s.Failed }

// New is the number of articles this load added to the store.
func (s loadSummary) New() int { return s.Articles - s.Unchanged - s.Duplicates - s.Replaced }

// String is the one summary line of a load, e.g. "read 27 articles: 20 new, 0 unchanged,
// 0 replaced, 7 duplicates of another input, 0 failed; store has 412 nodes, 530 relations; 3.10 s".
// The parts after the colon add up to the number read.
func (s loadSummary) String() string {
	dup := ""
	if s.Duplicates > 0 {
		dup = fmt.Sprintf(", %s of another input", plural(s.Duplicates, "duplicate"))
	}
	same := ""
	var sameParts []string
	if s.LackURL > 0 {
		sameParts = append(sameParts, fmt.Sprintf("%d stored before with a URL the input lacks", s.LackURL))
	}
	if n := s.SameText - s.LackURL; n > 0 {
		sameParts = append(sameParts, fmt.Sprintf("%d stored before under another URL or none", n))
	}
	if len(sameParts) > 0 {
		same = " (" + strings.Join(sameParts, ", ") + ", kept as stored)"
	}
	upgraded := ""
	if s.Upgraded > 0 {
		upgraded = fmt.Sprintf(" (%d same text, now with URL/date from the manifest)", s.Upgraded)
	}
	undated := ""
	if n := s.Undated(); n > 0 {
		undated = fmt.Sprintf("; %d stored undated (no publication date: in no from/to window; %s; date them with --published or --manifest)", n, s.undatedNames())
	}
	if s.NearDuplicates > 0 { // after undated, as the parts after the colon add up without it
		undated += fmt.Sprintf("; %d stored as near-duplicates of stored articles (same title and date: Article.nearDuplicateOf)", s.NearDuplicates)
	}
	return fmt.Sprintf("read %s: %d new, %d unchanged%s, %d replaced%s%s, %d failed; store has %s, %s; %.2f s%s",
		plural(s.Read(), "article"), s.New(), s.Unchanged, same, s.Replaced, upgraded, dup, s.Failed,
		plural(s.Nodes, "node"), plural(s.Relations, "relation"), s.Seconds, undated)
}

// plural is "1 article", "0 articles", "2 articles": n and noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// job is one document in input order; seq orders the writer so that entity resolution across
// articles, and so every ID, does not depend on which worker finished first.
type job struct {
	seq int
	doc input.Document
	err error // a read error for this document
	g   *graph.ArticleGraph
}

// loadPaths streams documents from paths through a pool of extraction workers into one writer that
// commits each article in its own transaction, in input order. Memory stays bounded whatever the
// input size: the reader takes one of 4×workers slots per document and the writer gives it back
// once the document is stored or reported, so at most that many documents (read, in extraction,
// or extracted and waiting for an earlier one) are held at once.
func loadPaths(ctx context.Context, g *globals, s *graph.Store, p *loader.Pipeline, paths []string, workers int, progress bool, meta docMeta) (loadSummary, error) {
	if workers < 1 {
		workers = 1
	}
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	bar := newProgress(g.stderr, progress)
	if progress && !slices.Contains(paths, "-") {
		go func() {
			if n, err := countDocuments(ctx, paths); err == nil {
				bar.setTotal(n)
			}
		}()
	}

	slots := make(chan struct{}, 4*workers)
	in := make(chan job, workers)
	out := make(chan job, workers)
	var readErr error
	go func() {
		defer close(in)
		seq := 0
		readErr = input.Read(ctx, paths, g.stdin, func(d input.Document, err error) error {
			if err == nil {
				if merr := meta.apply(&d, seq); merr != nil {
					return merr
				}
			}
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case in <- job{seq: seq, doc: d, err: err}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				var j job
				var ok bool
				// Waiting for input watches ctx too: the reader may be blocked in a read that
				// never returns (a terminal or a pipe on stdin), and a signal must still end the load.
				select {
				case j, ok = <-in:
				case <-ctx.Done():
					return
				}
				if !ok {
					return
				}
				if j.err == nil {
					j.g, j.err = p.Process(ctx, j.doc)
				}
				select {
				case out <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	var sum loadSummary
	pending := map[int]job{}
	next := 0
	var writeErr error
collect:
	for {
		var j job
		select {
		case jj, ok := <-out:
			if !ok {
				break collect
			}
			j = jj
		case <-ctx.Done():
			// SIGINT or SIGTERM, or a store failure: every article committed so far stays.
			break collect
		}
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if writeErr == nil {
				writeErr = store(ctx, s, j, &sum, g, bar, cancel)
			}
			<-slots
			bar.add(sum.Articles, sum.Failed)
		}
	}
	bar.finish()
	if writeErr != nil {
		return sum, writeErr
	}
	// ctx first: after an interrupt the reader may still be running (blocked in a read), and
	// readErr is only safe to read once it has returned (it closes in after setting it).
	if ctx.Err() == nil && readErr != nil {
		return sum, readErr
	}
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("load interrupted after %d articles: %w", sum.Articles, err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		return sum, err
	}
	sum.Nodes, sum.Relations = st.Nodes, st.Relations
	sum.Seconds = time.Since(start).Seconds()
	return sum, nil
}

// store merges one extracted article, or reports its read or extraction error. A failure of the
// store itself (graph.IsStoreFailure: a full disk, a closed store, an interrupt) is returned and
// the load cancelled, keeping what is committed; any other error storing the article concerns it
// alone (MergeArticle then left nothing of it behind): it is reported with its file and line and
// the load goes on (issue 16).
func store(ctx context.Context, s *graph.Store, j job, sum *loadSummary, g *globals, bar *progress, cancel func()) error {
	for _, w := range j.doc.Warnings {
		bar.clear()
		fmt.Fprintf(g.stderr, "warning: %s: %s\n", j.doc.Source, w)
	}
	if j.err != nil {
		sum.Failed++
		bar.clear()
		// Read errors say "loader: FILE: problem", extraction errors "FILE: problem": one shape
		// for the user, the file first.
		fmt.Fprintf(g.stderr, "error: %s\n", strings.TrimPrefix(j.err.Error(), "loader: "))
		return nil
	}
	key := graph.TextKey(&j.g.Article)
	if first, dup, err := sameLoadDuplicate(ctx, s, j, key, sum); err != nil {
		cancel()
		return fmt.Errorf("%s: storing article: %w", j.doc.Source, err)
	} else if dup {
		sum.Articles++
		sum.Duplicates++
		bar.clear()
		fmt.Fprintf(g.stderr, "note: %s: the same article as %s (same text), stored once\n", j.doc.Source, first.source)
		return nil
	}
	res, err := s.MergeArticle(ctx, j.g)
	if err != nil && !graph.IsStoreFailure(err) {
		sum.Failed++
		bar.clear()
		fmt.Fprintf(g.stderr, "error: %s: storing article: %v\n", j.doc.Source, err)
		return nil
	}
	if err != nil {
		cancel()
		return fmt.Errorf("%s: storing article: %w", j.doc.Source, err)
	}
	g.log.Debug("stored article", "source", j.doc.Source, "article", res.ArticleID, "unchanged", res.Skipped)
	sum.Articles++
	if !res.Skipped {
		if sum.undated == nil {
			sum.undated = map[string]bool{}
		}
		sum.undated[res.ArticleID] = j.g.Article.PublishedAt == ""
		if j.g.Article.PublishedAt == "" {
			if sum.undatedSource == nil {
				sum.undatedSource = map[string]string{}
			}
			sum.undatedSource[res.ArticleID] = j.doc.Source
		}
	}
	in := loadInput{source: j.doc.Source, text: key}
	switch {
	case res.SameTextAs != "":
		in.class = classSameText
		in.lackURL = j.g.Article.URL == "" && res.SameTextURL != ""
	case res.Skipped:
		in.class = classUnchanged
	case res.Replaced:
		in.class, in.upgraded = classReplaced, res.Upgraded != ""
	}
	// An article another input of this same load stored (the same text, or the same URL) is a
	// duplicate, not "unchanged": say which file it repeats, so that a user who finds fewer
	// articles in the store than files given knows why. Of two inputs with the same text the one
	// whose article the store holds is counted (new, unchanged or replaced), the other as its
	// duplicate, whichever comes first (sameLoadRule).
	id := res.ArticleID
	if res.SameTextAs != "" {
		id = res.SameTextAs // the same text stored under another ID: that article is this one
	}
	prev := id
	if res.Upgraded != "" {
		prev = res.Upgraded // the stored copy this one replaced: its input, if of this load, is this one's duplicate
	}
	first, dup := sum.stored[prev]
	if dup && !res.Skipped && first.text != key {
		dup = false // the same URL with new text: replaced, as from another load
	}
	if sum.stored == nil {
		sum.stored = map[string]loadInput{}
	}
	switch {
	case dup && (res.Replaced || (res.Skipped && res.SameTextAs == "" && !res.KeptRicher && first.class == classSameText)):
		// This input's article is the stored one: the richer of the two (replaced just now), or
		// the stored article itself where the earlier input was only its text. It is counted as
		// the earlier one was (a new article stays new), the earlier one as its duplicate.
		in = promote(in, first)
		sum.tally(first, -1)
		sum.Duplicates++
		sum.tally(in, 1)
		delete(sum.stored, prev)
		sum.stored[res.ArticleID] = in
		bar.clear()
		fmt.Fprintf(g.stderr, "note: %s: the same article as %s (same text), stored from %s (%s); %s counted as its duplicate\n",
			j.doc.Source, first.source, j.doc.Source, promoteReason(res), first.source)
	case res.Skipped && dup:
		sum.Duplicates++
		bar.clear()
		fmt.Fprintf(g.stderr, "note: %s: the same article as %s (same text or URL), stored once\n", j.doc.Source, first.source)
	default:
		sum.tally(in, 1)
		if !dup {
			sum.stored[id] = in
		}
		switch {
		case res.SameTextAs != "":
			if note := sameTextNote(res, j.g.Article.URL, j.doc.Source); note != "" {
				bar.clear()
				fmt.Fprintf(g.stderr, "note: %s: %s\n", j.doc.Source, note)
			}
		case res.KeptRicher:
			bar.clear()
			fmt.Fprintf(g.stderr, "note: %s: same text as stored article %s, which has a URL, date or outlet this one lacks; kept as stored\n",
				j.doc.Source, res.ArticleID)
		case res.Upgraded != "":
			bar.clear()
			fmt.Fprintf(g.stderr, "note: %s: same text as stored article %s, which lacked its URL, date or outlet; replaced by it (now %s)\n",
				j.doc.Source, res.Upgraded, res.ArticleID)
		case res.NearDuplicateOf != "" && !res.Skipped:
			// a corrected copy or a repost with small edits: stored (only the same text is one
			// article), but its sentences count its relations' evidence again (nu19 A12)
			sum.NearDuplicates++
			bar.clear()
			fmt.Fprintf(g.stderr, "note: %s: near-duplicate of stored article %s (same title and date, text nearly the same); "+
				"stored as %s, whose sentences count as evidence but not toward confidence (Article.nearDuplicateOf names the first copy; relations(nearDuplicates: false) counts each statement once)\n",
				j.doc.Source, res.NearDuplicateOf, res.ArticleID)
		}
	}
	return nil
}

// sameLoadDuplicate reports whether input j repeats, under the same ID and with the same text, the
// article an earlier input of this load stored, without richer metadata (graph.Richer): it is
// then that input's duplicate and is not merged. Merging it would replace the stored article by
// the poorer or equal copy (the same ID with other metadata is a new version across loads), and
// which of the two the store holds would depend on the order of the files (sameLoadRule). An
// earlier input that was only the same text as an article stored before (classSameText) stored
// nothing: this one is merged.
func sameLoadDuplicate(ctx context.Context, s *graph.Store, j job, key string, sum *loadSummary) (loadInput, bool, error) {
	first, ok := sum.stored[j.g.Article.ID]
	if !ok || first.class == classSameText || first.text != key {
		return first, false, nil
	}
	stored, err := s.Article(ctx, j.g.Article.ID)
	if errors.Is(err, graph.ErrNotFound) {
		return first, false, nil
	}
	if err != nil {
		return first, false, err
	}
	return first, !graph.Richer(&j.g.Article, stored), nil
}

// sameLoadRule: two inputs of one load with the same text (graph.TextKey) are one article, and the
// store holds the one with the richer metadata (graph.Richer: a URL before none, then a
// publication date, then an outlet; of two alike, the first in load order); the other is counted
// as its duplicate. A richer input after a poorer one replaces it in the store (MergeResult.
// Upgraded, or Replaced under the same ID) and takes its count (promote); a poorer or equal one
// after it is skipped (MergeResult.SameTextAs, sameLoadDuplicate). So the same files give the
// same stored article and the same counts whatever their names, and loading them again changes
// nothing: 0 new, the same number unchanged and of duplicates.

// inputClass is how an input that stored or kept an article is counted in a load's summary.
type inputClass int

const (
	classNew       inputClass = iota
	classUnchanged            // stored before with the same ID and content
	classSameText             // its text stored before under another ID (MergeResult.SameTextAs)
	classReplaced             // replaced the stored article with the same ID, or its poorer same-text copy
)

// loadInput is the input of a load that stands for a stored article: its file, its text
// (graph.TextKey) and how it is counted.
type loadInput struct {
	source   string
	text     string
	class    inputClass
	upgraded bool // replaced: a stored copy with the same text and poorer metadata (MergeResult.Upgraded)
	lackURL  bool // classSameText: the input has no URL, the stored copy has one (loadSummary.LackURL)
}

// tally adds (n = 1) or takes back (n = -1) in's count in the summary; new articles are what the
// other counts leave (loadSummary.New).
func (s *loadSummary) tally(in loadInput, n int) {
	switch in.class {
	case classUnchanged:
		s.Unchanged += n
	case classSameText:
		s.Unchanged += n
		s.SameText += n
		if in.lackURL {
			s.LackURL += n
		}
	case classReplaced:
		s.Replaced += n
		if in.upgraded {
			s.Upgraded += n
		}
	}
}

// promote is how input in, whose article now stands for the text that an earlier input of the
// same load (first) stored or kept, is counted: new if first was new (the store had neither), else
// replaced (the store had the text before this load, now with in's metadata) — or unchanged, when
// in is the stored article itself and first only its text.
func promote(in, first loadInput) loadInput {
	switch {
	case in.class == classUnchanged:
		return in
	case first.class == classNew:
		in.class, in.upgraded = classNew, false
	default:
		in.class = classReplaced
		in.upgraded = in.upgraded || first.upgraded
	}
	return in
}

// promoteReason says why an input's article is the stored one of its text.
func promoteReason(res graph.MergeResult) string {
	if res.Skipped {
		return "the article stored before this load"
	}
	return "a URL, date or outlet the other lacks"
}

// sameTextNote is the note for an input whose text is already stored under another identity
// (graph.MergeResult.SameTextAs) and was not stored again: which article, with which URL or file,
// and what differs. Only an input with a URL other than the stored one's can bring something the
// store lacks, so only then does it say how to store the input's version instead (delete, then
// load). An input without a URL whose text is stored with one (the same file loaded again without
// the --manifest that gave it its URL) differs only in lacking that URL: it gets no note when it
// is the stored article's own file (it is plainly unchanged; the summary counts it) and a note
// saying it is kept with its URL otherwise (new-user trial 28, finding 8: the note advised deleting
// the article and loading it again "to store it with this URL" when the input had no URL).
// It returns "" when there is nothing to say.
func sameTextNote(res graph.MergeResult, url, source string) string {
	where := "no URL"
	if res.SameTextURL != "" {
		where = "URL " + res.SameTextURL
	}
	if res.SameTextSource != "" {
		where += ", from " + res.SameTextSource
	}
	switch {
	case url != "" && url != res.SameTextURL:
		return fmt.Sprintf("same text as stored article %s (%s); kept as first stored, not stored again with URL %s "+
			"(to store it under this URL instead: claimgraph delete --article %s, then load it again)", res.SameTextAs, where, url, res.SameTextAs)
	case res.SameTextURL != "" && sameSource(source, res.SameTextSource):
		return ""
	case res.SameTextURL != "":
		return fmt.Sprintf("same text as stored article %s (%s); kept as stored, with the URL this input lacks", res.SameTextAs, where)
	default:
		return fmt.Sprintf("same text as stored article %s (%s); kept as first stored, not stored again", res.SameTextAs, where)
	}
}

// sameSource reports whether input path source names the file stored as stored: the same path,
// or the path a manifest names it by (relative to the manifest's folder) at its end.
func sameSource(source, stored string) bool {
	if stored == "" {
		return false
	}
	source, stored = filepath.ToSlash(source), filepath.ToSlash(stored)
	return source == stored || strings.HasSuffix(source, "/"+strings.TrimPrefix(stored, "./"))
}

// countDocuments counts the documents (and unreadable inputs) in paths the way input.Read finds
// them, for the progress total. It reads the input a second time, concurrently with the load.
func countDocuments(ctx context.Context, paths []string) (int, error) {
	n := 0
	err := input.Read(ctx, paths, nil, func(input.Document, error) error {
		n++
		return nil
	})
	return n, err
}

// progress shows articles done (of the total, once countDocuments has it), the rate and errors:
// a bar on a terminal, a log line every 5 s otherwise (so CI logs and pipes stay readable).
type progress struct {
	bar      *progressbar.ProgressBar
	w        io.Writer
	start    time.Time
	lastLog  time.Time
	logLines bool
	mu       sync.Mutex // guards total, set by the counting goroutine
	total    int        // 0 while unknown
}

func newProgress(w io.Writer, enabled bool) *progress {
	p := &progress{w: w, start: time.Now(), lastLog: time.Now()}
	if !enabled {
		return p
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("loading"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	} else {
		p.logLines = true
	}
	return p
}

func (p *progress) setTotal(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total = n
	if p.bar != nil {
		p.bar.ChangeMax(n)
	}
}

func (p *progress) add(done, failed int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("loading (%d errors)", failed))
		_ = p.bar.Set(done + failed)
		return
	}
	if p.logLines && time.Since(p.lastLog) >= 5*time.Second {
		p.lastLog = time.Now()
		el := time.Since(p.start).Seconds()
		of := ""
		if p.total > 0 {
			of = fmt.Sprintf("/%d", p.total)
		}
		fmt.Fprintf(p.w, "progress: %d%s articles, %.1f articles/s, %d errors\n", done+failed, of, float64(done+failed)/el, failed)
	}
}

// clear removes the bar line so an error message prints on a clean line.
func (p *progress) clear() {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

// startProfiles starts a CPU profile (when cpu is not "") and returns a function that stops it and
// writes a heap profile (when mem is not ""). bench/run.sh and performance work use them.
func startProfiles(cpu, mem string) (stop func() error, err error) {
	var cpuFile *os.File
	if cpu != "" {
		if cpuFile, err = os.Create(cpu); err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(cpuFile); err != nil {
			cpuFile.Close()
			return nil, err
		}
	}
	return func() error {
		if cpuFile != nil {
			pprof.StopCPUProfile()
			if err := cpuFile.Close(); err != nil {
				return err
			}
		}
		if mem == "" {
			return nil
		}
		f, err := os.Create(mem)
		if err != nil {
			return err
		}
		runtime.GC()
		if err := pprof.WriteHeapProfile(f); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}, nil
}

// readCuration parses and checks the curation file at path: every bad line (ParseCuration's shape
// checks, and a country code that data/lexicons/countries.txt does not know) is a usage error naming
// the file and line.
func readCuration(path string) (*graph.Curation, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usageError{fmt.Errorf("--curation: %w", err)}
	}
	defer f.Close()
	c, err := graph.ParseCuration(f, path)
	if err != nil {
		return nil, usageError{fmt.Errorf("--curation: %w", err)}
	}
	var bad []error
	for _, r := range c.Rules {
		if r.Op == graph.CurateCountry && !schema.KnownCountry(r.B) {
			bad = append(bad, fmt.Errorf("%s:%d: country %q is not a country code of data/lexicons/countries.txt (ISO 3166-1 alpha-3, such as CHN)", path, r.Line, r.B))
		}
	}
	if len(bad) > 0 {
		return nil, usageError{fmt.Errorf("--curation: %w", errors.Join(bad...))}
	}
	return c, nil
}

// storeCuration stores the checked curation c (read from path), replacing stored rules; rename,
// kind and country rules that name no stored actor are warned about on stderr (a note instead when
// a same-as or rename rule of c gives that name).
func storeCuration(ctx context.Context, g *globals, s *graph.Store, c *graph.Curation) error {
	path := c.Source
	unmatched, err := s.SetCuration(ctx, c)
	if err != nil {
		return err
	}
	// A rename, kind or country rule that names no stored actor changed nothing now; it is kept,
	// for the actors so named in the articles this load and later ones add. When the name is the
	// right side of a same-as or rename rule of the file, that is expected (the rules compose:
	// docs/curation.md), so a note names that line; otherwise the name is most often misspelt.
	given := map[string]int{} // normalized right side of an identity rule → its line
	for _, r := range c.Rules {
		if r.Op == graph.CurateSameAs || r.Op == graph.CurateRename {
			if _, ok := given[graph.NormalizeName(r.B)]; !ok {
				given[graph.NormalizeName(r.B)] = r.Line
			}
		}
	}
	for _, r := range unmatched {
		if line, ok := given[graph.NormalizeName(r.A)]; ok && r.Op != graph.CurateRename {
			fmt.Fprintf(g.stderr, "note: %s:%d: %s: no stored actor is named %q yet; the rule applies to the actors that the rule of line %d names so, in the articles this load and later ones add\n", path, r.Line, r.Op, r.A, line)
			continue
		}
		fmt.Fprintf(g.stderr, "warning: %s:%d: %s: no stored actor is named %q, so the rule changed nothing stored (check the spelling); it is kept for actors so named in the articles this load and later ones add\n", path, r.Line, r.Op, r.A)
	}
	// drop never deletes stored nodes (their relations may carry other articles' evidence): say so,
	// so that a user who wants a stored junk node gone reloads into a fresh store.
	for _, r := range c.Rules {
		if r.Op == graph.CurateDrop {
			fmt.Fprintf(g.stderr, "note: %s:%d: drop %q applies to articles loaded from now on; to remove it from articles already stored, load them into a fresh store with this file\n", path, r.Line, r.A)
		}
	}
	fmt.Fprintf(g.stdout, "stored %d curation rule(s) from %s\n", len(c.Rules), path)
	return nil
}
