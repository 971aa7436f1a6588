// Command splitfloor moves a floor of the loader (files named by a pattern, as the layout map's
// file rules assign them) into a package of its own (issue 13; docs/layout/plan.md step 8): a
// MOVE, deterministic, and re-runnable on a newer main, since other branches edit loader/ while a
// move is prepared. It type-checks the source package with its in-package tests and then, in
// one go:
//
//   - moves every declaration of the named files to the destination package (a file doc_X.go
//     becomes dest/X.go; if that file exists the declarations are appended to it), with its
//     package clause changed, and keeps in the source package only the type aliases that name a
//     type of the destination (`type sent = docpkg.Sent`), which are the source's own names;
//   - splits the per-article struct (-struct doc=Doc): its fields whose types are all below the
//     source package (standard library, text, lexicon, input, discourse, graph, the destination)
//     move to the destination type, every one exported (lx → Lx, sents → Sents, each with its
//     comment naming the stage that writes it); the fields whose types are still the source's
//     (the Extractor, a stage's private memo types) stay in the source's struct, which embeds a
//     pointer to the destination type (`type doc struct{ *docpkg.Doc; x *Extractor; … }`), so
//     every method of the source's struct keeps compiling; the methods of the struct declared
//     in the moved files become the destination type's;
//   - exports each moved identifier the source package still names (functions, variables,
//     constants, types, methods, and the fields of moved struct types), rewrites those references
//     (`speechAt(…)` → `docpkg.SpeechAt(…)`, `d.sents` → `d.Sents`, `d.spanText(…)` →
//     `d.SpanText(…)`), and splits each composite literal of the struct (`&doc{x: x, lx: l}` →
//     `&doc{Doc: &docpkg.Doc{Lx: l}, x: x}`); a literal without keys, in a file that stays, of
//     another struct type that moves gets its keys (`namesakeFit{p, score, fm <= at}` →
//     `actors.NamesakeFit{P: p, Rank: score, Before: fm <= at}`: go vet rejects an unkeyed
//     literal of another package's struct);
//   - in the moved code, replaces a source alias by what it names (`sent` → `Sent`, `token` →
//     `text.Token`), drops the qualifier of the destination (and names another package by its own
//     name: `docpkg.Quote` → `doc.Quote`), fixes each touched file's imports and gofmts it.
//
// Once the struct is split, a stage moves with -struct doc (no "="): the methods of the source's
// struct declared in the moved files become functions of the document it embeds, the receiver
// their first parameter (`func (d *doc) markTurns()` → `func markTurns(d *doc.Doc)`), and their
// calls follow (`d.quoteAt(s, i)` → `segment.QuoteAt(d.Doc, s, i)` in the loader,
// `quoteAt(d, s, i)` in the stage); -rename names the stage's entry point (`segment=Annotate`).
//
// What it cannot do as a move it prints and stops on before writing anything, exit status 1:
// a moved file that names a source declaration that stays (a back-edge from the floor to a higher
// one), reads a field of the struct that stays (`d.x` in a method that moves), or calls a
// method of the struct that stays; a method that becomes a function used as a method value; a
// name that would collide in the destination (or with the source struct's own fields and
// methods, which would shadow a promoted one); a composite literal of the struct without keys; a
// type error in the source package (the move starts from a tree that builds). With -n it only
// reports.
//
// Usage, from the module root, on a tree that builds. The exact sequence of branch restruct21
// (docs/layout/plan.md step 8), to re-run on a newer main after merging the branch's commits
// before its first output commit (the tool, tools/layoutmap's flattening, and the two small moves
// that make the doc floor self-contained: doc.phx, doc_wordclasses.go):
//
//	go run ./tools/splitfloor -dir loader -to doc -as docpkg -files 'doc_*.go' -struct doc=Doc
//	go build ./... && go vet ./loader ./doc && go test ./loader ./doc     # commit: the doc floor
//	go run ./tools/splitfloor -dir loader -to segment -as segment -files 'segment_*.go,wire_dateline.go' -struct doc -rename segment=Annotate
//	go build ./... && go vet ./loader ./segment && go test ./loader       # commit: the segment floor
//	go run ./tools/layoutmap -dir loader -plan docs/layout/plan.md -o docs/layout/loader-map.md
//
// The actors floor (branch restruct22, docs/layout/plan.md step 8): tools/splitfloor/actors.sh
// runs the sequence below on whatever main is, checks it, and restores the tree when the tool or
// a check fails; it commits nothing:
//
//	FILES=$(cd loader && ls actor.go actor_*.go title_coordination.go | grep -v _test.go | grep -vx actor_coref.go | paste -sd,)
//	go run ./tools/splitfloor -n -dir loader -to actors -as actors -files "$FILES" -struct doc -rename findActors=Find
//	go run ./tools/splitfloor -dir loader -to actors -as actors -files "$FILES" -struct doc -rename findActors=Find
//	go build ./... && go vet ./loader ./actors && go test ./actors ./doc ./segment ./loader
//
// The speakers floor (branch restructs23, docs/layout/plan.md step 8): tools/splitfloor/speakers.sh
// does the same with
//
//	FILES=$(cd loader && ls speaker.go speaker_*.go | grep -v _test.go | paste -sd,)
//	go run ./tools/splitfloor -dir loader -to speakers -as speakers -files "$FILES" -struct doc
//
// The coreference floor (branch coref24) is tools/splitfloor/coref.sh; the surface floor (branch
// layout25) is tools/splitfloor/surface.sh:
//
//	FILES=$(cd loader && ls surface_*.go | grep -v _test.go | paste -sd,)
//	go run ./tools/splitfloor -dir loader -to surface -as surface -files "$FILES" -struct doc -rename surfaceResolver=Resolver
//
// The claims floor (branch layout26) is tools/splitfloor/claims.sh:
//
//	FILES=$(cd loader && ls claim*.go | grep -v _test.go | paste -sd,)
//	go run ./tools/splitfloor -dir loader -to claims -as claims -files "$FILES" -struct doc -rename findClaims=Find
//
// then compare the extraction before and after (../shared/eval/run_all.sh byte for byte, the
// goldens without -update, the corpus export). The tool leaves git to the user: `git add -A
// loader doc segment` records the moves. A second run finds nothing left to move and says so;
// a file a branch added on a floor after the move (a new doc_*.go) moves by the same command.
// Since the output depends only on the tree, a conflict in a merge of a branch over the output
// is best resolved by taking the branch's side of loader/, main's before the output, and
// running the tool again.
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"sort"
	"strings"
)

func main() {
	dir := flag.String("dir", "loader", "the source package's directory")
	to := flag.String("to", "doc", "the destination package's directory (created if absent; its name is the directory's)")
	as := flag.String("as", "", "the name the source imports the destination under (default: the destination's name)")
	files := flag.String("files", "", "comma-separated file name patterns of the source to move (filepath.Match; tests are never moved)")
	split := flag.String("struct", "", "old=New: the source's per-article struct whose portable fields move to the destination type New; old alone: the source's struct that embeds the document, whose methods in the moved files become functions of the embedded type")
	renames := flag.String("rename", "", "comma-separated old=New: the exported name of a moved declaration, instead of its name upper-cased (segment=Annotate)")
	dry := flag.Bool("n", false, "report what would move, write nothing")
	flag.Parse()
	if *files == "" {
		fmt.Fprintln(os.Stderr, "splitfloor: -files is required")
		os.Exit(2)
	}
	m := &mover{dir: *dir, to: *to, as: *as, dry: *dry}
	m.patterns = strings.Split(*files, ",")
	if *split != "" {
		old, nw, ok := strings.Cut(*split, "=")
		if old == "" || ok && nw == "" {
			fmt.Fprintln(os.Stderr, "splitfloor: -struct wants old=New or old")
			os.Exit(2)
		}
		m.structOld, m.structNew = old, nw
	}
	m.rename = map[string]string{}
	for _, r := range strings.Split(*renames, ",") {
		if old, nw, ok := strings.Cut(strings.TrimSpace(r), "="); ok {
			m.rename[old] = nw
		}
	}
	if err := m.run(); err != nil {
		fmt.Fprintln(os.Stderr, "splitfloor:", err)
		os.Exit(1)
	}
}

type edit struct {
	off, end int
	s        string
}

type mover struct {
	dir, to, as          string
	patterns             []string
	structOld, structNew string
	dry                  bool

	fset      *token.FileSet
	pkg       *types.Package
	info      *types.Info
	files     map[string]*ast.File // by absolute file name
	src       map[string][]byte
	moved     map[string]bool // absolute names of the files that move
	destPath  string
	destName  string
	destDir   string
	srcPath   string
	problems  []string
	edits     map[string][]edit
	imports   map[string]string // import name → quoted path, over the source's files and the destination
	newName   map[types.Object]string
	movedObj  map[types.Object]bool
	stayAlias map[*ast.GenDecl]bool
	structObj *types.TypeName
	moveField map[*types.Var]bool
	structDec *ast.GenDecl
	structTS  *ast.TypeSpec
	staying   map[*ast.Field]bool // fields of the split struct that stay in the source
	rename    map[string]string
	embedded  *types.TypeName       // the document type the source's struct embeds (-struct old)
	embField  string                // its field name
	toFunc    map[types.Object]bool // methods of the source's struct that become functions
	handled   map[*ast.SelectorExpr]bool
	modPath   string
}

func (m *mover) problem(pos token.Pos, format string, args ...any) {
	p := m.fset.Position(pos)
	m.problems = append(m.problems, fmt.Sprintf("%s:%d: %s", rel(p.Filename), p.Line, fmt.Sprintf(format, args...)))
}

func (m *mover) run() error {
	if err := m.load(); err != nil {
		return err
	}
	if len(m.moved) == 0 {
		fmt.Println("splitfloor: no file of", m.dir, "matches", strings.Join(m.patterns, ","), "- nothing to move")
		return nil
	}
	m.classify()
	if len(m.movedObj) == 0 && m.structDec == nil {
		fmt.Println("splitfloor: the matching files hold only aliases of the destination's types - nothing to move")
		return nil
	}
	m.names()
	m.edits = map[string][]edit{}
	m.rewrite()
	if len(m.problems) > 0 {
		sort.Strings(m.problems)
		return fmt.Errorf("not a move; nothing written. Resolve these first:\n  %s", strings.Join(m.problems, "\n  "))
	}
	return m.write()
}
