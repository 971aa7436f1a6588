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
//     `&doc{Doc: &docpkg.Doc{Lx: l}, x: x}`);
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
// then compare the extraction before and after (../shared/eval/run_all.sh byte for byte, the
// goldens without -update, the corpus export). The tool leaves git to the user: `git add -A
// loader doc segment` records the moves. A second run finds nothing left to move and says so;
// a file a branch added on a floor after the move (a new doc_*.go) moves by the same command.
// Since the output depends only on the tree, a conflict in a merge of a branch over the output
// is best resolved by taking the branch's side of loader/, main's before the output, and
// running the tool again.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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

type listed struct {
	ImportPath, Dir, Export, ForTest string
	GoFiles, TestGoFiles             []string
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

func goList(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	return cmd.Output()
}

func (m *mover) load() error {
	abs, err := filepath.Abs(m.dir)
	if err != nil {
		return err
	}
	out, err := goList(abs, "list", "-e", "-deps", "-test", "-export", "-json=ImportPath,Dir,Export,GoFiles,TestGoFiles,ForTest", ".")
	if err != nil {
		return fmt.Errorf("go list: %v", err)
	}
	exports := map[string]string{}
	var self *listed
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var l listed
		if err := dec.Decode(&l); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return err
		}
		if l.ForTest == "" && l.Export != "" {
			exports[l.ImportPath] = l.Export
		}
		if l.Dir == abs && l.ForTest == "" && self == nil {
			c := l
			self = &c
		}
	}
	if self == nil {
		return fmt.Errorf("%s not listed", abs)
	}
	m.srcPath = self.ImportPath
	mod, err := goList(abs, "list", "-m", "-f", "{{.Path}} {{.Dir}}")
	if err != nil {
		return err
	}
	modPath, modDir, _ := strings.Cut(strings.TrimSpace(string(mod)), " ")
	m.modPath = modPath
	m.destDir, err = filepath.Abs(m.to)
	if err != nil {
		return err
	}
	rel, err := filepath.Rel(modDir, m.destDir)
	if err != nil || strings.HasPrefix(rel, "..") {
		return fmt.Errorf("%s is outside the module %s", m.to, modDir)
	}
	m.destPath = modPath + "/" + filepath.ToSlash(rel)
	m.destName = filepath.Base(m.destDir)
	if m.as == "" {
		m.as = m.destName
	}
	m.fset = token.NewFileSet()
	m.files, m.src, m.moved = map[string]*ast.File{}, map[string][]byte{}, map[string]bool{}
	var fs []*ast.File
	names := append(append([]string(nil), self.GoFiles...), self.TestGoFiles...)
	sort.Strings(names)
	for _, n := range names {
		fn := filepath.Join(abs, n)
		b, err := os.ReadFile(fn)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(m.fset, fn, b, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		m.files[fn], m.src[fn] = f, b
		fs = append(fs, f)
		if !strings.HasSuffix(n, "_test.go") {
			for _, p := range m.patterns {
				if ok, _ := filepath.Match(strings.TrimSpace(p), n); ok {
					m.moved[fn] = true
				}
			}
		}
	}
	lookup := func(path string) (io.ReadCloser, error) {
		e, ok := exports[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(e)
	}
	m.info = &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{},
		Defs: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	var terrs []string
	conf := types.Config{Importer: importer.ForCompiler(m.fset, "gc", lookup), Error: func(e error) { terrs = append(terrs, e.Error()) }}
	m.pkg, _ = conf.Check(self.ImportPath, m.fset, fs, m.info)
	if len(terrs) > 0 {
		return fmt.Errorf("%s does not type-check (the move starts from a tree that builds):\n  %s", m.dir, strings.Join(terrs, "\n  "))
	}
	// import names known to the source and the destination: a moved reference may need one
	m.imports = map[string]string{}
	for _, fn := range sortedKeys(m.files) {
		for _, s := range m.files[fn].Imports {
			path, _ := strconv.Unquote(s.Path.Value)
			name := filepath.Base(path)
			if s.Name != nil {
				name = s.Name.Name
			}
			if _, ok := m.imports[name]; !ok && name != "_" && name != "." {
				m.imports[name] = s.Path.Value
			}
		}
	}
	return nil
}

func sortedKeys[V any](mp map[string]V) []string {
	ks := make([]string, 0, len(mp))
	for k := range mp {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func exported(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// isPkgLevel: a package-level object of the source package.
func (m *mover) isPkgLevel(o types.Object) bool {
	return o != nil && o.Pkg() == m.pkg && o.Parent() == m.pkg.Scope()
}

// destAlias reports an alias of the source that names a type declared outside the source (the
// destination's or a lower package's): the moved code names that type itself.
func (m *mover) aliasTarget(o types.Object) (types.Object, bool) {
	tn, ok := o.(*types.TypeName)
	if !ok || !tn.IsAlias() {
		return nil, false
	}
	t := types.Unalias(tn.Type())
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == m.pkg {
		return nil, false
	}
	return n.Obj(), true
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

// classify finds what moves: the declarations of the moved files but the destination's aliases,
// the portable fields of the split struct.
func (m *mover) classify() {
	m.movedObj, m.stayAlias, m.moveField = map[types.Object]bool{}, map[*ast.GenDecl]bool{}, map[*types.Var]bool{}
	m.staying, m.toFunc, m.handled = map[*ast.Field]bool{}, map[types.Object]bool{}, map[*ast.SelectorExpr]bool{}
	if m.structOld != "" {
		if tn, ok := m.pkg.Scope().Lookup(m.structOld).(*types.TypeName); ok {
			m.structObj = tn
			st, _ := tn.Type().Underlying().(*types.Struct)
			for i := 0; st != nil && i < st.NumFields(); i++ {
				v := st.Field(i)
				t := types.Unalias(v.Type())
				if p, ok := t.(*types.Pointer); ok {
					t = types.Unalias(p.Elem())
				}
				if n, ok := t.(*types.Named); ok && v.Embedded() && n.Obj().Pkg() != m.pkg {
					m.embedded, m.embField = n.Obj(), v.Name()
				}
			}
			if m.embedded != nil && m.structNew != "" {
				if m.embedded.Name() == m.structNew && m.embedded.Pkg().Path() == m.destPath {
					m.structNew = "" // split already: a second run only moves what is left
				} else {
					m.problems = append(m.problems, fmt.Sprintf("%s embeds %s already", m.structOld, m.embedded.Name()))
				}
			}
		} else {
			m.problems = append(m.problems, fmt.Sprintf("%s: no type %s", m.dir, m.structOld))
		}
	}
	for _, fn := range sortedKeys(m.files) {
		if !m.moved[fn] {
			continue
		}
		for _, d := range m.files[fn].Decls {
			switch d := d.(type) {
			case *ast.GenDecl:
				if d.Tok == token.IMPORT {
					continue
				}
				stay, move := 0, 0
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok {
						o := m.info.Defs[ts.Name]
						if _, ok := m.aliasTarget(o); ok {
							stay++
							continue
						}
						if o == m.structObj && m.structObj != nil && m.embedded != nil {
							stay++ // the source's struct, which embeds the document already: it stays
							continue
						}
						if o == m.structObj && m.structObj != nil {
							if m.structNew == "" {
								m.problem(d.Pos(), "%s embeds no struct of another package: -struct %s=New splits it first", m.structOld, m.structOld)
							}
							if len(d.Specs) != 1 {
								m.problem(d.Pos(), "%s is declared in a group: declare it alone", m.structOld)
							}
							m.structDec, m.structTS = d, ts
							continue
						}
					}
					move++
					m.eachDef(s, func(o types.Object) { m.movedObj[o] = true })
				}
				if stay > 0 && move > 0 {
					m.problem(d.Pos(), "a declaration group mixes what stays (aliases of %s, the source's struct) with declarations that move: split it", m.destName)
				}
				if stay > 0 && move == 0 {
					m.stayAlias[d] = true
				}
			case *ast.FuncDecl:
				o := m.info.Defs[d.Name]
				m.movedObj[o] = true
				if m.embedded != nil && d.Recv != nil && m.isStructMethod(o) {
					m.toFunc[o] = true
				}
			}
		}
	}
	// fields of moved struct types
	for o := range m.movedObj {
		if tn, ok := o.(*types.TypeName); ok {
			if st, ok := tn.Type().Underlying().(*types.Struct); ok {
				for i := 0; i < st.NumFields(); i++ {
					m.movedObj[st.Field(i)] = true
				}
			}
		}
	}
	if m.structTS != nil {
		st := m.structTS.Type.(*ast.StructType)
		for _, f := range st.Fields.List {
			portable := true
			ast.Inspect(f.Type, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					o := m.info.Uses[id]
					if m.isPkgLevel(o) && !m.movedObj[o] {
						if _, ok := m.aliasTarget(o); !ok {
							portable = false
						}
					}
				}
				return true
			})
			if len(f.Names) == 0 {
				m.problem(f.Pos(), "an embedded field in %s: not handled", m.structOld)
				continue
			}
			if !portable {
				m.staying[f] = true
			}
			for _, n := range f.Names {
				if v, ok := m.info.Defs[n].(*types.Var); ok && portable {
					m.moveField[v] = true
					m.movedObj[v] = true
				}
			}
		}
	}
}

func (m *mover) eachDef(s ast.Spec, f func(types.Object)) {
	switch s := s.(type) {
	case *ast.TypeSpec:
		f(m.info.Defs[s.Name])
	case *ast.ValueSpec:
		for _, n := range s.Names {
			if n.Name != "_" {
				f(m.info.Defs[n])
			}
		}
	}
}

// names gives each moved object its name in the destination: exported when the source still
// names it (or it is a field of the split struct), else unchanged; and checks collisions.
func (m *mover) names() {
	usedOutside := map[types.Object]bool{}
	for id, o := range m.info.Uses {
		if m.movedObj[o] && !m.moved[m.fset.Position(id.Pos()).Filename] {
			usedOutside[o] = true
		}
	}
	// a method of the struct used outside through a method value or call; a field of a moved
	// struct type set positionally outside
	for e, tv := range m.info.Types {
		cl, ok := e.(*ast.CompositeLit)
		if !ok || m.moved[m.fset.Position(cl.Pos()).Filename] {
			continue
		}
		if n, ok := types.Unalias(tv.Type).(*types.Named); ok && m.movedObj[n.Obj()] {
			if st, ok := n.Underlying().(*types.Struct); ok && len(cl.Elts) > 0 {
				if _, keyed := cl.Elts[0].(*ast.KeyValueExpr); !keyed {
					for i := 0; i < st.NumFields(); i++ {
						usedOutside[st.Field(i)] = true
					}
				}
			}
		}
	}
	m.newName = map[types.Object]string{}
	for o := range m.movedObj {
		n := o.Name()
		if usedOutside[o] {
			n = exported(n)
		}
		if v, ok := o.(*types.Var); ok && m.moveField[v] {
			n = exported(n)
		}
		if o == m.structObj {
			n = m.structNew
		}
		if r, ok := m.rename[o.Name()]; ok && (m.isPkgLevel(o) || m.toFunc[o]) {
			n = r
		}
		m.newName[o] = n
	}
	// collisions: top-level names in the destination, members of the destination struct
	existing := map[string]string{}
	members := map[string]string{} // of the destination struct
	if ents, err := os.ReadDir(m.destDir); err == nil {
		for _, e := range ents {
			if !strings.HasSuffix(e.Name(), ".go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(m.destDir, e.Name()), nil, parser.SkipObjectResolution)
			if err != nil {
				m.problems = append(m.problems, err.Error())
				continue
			}
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Recv == nil {
						existing[d.Name.Name] = e.Name()
					} else if recvName(d) == m.structNew {
						members[d.Name.Name] = e.Name()
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						switch s := s.(type) {
						case *ast.TypeSpec:
							existing[s.Name.Name] = e.Name()
						case *ast.ValueSpec:
							for _, n := range s.Names {
								existing[n.Name] = e.Name()
							}
						}
					}
				}
			}
		}
	}
	if _, ok := existing[m.structNew]; ok && m.structObj != nil {
		m.problems = append(m.problems, fmt.Sprintf("%s already declares %s", m.to, m.structNew))
	}
	top := map[string]types.Object{}
	mem := map[string]types.Object{}
	var objs []types.Object
	for o := range m.movedObj {
		objs = append(objs, o)
	}
	sort.Slice(objs, func(i, j int) bool { return objs[i].Pos() < objs[j].Pos() })
	for _, o := range objs {
		n := m.newName[o]
		switch {
		case m.isPkgLevel(o) || m.toFunc[o]:
			if f, ok := existing[n]; ok {
				m.problem(o.Pos(), "%s would collide with %s's %s (%s)", o.Name(), m.to, n, f)
			}
			if p, ok := top[n]; ok {
				m.problem(o.Pos(), "%s would collide with %s moved from %s", o.Name(), n, m.fset.Position(p.Pos()))
			}
			top[n] = o
		case m.isStructMember(o):
			if f, ok := members[n]; ok {
				m.problem(o.Pos(), "%s would collide with %s.%s (%s)", o.Name(), m.structNew, n, f)
			}
			if p, ok := mem[n]; ok {
				m.problem(o.Pos(), "%s would collide with %s.%s moved from %s", o.Name(), m.structNew, n, m.fset.Position(p.Pos()))
			}
			mem[n] = o
		}
	}
	// the source struct's own members would shadow a promoted one of the same name
	if m.structObj != nil {
		ms := types.NewMethodSet(types.NewPointer(m.structObj.Type()))
		for i := 0; i < ms.Len(); i++ {
			f := ms.At(i).Obj()
			if !m.movedObj[f] {
				if _, ok := mem[f.Name()]; ok {
					m.problem(f.Pos(), "method %s of %s stays and would shadow the moved %s.%s", f.Name(), m.structOld, m.structNew, f.Name())
				}
			}
		}
		st := m.structObj.Type().Underlying().(*types.Struct)
		for i := 0; i < st.NumFields(); i++ {
			f := st.Field(i)
			if !m.movedObj[f] {
				if _, ok := mem[f.Name()]; ok {
					m.problem(f.Pos(), "field %s of %s stays and would shadow the moved %s.%s", f.Name(), m.structOld, m.structNew, f.Name())
				}
				if f.Name() == m.structNew {
					m.problem(f.Pos(), "field %s of %s would collide with the embedded %s", f.Name(), m.structOld, m.structNew)
				}
			}
		}
	}
}

// isStructMethod: a method of the source's struct.
func (m *mover) isStructMethod(o types.Object) bool {
	f, ok := o.(*types.Func)
	if !ok || m.structObj == nil {
		return false
	}
	sig := f.Type().(*types.Signature)
	if sig.Recv() == nil {
		return false
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj() == m.structObj
}

// isStructMember: a field or method of the split struct.
func (m *mover) isStructMember(o types.Object) bool {
	if m.structObj == nil {
		return false
	}
	switch o := o.(type) {
	case *types.Var:
		return m.moveField[o]
	case *types.Func:
		if m.toFunc[o] {
			return false
		}
		sig := o.Type().(*types.Signature)
		if sig.Recv() == nil {
			return false
		}
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := t.(*types.Named)
		return ok && n.Obj() == m.structObj
	}
	return false
}

func recvName(d *ast.FuncDecl) string {
	t := d.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

func (m *mover) add(fn string, pos, end token.Pos, s string) {
	m.edits[fn] = append(m.edits[fn], edit{m.fset.Position(pos).Offset, m.fset.Position(end).Offset, s})
}

// qualify names a type of another package as the moved code writes it.
func (m *mover) qualify(o types.Object) string {
	if o.Pkg().Path() == m.destPath {
		return o.Name()
	}
	name := o.Pkg().Name()
	if p, ok := m.imports[name]; ok && p != strconv.Quote(o.Pkg().Path()) {
		m.problems = append(m.problems, fmt.Sprintf("%s: the name %s is %s's in %s", o.Pkg().Path(), name, p, m.dir))
	}
	m.imports[name] = strconv.Quote(o.Pkg().Path())
	return name + "." + o.Name()
}

// renameDoc renames a moved declaration's doc comment that opens with its old name.
func (m *mover) renameDoc(fn string, doc *ast.CommentGroup, o types.Object) {
	if doc == nil || o == nil || m.newName[o] == "" || m.newName[o] == o.Name() {
		return
	}
	c := doc.List[0]
	rest, ok := strings.CutPrefix(c.Text, "// "+o.Name())
	if !ok || rest != "" && !strings.ContainsAny(rest[:1], " ,:;.") {
		return
	}
	p := c.Pos() + token.Pos(len("// "))
	m.add(fn, p, p+token.Pos(len(o.Name())), m.newName[o])
}

func (m *mover) rewrite() {
	for _, fn := range sortedKeys(m.files) {
		f := m.files[fn]
		in := m.moved[fn]
		if in {
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					m.renameDoc(fn, d.Doc, m.info.Defs[d.Name])
					if o := m.info.Defs[d.Name]; m.toFunc[o] {
						// func (d *doc) name(args) → func name(d *doc.Doc, args)
						recv := "_"
						if r := d.Recv.List[0]; len(r.Names) > 0 {
							recv = r.Names[0].Name
						}
						m.add(fn, d.Recv.Opening, d.Name.Pos(), "")
						p := "%s *" + m.qualify(m.embedded)
						if len(d.Type.Params.List) > 0 {
							p += ", "
						}
						m.add(fn, d.Type.Params.Opening+1, d.Type.Params.Opening+1, fmt.Sprintf(p, recv))
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						doc := d.Doc
						if len(d.Specs) > 1 || doc == nil {
							switch s := s.(type) {
							case *ast.TypeSpec:
								doc = s.Doc
							case *ast.ValueSpec:
								doc = s.Doc
							}
						}
						m.eachDef(s, func(o types.Object) {
							if o != m.structObj {
								m.renameDoc(fn, doc, o)
							}
						})
					}
				}
			}
		}
		skip := map[*ast.Ident]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Field:
				if in && m.staying[n] {
					return false // a field the source's struct keeps: its type is the source's
				}
			case *ast.GenDecl:
				if m.stayAlias[n] {
					return false
				}
			case *ast.CallExpr:
				if se, ok := n.Fun.(*ast.SelectorExpr); ok {
					if sel := m.info.Selections[se]; sel != nil && m.toFunc[sel.Obj()] {
						// d.name(args) → name(d, args) in the moved code, pkg.Name(d.Doc, args) outside
						m.handled[se] = true
						name := m.newName[sel.Obj()]
						suffix := ""
						if !in {
							name = m.as + "." + name
							suffix = "." + m.embField
						}
						if len(sel.Index()) != 1 {
							m.problem(se.Pos(), "%s reached through an embedded field", se.Sel.Name)
						}
						if len(n.Args) > 0 {
							suffix += ", "
						}
						m.add(fn, n.Fun.Pos(), n.Fun.Pos(), name+"(")
						m.add(fn, se.X.End(), n.Lparen+1, suffix)
					}
				}
			case *ast.SelectorExpr:
				skip[n.Sel] = true
				if id, ok := n.X.(*ast.Ident); ok && in {
					if pn, ok := m.info.Uses[id].(*types.PkgName); ok {
						if pn.Imported().Path() == m.destPath {
							m.add(fn, n.Pos(), n.Sel.Pos(), "") // docpkg.X → X
						} else if pn.Imported().Name() != id.Name && strings.HasPrefix(pn.Imported().Path(), m.modPath+"/") {
							// the module's packages by their own names (docpkg.Quote → doc.Quote);
							// another renamed import keeps its name (nurl "net/url": a parameter
							// is called url)
							m.qualify(pn.Imported().Scope().Lookup(n.Sel.Name))
							m.add(fn, id.Pos(), id.End(), pn.Imported().Name()) // docpkg.X → doc.X
						}
						skip[id] = true
					}
				}
				if m.handled[n] {
					return true
				}
				sel := m.info.Selections[n]
				var o types.Object
				if sel != nil {
					o = sel.Obj()
				} else {
					o = m.info.Uses[n.Sel]
				}
				if o == nil {
					return true
				}
				if m.toFunc[o] {
					m.problem(n.Sel.Pos(), "the method value %s: a method that becomes a function is called only", n.Sel.Name)
				} else if m.movedObj[o] {
					if nn := m.newName[o]; nn != o.Name() {
						m.add(fn, n.Sel.Pos(), n.Sel.End(), nn)
					}
				} else if in && m.structObj != nil && sel != nil && m.viaStruct(sel) {
					m.problem(n.Sel.Pos(), "%s stays in %s's %s (a moved function reads it): move it first or pass it", o.Name(), m.dir, m.structOld)
				}
			case *ast.CompositeLit:
				if !in && m.structDec != nil {
					if tv, ok := m.info.Types[n]; ok {
						if nt, ok := types.Unalias(tv.Type).(*types.Named); ok && nt.Obj() == m.structObj {
							m.splitLit(fn, n, skip)
						}
					}
				}
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok {
					if o, ok := m.info.Uses[id].(*types.Var); ok && o.IsField() {
						skip[id] = true
						if m.movedObj[o] && !m.moveField[o] || m.moveField[o] && in {
							if nn := m.newName[o]; nn != o.Name() {
								m.add(fn, id.Pos(), id.End(), nn)
							}
						}
					}
				}
			case *ast.Ident:
				if skip[n] {
					return true
				}
				o := m.info.Uses[n]
				if o == nil {
					if d := m.info.Defs[n]; d != nil && in && m.movedObj[d] {
						if nn := m.newName[d]; nn != d.Name() {
							m.add(fn, n.Pos(), n.End(), nn)
						}
					}
					return true
				}
				if !m.isPkgLevel(o) {
					return true
				}
				switch {
				case m.movedObj[o] && in:
					if nn := m.newName[o]; nn != o.Name() {
						m.add(fn, n.Pos(), n.End(), nn)
					}
				case m.movedObj[o]:
					m.add(fn, n.Pos(), n.End(), m.as+"."+m.newName[o])
				case in && o == m.structObj && m.embedded != nil:
					m.add(fn, n.Pos(), n.End(), m.qualify(m.embedded))
				case in && o == m.structObj:
					m.add(fn, n.Pos(), n.End(), m.structNew)
				case in:
					if t, ok := m.aliasTarget(o); ok {
						m.add(fn, n.Pos(), n.End(), m.qualify(t))
					} else {
						m.problem(n.Pos(), "%s is declared in %s, which stays (a back-edge from the moved floor)", n.Name, filepath.Base(m.fset.Position(o.Pos()).Filename))
					}
				}
			}
			return true
		})
	}
}

// viaStruct: a selection of a field or method of the split struct (directly, not promoted
// from an embedded field of another type).
func (m *mover) viaStruct(sel *types.Selection) bool {
	t := sel.Recv()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj() == m.structObj && len(sel.Index()) == 1
}

// splitLit rewrites a composite literal of the split struct: the moved fields' keys go to an
// embedded literal of the destination type.
func (m *mover) splitLit(fn string, cl *ast.CompositeLit, skip map[*ast.Ident]bool) {
	var movedKV, stayKV []*ast.KeyValueExpr
	for _, e := range cl.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			m.problem(e.Pos(), "a literal of %s without keys", m.structOld)
			return
		}
		id := kv.Key.(*ast.Ident)
		skip[id] = true
		if v, ok := m.info.Uses[id].(*types.Var); ok && m.moveField[v] {
			movedKV = append(movedKV, kv)
		} else {
			stayKV = append(stayKV, kv)
		}
	}
	// the literal's body is rebuilt from its elements' text once every other edit is applied:
	// record it as a template the writer expands
	var b strings.Builder
	b.WriteString("\x00LIT")
	b.WriteString(m.structNew + ": &" + m.as + "." + m.structNew + "{")
	for i, kv := range movedKV {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "\x01%d:%d\x02", m.fset.Position(kv.Pos()).Offset, m.fset.Position(kv.End()).Offset)
	}
	b.WriteString("}")
	for _, kv := range stayKV {
		fmt.Fprintf(&b, ", \x01%d:%d\x02", m.fset.Position(kv.Pos()).Offset, m.fset.Position(kv.End()).Offset)
	}
	m.add(fn, cl.Lbrace+1, cl.Rbrace, b.String())
	for _, kv := range movedKV {
		id := kv.Key.(*ast.Ident)
		m.add(fn, id.Pos(), id.End(), m.newName[m.info.Uses[id]])
	}
}

// apply applies the edits inside [lo, hi) of b; an edit that is a literal template is expanded
// from the text of its elements with the edits inside them.
func apply(b []byte, es []edit, lo, hi int) string {
	var out strings.Builder
	at := lo
	for i := 0; i < len(es); i++ {
		e := es[i]
		if e.off < at || e.end > hi {
			continue
		}
		out.Write(b[at:e.off])
		if strings.HasPrefix(e.s, "\x00LIT") {
			// inner edits are those within [e.off, e.end)
			var inner []edit
			j := i + 1
			for ; j < len(es) && es[j].off < e.end; j++ {
				inner = append(inner, es[j])
			}
			t := strings.TrimPrefix(e.s, "\x00LIT")
			var lit strings.Builder
			for {
				k := strings.IndexByte(t, '\x01')
				if k < 0 {
					lit.WriteString(t)
					break
				}
				lit.WriteString(t[:k])
				l := strings.IndexByte(t, '\x02')
				a, c, _ := strings.Cut(t[k+1:l], ":")
				x, _ := strconv.Atoi(a)
				y, _ := strconv.Atoi(c)
				lit.WriteString(apply(b, inner, x, y))
				t = t[l+1:]
			}
			out.WriteString(lit.String())
			i = j - 1
		} else {
			out.WriteString(e.s)
		}
		at = e.end
	}
	out.Write(b[at:hi])
	return out.String()
}

func sortEdits(es []edit) []edit {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].off != es[j].off {
			return es[i].off < es[j].off
		}
		return es[i].end > es[j].end // an enclosing template before its inner edits
	})
	// drop duplicates (an identifier reached twice)
	var out []edit
	for _, e := range es {
		if len(out) > 0 && out[len(out)-1] == e {
			continue
		}
		out = append(out, e)
	}
	return out
}

// write produces the new files: the moved declarations in the destination, the rest in place.
func (m *mover) write() error {
	outputs := map[string]string{}   // absolute file name → new content ("" deletes)
	destAdd := map[string][]string{} // destination file → declarations
	destHead := map[string]string{}  // destination file → its header comment, for a new file
	for _, fn := range sortedKeys(m.files) {
		b := m.src[fn]
		es := sortEdits(m.edits[fn])
		if !m.moved[fn] {
			if len(es) > 0 {
				outputs[fn] = apply(b, es, 0, len(b))
			}
			continue
		}
		f := m.files[fn]
		base := filepath.Base(fn)
		destFile := filepath.Join(m.destDir, strings.TrimPrefix(base, strings.SplitN(base, "_", 2)[0]+"_"))
		if !strings.Contains(base, "_") {
			destFile = filepath.Join(m.destDir, base)
		}
		head := ""
		pkgOff := m.fset.Position(f.Package).Offset
		if pkgOff > 0 {
			head = string(b[:pkgOff])
		}
		var stay []string
		var moves []string
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
				continue
			}
			lo, hi := m.declRange(b, d)
			if g, ok := d.(*ast.GenDecl); ok && m.stayAlias[g] {
				stay = append(stay, string(b[lo:hi]))
				continue
			}
			if g, ok := d.(*ast.GenDecl); ok && g == m.structDec {
				dst, wrapper := m.splitStruct(b, es, lo, hi)
				moves = append(moves, dst)
				stay = append(stay, wrapper)
				continue
			}
			moves = append(moves, apply(b, es, lo, hi))
		}
		if len(moves) == 0 {
			continue // only the source's aliases of the destination's types: the file stays as it is
		}
		destAdd[destFile] = append(destAdd[destFile], moves...)
		if _, ok := destHead[destFile]; !ok {
			destHead[destFile] = head
		}
		if len(stay) > 0 {
			outputs[fn] = head + "package " + m.pkg.Name() + "\n\n" + strings.Join(stay, "\n\n") + "\n"
		} else {
			outputs[fn] = ""
		}
	}
	destPkg := m.destName
	for _, df := range sortedKeys(destAdd) {
		var content string
		if old, err := os.ReadFile(df); err == nil {
			content = strings.TrimRight(string(old), "\n") + "\n\n" + strings.Join(destAdd[df], "\n\n") + "\n"
		} else {
			content = destHead[df] + "package " + destPkg + "\n\n" + strings.Join(destAdd[df], "\n\n") + "\n"
		}
		outputs[df] = content
	}
	// imports and gofmt
	var report []string
	for _, fn := range sortedKeys(outputs) {
		c := outputs[fn]
		if c == "" {
			report = append(report, "delete "+rel(fn))
			continue
		}
		inDest := filepath.Dir(fn) == m.destDir
		nc, err := m.fixImports(c, inDest)
		if err != nil {
			return fmt.Errorf("%s: %v", rel(fn), err)
		}
		outputs[fn] = nc
		if _, err := os.Stat(fn); err != nil {
			report = append(report, "create "+rel(fn))
		} else if m.moved[fn] {
			report = append(report, "keep the aliases and the rest of the struct in "+rel(fn))
		}
	}
	nmoved := 0
	for o := range m.movedObj {
		if m.isPkgLevel(o) || m.isStructMember(o) || m.toFunc[o] {
			nmoved++
		}
	}
	var exportedNames []string
	for o, n := range m.newName {
		if n != o.Name() && o != m.structObj {
			exportedNames = append(exportedNames, o.Name()+"→"+n)
		}
	}
	sort.Strings(exportedNames)
	fmt.Printf("splitfloor: %d files of %s move to %s (%s); %d declarations, fields and methods (%d of them functions now); %d renamed: %s\n",
		len(m.moved), m.dir, m.to, m.destPath, nmoved, len(m.toFunc), len(exportedNames), strings.Join(exportedNames, " "))
	rewritten := 0
	for fn := range outputs {
		if !m.moved[fn] && filepath.Dir(fn) != m.destDir {
			rewritten++
		}
	}
	fmt.Printf("splitfloor: %d files of %s rewritten\n", rewritten, m.dir)
	for _, r := range report {
		fmt.Println("splitfloor:", r)
	}
	if m.dry {
		return nil
	}
	if err := os.MkdirAll(m.destDir, 0o755); err != nil {
		return err
	}
	for _, fn := range sortedKeys(outputs) {
		if outputs[fn] == "" {
			if err := os.Remove(fn); err != nil {
				return err
			}
			continue
		}
		if err := os.WriteFile(fn, []byte(outputs[fn]), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func rel(fn string) string {
	wd, _ := os.Getwd()
	if r, err := filepath.Rel(wd, fn); err == nil {
		return r
	}
	return fn
}

// declRange is a declaration's source with its doc comment, to the end of its line.
func (m *mover) declRange(b []byte, d ast.Decl) (int, int) {
	pos := d.Pos()
	switch d := d.(type) {
	case *ast.GenDecl:
		if d.Doc != nil {
			pos = d.Doc.Pos()
		}
	case *ast.FuncDecl:
		if d.Doc != nil {
			pos = d.Doc.Pos()
		}
	}
	lo := m.fset.Position(pos).Offset
	hi := m.fset.Position(d.End()).Offset
	for hi < len(b) && b[hi] != '\n' {
		hi++
	}
	return lo, hi
}

// splitStruct makes the destination type (the moved fields, their comments, the blocks'
// headings) and the source's wrapper (the embedded pointer and the fields that stay).
func (m *mover) splitStruct(b []byte, es []edit, lo, hi int) (string, string) {
	st := m.structTS.Type.(*ast.StructType)
	open := m.fset.Position(st.Fields.Opening).Offset + 1
	closeOff := m.fset.Position(st.Fields.Closing).Offset
	lineOf := func(off int) int { return bytes.Count(b[:off], []byte("\n")) }
	first := lineOf(open) + 1
	last := lineOf(closeOff) - 1
	lines := strings.Split(string(b), "\n")
	// owner of each line: a field (moved or not), a heading of a block, or blank
	type owner struct {
		moved, field bool
	}
	own := map[int]owner{}
	for _, f := range st.Fields.List {
		a := f.Pos()
		if f.Doc != nil {
			a = f.Doc.Pos()
		}
		z := f.End()
		if f.Comment != nil {
			z = f.Comment.End()
		}
		mv := false
		for _, n := range f.Names {
			if v, ok := m.info.Defs[n].(*types.Var); ok && m.moveField[v] {
				mv = true
			}
		}
		for l := lineOf(m.fset.Position(a).Offset); l <= lineOf(m.fset.Position(z).Offset); l++ {
			own[l] = owner{mv, true}
		}
		// a doc comment that opens a block (a blank line or the brace before it) is the block's
		// heading: it stays with every part that keeps a field of the block
		if f.Doc != nil {
			dl := lineOf(m.fset.Position(f.Doc.Pos()).Offset)
			if dl == first || strings.TrimSpace(lines[dl-1]) == "" {
				for l := dl; l <= lineOf(m.fset.Position(f.Doc.End()).Offset); l++ {
					own[l] = owner{}
				}
			}
		}
	}
	// blocks of lines between blank lines
	build := func(wantMoved bool) []string {
		var out []string
		var block []int
		flush := func() {
			var heading, body []string
			for _, l := range block {
				o, ok := own[l]
				switch {
				case ok && o.field && o.moved == wantMoved:
					body = append(body, m.editedLine(b, es, l, lines))
				case !ok || !o.field:
					if len(body) == 0 {
						heading = append(heading, m.editedLine(b, es, l, lines))
					}
				}
			}
			if len(body) > 0 {
				if len(out) > 0 {
					out = append(out, "")
				}
				out = append(out, heading...)
				out = append(out, body...)
			}
			block = nil
		}
		for l := first; l <= last; l++ {
			if strings.TrimSpace(lines[l]) == "" {
				flush()
				continue
			}
			block = append(block, l)
		}
		flush()
		return out
	}
	// the destination's declaration: the text before the brace (its doc comment renamed)
	pre := apply(b, es, lo, open)
	pre = strings.Replace(pre, "// "+m.structOld+" ", "// "+m.structNew+" ", 1)
	pre = strings.Replace(pre, "type "+m.structOld+" struct", "type "+m.structNew+" struct", 1)
	dst := pre + "\n" + strings.Join(build(true), "\n") + "\n}"
	wrapper := fmt.Sprintf("// %s is the %s's per-article state: the document (%s.%s), which the stages annotate and\n"+
		"// which the packages below read, and the fields whose types are still the %s's (they move\n"+
		"// with the stage that declares their type).\ntype %s struct {\n\t*%s.%s\n",
		m.structOld, m.pkg.Name(), m.as, m.structNew, m.pkg.Name(), m.structOld, m.as, m.structNew)
	if rest := build(false); len(rest) > 0 {
		wrapper += "\n" + strings.Join(rest, "\n") + "\n"
	}
	return dst, wrapper + "}"
}

// editedLine is line l of b with the edits inside it applied.
func (m *mover) editedLine(b []byte, es []edit, l int, lines []string) string {
	off := 0
	for i := 0; i < l; i++ {
		off += len(lines[i]) + 1
	}
	return apply(b, es, off, off+len(lines[l]))
}

// fixImports rewrites a file's import block to the packages it names: those it imported, the
// destination under its name in the source, and those a replaced alias names.
func (m *mover) fixImports(c string, inDest bool) (string, error) {
	fs := token.NewFileSet()
	f, err := parser.ParseFile(fs, "", c, parser.ParseComments)
	if err != nil {
		return "", fmt.Errorf("parse after the rewrite: %v", err)
	}
	// what the file may gain: the destination in the source; in the destination, what the
	// source's files import (a replaced alias names its package)
	known := map[string]string{}
	if inDest {
		for n, p := range m.imports {
			known[n] = p
		}
	} else {
		known[m.as] = strconv.Quote(m.destPath)
	}
	had := map[string]string{} // name → path, as the file imported it
	for _, s := range f.Imports {
		path, _ := strconv.Unquote(s.Path.Value)
		name := filepath.Base(path)
		if s.Name != nil {
			name = s.Name.Name
		}
		had[name] = s.Path.Value
		if s.Name == nil {
			// the package's own name may differ from the path's last element
			for n, p := range m.imports {
				if p == s.Path.Value && n == name {
					known[name] = p
				}
			}
		}
	}
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if n, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := n.X.(*ast.Ident); ok && id.Obj == nil { // not a name the file declares (fs *frameSentence)
				used[id.Name] = true
			}
		}
		return true
	})
	want := map[string]string{}
	for name, p := range had {
		// an import is dropped only when its name is sure and unused (a path ending in /v2 names
		// its package otherwise), or when it is the destination's own in the destination
		sure := !strings.HasPrefix(name, "v") || strings.TrimLeft(name[1:], "0123456789") != ""
		if (used[name] || !sure) && !(inDest && p == strconv.Quote(m.destPath)) {
			want[name] = p
		}
	}
	for name := range used {
		if _, ok := want[name]; ok {
			continue
		}
		if p, ok := known[name]; ok && !(inDest && p == strconv.Quote(m.destPath)) {
			want[name] = p
		}
	}
	for _, s := range f.Imports { // blank and dot imports stay
		if s.Name != nil && (s.Name.Name == "_" || s.Name.Name == ".") {
			want[s.Name.Name+s.Path.Value] = s.Path.Value
		}
	}
	same := len(want) == len(had)
	for n, p := range had {
		if want[n] != p {
			same = false
		}
	}
	if same {
		out, err := format.Source([]byte(c))
		return string(out), err
	}
	var std, other []string
	for _, n := range sortedKeys(want) {
		p := want[n]
		path, _ := strconv.Unquote(p)
		line := p
		if strings.HasPrefix(n, "_") || strings.HasPrefix(n, ".") {
			line = n[:1] + " " + p
		} else if filepath.Base(path) != n {
			line = n + " " + p
		}
		if strings.Contains(strings.SplitN(path, "/", 2)[0], ".") {
			other = append(other, line)
		} else {
			std = append(std, line)
		}
	}
	sort.Slice(std, func(i, j int) bool { return importPath(std[i]) < importPath(std[j]) })
	sort.Slice(other, func(i, j int) bool { return importPath(other[i]) < importPath(other[j]) })
	var blk string
	switch {
	case len(std)+len(other) == 0:
	case len(std)+len(other) == 1:
		blk = "import " + strings.Join(append(std, other...), "") + "\n"
	default:
		blk = "import (\n"
		for _, s := range std {
			blk += "\t" + s + "\n"
		}
		if len(std) > 0 && len(other) > 0 {
			blk += "\n"
		}
		for _, s := range other {
			blk += "\t" + s + "\n"
		}
		blk += ")\n"
	}
	// replace the import declarations (all of them) by the block, after the package clause
	var lo, hi int
	var found bool
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			if !found {
				lo = fs.Position(g.Pos()).Offset
				found = true
			}
			hi = fs.Position(g.End()).Offset
		}
	}
	var nc string
	if found {
		for hi < len(c) && c[hi] == '\n' {
			hi++
		}
		if blk != "" {
			blk += "\n"
		}
		nc = c[:lo] + blk + c[hi:]
	} else {
		p := fs.Position(f.Name.End()).Offset
		nc = c[:p] + "\n\n" + strings.TrimRight(blk, "\n") + c[p:]
	}
	out, err := format.Source([]byte(nc))
	if err != nil {
		return "", fmt.Errorf("gofmt after the rewrite: %v", err)
	}
	return string(out), nil
}

func importPath(line string) string {
	if i := strings.IndexByte(line, '"'); i >= 0 {
		return line[i:]
	}
	return line
}
