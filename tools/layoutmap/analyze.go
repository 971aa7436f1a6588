package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Func is one function, method or package-level variable initializer (Key "var NAME") of the
// analysed package, with what its body touches directly.
type Func struct {
	Key       string // "name", "(*T).name", "(T).name" or "var name"
	File      string // base name
	Line      int
	Stage     string // "" when no file rule matches
	DocMethod bool   // a method of Config.DocType (pointer or value receiver)

	Reads, Writes, Inits map[*types.Var]int // fields of the package's structs: use counts
	Addrs                map[*types.Var]int // fields whose address is taken (&d.f): read sites too
	Calls                []*Edge
	Callers              []*Edge
	StrLits              int // string literals compared with == / != or listed in case clauses
	Stateful             bool
	DocState             bool // calls a method of the embedded doc.Doc that touches its mutable fields
	Phases               []string
}

// Edge is one reference from a function body to another function of the package: a call, or a
// function value taken (which the static call graph must assume is called).
type Edge struct {
	From, To *Func
	Pos      token.Position
}

// Field is a field of a named struct type declared in the package.
type Field struct {
	Owner, Name string
	Index       int // declaration order
	Var         *types.Var
	Comment     string
	WriteBy     map[string]int // stage → direct assignment sites
	InitBy      map[string]int // stage → composite-literal keys
	ReadBy      map[string]int // stage → read sites
	AddrBy      map[string]int // stage → sites taking its address
	WritePhases map[string]bool
}

// Literal is a word list or rule table written as a composite literal (or a set-building call
// over string literals) in Go code.
type Literal struct {
	Name     string // variable name, or the enclosing function for a literal inside one
	Pos      token.Position
	Type     string
	Entries  int // top-level elements (map entries, slice elements, call arguments, words)
	Strings  int // string literals inside, nested ones included
	WordList bool
	Stages   map[string]bool // stages whose code refers to the variable
	Local    bool            // inside a function body
}

// Switch is a switch statement whose case lists hold string literals.
type Switch struct {
	Func    *Func
	Pos     token.Position
	Strings int
}

// Report is everything the markdown is rendered from.
type Report struct {
	Cfg        Config
	PkgPath    string
	Prefix     string // shown before file names ("loader/")
	Funcs      []*Func
	Edges      []*Edge
	Fields     []*Field // DocType's fields first, then the reachable structs' by type name
	DocFields  int
	Structs    []string // DocType, then the struct types reachable from its fields
	Literals   []*Literal
	Switches   []*Switch
	Unassigned []string // files no rule matches
	Lines      map[string]int

	pending map[*types.Var][]*Func // uses of package variables, resolved once all are declared
}

type analyzer struct {
	p        *pkg
	cfg      Config
	prefix   string
	byObj    map[types.Object]*Func
	fieldOf  map[*types.Var]*Field
	varLits  map[*types.Var]*Literal
	report   *Report
	docNamed *types.Named
}

// analyze builds the report for a loaded package.
func analyze(p *pkg, cfg Config, prefix string) (*Report, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	a := &analyzer{p: p, cfg: cfg, prefix: prefix, byObj: map[types.Object]*Func{},
		fieldOf: map[*types.Var]*Field{}, varLits: map[*types.Var]*Literal{}}
	a.report = &Report{Cfg: cfg, PkgPath: p.types.Path(), Prefix: prefix, Lines: map[string]int{}}
	obj := p.types.Scope().Lookup(cfg.DocType)
	tn, ok := obj.(*types.TypeName)
	if !ok {
		return nil, fmt.Errorf("%s: no type %q", p.types.Path(), cfg.DocType)
	}
	if a.docNamed, ok = tn.Type().(*types.Named); !ok {
		return nil, fmt.Errorf("%s: %q is not a named type", p.types.Path(), cfg.DocType)
	}
	if _, ok := a.docNamed.Underlying().(*types.Struct); !ok {
		return nil, fmt.Errorf("%s: %q is not a struct", p.types.Path(), cfg.DocType)
	}
	a.collectFields()
	a.collectFuncs()
	for i, f := range p.files {
		a.walkFile(f, p.names[i])
	}
	a.markStateful()
	a.phases()
	for i, f := range p.files {
		a.report.Lines[p.names[i]] = p.fset.Position(f.End()).Line
	}
	sort.SliceStable(a.report.Funcs, func(i, j int) bool {
		x, y := a.report.Funcs[i], a.report.Funcs[j]
		if x.File != y.File {
			return x.File < y.File
		}
		return x.Line < y.Line
	})
	return a.report, nil
}

// collectFields records the fields of the document type and of every named struct of the package
// reachable from them through pointers, slices, arrays, maps and channels, and of the package doc
// beside it (the document's types that have left the loader, named there through aliases: sent =
// docpkg.Sent since restruct10), which are listed as doc.Name.
func (a *analyzer) collectFields() {
	seen := map[*types.Named]bool{}
	var order []*types.Named
	docPkg := path.Dir(a.p.types.Path()) + "/doc"
	var visit func(t types.Type)
	visit = func(t types.Type) {
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if t.Obj().Pkg() == nil || t.Obj().Pkg() != a.p.types && t.Obj().Pkg().Path() != docPkg || seen[t] {
				return
			}
			st, ok := t.Underlying().(*types.Struct)
			if !ok {
				return
			}
			seen[t] = true
			order = append(order, t)
			for i := 0; i < st.NumFields(); i++ {
				visit(st.Field(i).Type())
			}
		case *types.Pointer:
			visit(t.Elem())
		case *types.Slice:
			visit(t.Elem())
		case *types.Array:
			visit(t.Elem())
		case *types.Map:
			visit(t.Key())
			visit(t.Elem())
		case *types.Chan:
			visit(t.Elem())
		}
	}
	visit(a.docNamed)
	// the document type's fields: its own, and, since restruct21, those of the package doc's
	// Doc it embeds (type doc struct{ *docpkg.Doc; … }), listed as the document's: one table of
	// fields × stages, whichever package declares the field
	docFields := []*types.Var{}
	var flatten func(n *types.Named)
	flatten = func(n *types.Named) {
		st := n.Underlying().(*types.Struct)
		for i := 0; i < st.NumFields(); i++ {
			v := st.Field(i)
			if v.Embedded() {
				t := types.Unalias(v.Type())
				if p, ok := t.(*types.Pointer); ok {
					t = types.Unalias(p.Elem())
				}
				if en, ok := t.(*types.Named); ok && en.Obj().Pkg() != nil && en.Obj().Pkg().Path() == docPkg {
					if _, ok := en.Underlying().(*types.Struct); ok {
						flatten(en)
						continue
					}
				}
			}
			docFields = append(docFields, v)
		}
	}
	flatten(a.docNamed)
	rest := order[1:]
	sort.Slice(rest, func(i, j int) bool { return rest[i].Obj().Name() < rest[j].Obj().Name() })
	comments := a.fieldComments()
	docComments := structFieldComments(filepath.Join(filepath.Dir(a.p.dir), "doc"))
	for ti, n := range order {
		if ti > 0 && a.embeddedDoc(n) {
			continue // its fields are the document's, listed with them
		}
		st := n.Underlying().(*types.Struct)
		fields := make([]*types.Var, st.NumFields())
		for i := range fields {
			fields[i] = st.Field(i)
		}
		if ti == 0 {
			fields = docFields
		}
		owner := n.Obj().Name()
		if n.Obj().Pkg() != a.p.types {
			owner = n.Obj().Pkg().Name() + "." + owner
		}
		a.report.Structs = append(a.report.Structs, owner)
		for i, v := range fields {
			c := comments[v.Pos()]
			if v.Pkg() != a.p.types {
				c = docComments[fieldOwner(v, n, a.docNamed)+"."+v.Name()]
			}
			f := &Field{Owner: owner, Name: v.Name(), Index: i, Var: v,
				Comment: c, WriteBy: map[string]int{}, InitBy: map[string]int{},
				ReadBy: map[string]int{}, AddrBy: map[string]int{}, WritePhases: map[string]bool{}}
			a.fieldOf[v] = f
			a.report.Fields = append(a.report.Fields, f)
			if ti == 0 {
				a.report.DocFields++
			}
		}
	}
}

// embeddedDocMethod reports a method of a struct of the package doc that the document type
// embeds.
func (a *analyzer) embeddedDocMethod(f *types.Func) bool {
	recv := f.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	t := types.Unalias(recv.Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	return ok && a.embeddedDoc(n.Origin())
}

// embeddedDoc reports a struct of the package doc that the document type embeds: its fields are
// listed as the document's.
func (a *analyzer) embeddedDoc(n *types.Named) bool {
	st := a.docNamed.Underlying().(*types.Struct)
	for i := 0; i < st.NumFields(); i++ {
		if v := st.Field(i); v.Embedded() {
			t := types.Unalias(v.Type())
			if p, ok := t.(*types.Pointer); ok {
				t = types.Unalias(p.Elem())
			}
			if t == n {
				return true
			}
		}
	}
	return false
}

// fieldOwner names the struct of the package doc that declares v, a field listed under n: n
// itself, or, for the document type, the embedded struct whose field it is.
func fieldOwner(v *types.Var, n, docNamed *types.Named) string {
	if n != docNamed {
		return n.Obj().Name()
	}
	st := docNamed.Underlying().(*types.Struct)
	for i := 0; i < st.NumFields(); i++ {
		e := st.Field(i)
		if !e.Embedded() {
			continue
		}
		t := types.Unalias(e.Type())
		if p, ok := t.(*types.Pointer); ok {
			t = types.Unalias(p.Elem())
		}
		if en, ok := t.(*types.Named); ok {
			if es, ok := en.Underlying().(*types.Struct); ok {
				for j := 0; j < es.NumFields(); j++ {
					if es.Field(j) == v {
						return en.Obj().Name()
					}
				}
			}
		}
	}
	return n.Obj().Name()
}

// structFieldComments maps "Type.Field" to the field's line comment (or doc comment), one line,
// for the struct types declared in the Go files of dir (the package doc, whose types the loaded
// package reads through export data, without positions in its files); empty when dir has none.
func structFieldComments(dir string) map[string]string {
	out := map[string]string{}
	names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	fset := token.NewFileSet()
	for _, n := range names {
		if strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, n, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, sp := range g.Specs {
				ts, ok := sp.(*ast.TypeSpec)
				if !ok {
					continue
				}
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					continue
				}
				for _, fl := range st.Fields.List {
					if txt := fieldComment(fl); txt != "" {
						for _, nm := range fl.Names {
							out[ts.Name.Name+"."+nm.Name] = txt
						}
					}
				}
			}
		}
	}
	return out
}

// fieldComment is a struct field's line comment, else its doc comment, on one line; "" if none.
func fieldComment(fl *ast.Field) string {
	c := fl.Comment
	if c == nil {
		c = fl.Doc
	}
	if c == nil {
		return ""
	}
	return strings.Join(strings.Fields(c.Text()), " ")
}

// fieldComments maps a field's position to its line comment (or doc comment), one line.
func (a *analyzer) fieldComments() map[token.Pos]string {
	out := map[token.Pos]string{}
	for _, f := range a.p.files {
		ast.Inspect(f, func(n ast.Node) bool {
			st, ok := n.(*ast.StructType)
			if !ok {
				return true
			}
			for _, fl := range st.Fields.List {
				txt := fieldComment(fl)
				if txt == "" {
					continue
				}
				for _, nm := range fl.Names {
					out[nm.Pos()] = txt
				}
			}
			return true
		})
	}
	return out
}

func (a *analyzer) newFunc(key, file string, pos token.Pos) *Func {
	f := &Func{Key: key, File: file, Line: a.p.fset.Position(pos).Line, Stage: a.cfg.funcStage(key, file),
		Reads: map[*types.Var]int{}, Writes: map[*types.Var]int{}, Inits: map[*types.Var]int{},
		Addrs: map[*types.Var]int{}}
	a.report.Funcs = append(a.report.Funcs, f)
	return f
}

// collectFuncs creates a Func for every declared function and method before any body is walked,
// so that calls to functions declared later in the file list resolve.
func (a *analyzer) collectFuncs() {
	assigned := map[string]bool{}
	for i, file := range a.p.files {
		name := a.p.names[i]
		if a.cfg.stageOf(name) == "" && !assigned[name] {
			a.report.Unassigned = append(a.report.Unassigned, name)
		}
		assigned[name] = true
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			obj := a.p.info.Defs[fd.Name]
			if obj == nil {
				continue
			}
			fn := a.newFunc(funcKey(obj.(*types.Func)), name, fd.Pos())
			fn.DocMethod = a.isDocMethod(obj.(*types.Func))
			a.byObj[obj] = fn
		}
	}
}

func (a *analyzer) isDocMethod(f *types.Func) bool {
	recv := f.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Origin() == a.docNamed
}

// funcKey names a function as the report does: "name", "(*T).name" or "(T).name".
func funcKey(f *types.Func) string {
	recv := f.Type().(*types.Signature).Recv()
	if recv == nil {
		return f.Name()
	}
	t := recv.Type()
	star := ""
	if p, ok := t.(*types.Pointer); ok {
		star, t = "*", p.Elem()
	}
	name := t.String()
	if n, ok := t.(*types.Named); ok {
		name = n.Obj().Name()
	}
	return "(" + star + name + ")." + f.Name()
}

func (a *analyzer) walkFile(file *ast.File, name string) {
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			fn := a.byObj[a.p.info.Defs[d.Name]]
			if fn == nil || d.Body == nil {
				continue
			}
			a.walk(fn, d.Body)
		case *ast.GenDecl:
			if d.Tok != token.VAR {
				continue
			}
			for _, s := range d.Specs {
				vs := s.(*ast.ValueSpec)
				if len(vs.Values) == 0 {
					continue
				}
				var names []string
				for _, n := range vs.Names {
					names = append(names, n.Name)
				}
				fn := a.newFunc("var "+strings.Join(names, ", "), name, vs.Pos())
				for i, v := range vs.Values {
					a.walk(fn, v)
					if i < len(vs.Names) {
						a.topLiteral(vs.Names[i], v)
					} else if len(vs.Names) > 0 {
						a.topLiteral(vs.Names[0], v)
					}
				}
			}
		}
	}
}

// walk records what the body of fn reads, writes, calls and compares.
func (a *analyzer) walk(fn *Func, body ast.Node) {
	info := a.p.info
	writeOnly := map[*ast.SelectorExpr]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				a.markWrite(fn, l, writeOnly, n.Tok != token.ASSIGN && n.Tok != token.DEFINE)
			}
		case *ast.IncDecStmt:
			a.markWrite(fn, n.X, writeOnly, true)
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				if n.Key != nil {
					a.markWrite(fn, n.Key, writeOnly, false)
				}
				if n.Value != nil {
					a.markWrite(fn, n.Value, writeOnly, false)
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				a.markAddr(fn, n.X)
			}
		case *ast.CallExpr:
			if mutatesFirstArg(info, n) && len(n.Args) > 0 {
				a.markWrite(fn, n.Args[0], writeOnly, true)
			}
		case *ast.CompositeLit:
			a.compositeInits(fn, n)
			a.localLiteral(fn, n)
		case *ast.BinaryExpr:
			if (n.Op == token.EQL || n.Op == token.NEQ) && (isStringLit(n.X) || isStringLit(n.Y)) {
				fn.StrLits++
			}
		case *ast.SwitchStmt:
			cnt := 0
			for _, c := range n.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					if isStringLit(e) {
						cnt++
					}
				}
			}
			if cnt > 0 {
				fn.StrLits += cnt
				a.report.Switches = append(a.report.Switches, &Switch{Func: fn, Pos: a.pos(n.Pos()), Strings: cnt})
			}
		}
		return true
	})
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if sel := info.Selections[n]; sel != nil && sel.Kind() == types.FieldVal && !writeOnly[n] {
				if v, ok := sel.Obj().(*types.Var); ok {
					fn.Reads[v.Origin()]++
				}
			}
		case *ast.Ident:
			switch o := info.Uses[n].(type) {
			case *types.Func:
				if callee := a.byObj[o.Origin()]; callee != nil {
					e := &Edge{From: fn, To: callee, Pos: a.pos(n.Pos())}
					fn.Calls = append(fn.Calls, e)
					callee.Callers = append(callee.Callers, e)
					a.report.Edges = append(a.report.Edges, e)
				} else if a.embeddedDocMethod(o) && !a.cfg.immutableMethod(o.Name()) {
					// a method of the package doc's Doc (since restruct21), whose body this map
					// does not read: it touches the document's mutable state unless listed
					fn.DocState = true
				}
			case *types.Var:
				if o.Parent() == a.p.types.Scope() {
					a.pendingVarUse(o, fn)
				}
			}
		}
		return true
	})
}

// pendingVarUse remembers a use of a package variable; markStateful credits the stages that use
// a word-list variable once every file's literals are known.
func (a *analyzer) pendingVarUse(v *types.Var, fn *Func) {
	if a.report.pending == nil {
		a.report.pending = map[*types.Var][]*Func{}
	}
	a.report.pending[v] = append(a.report.pending[v], fn)
}

func (a *analyzer) pos(p token.Pos) token.Position {
	ps := a.p.fset.Position(p)
	ps.Filename = filepath.Base(ps.Filename)
	return ps
}

// markWrite records the fields an assignment target writes: the selected field, the field
// holding a map, slice or array whose element is set, and the value-typed struct field that
// holds a field being set (st.s.Text = … writes s too). A write through a pointer stops there:
// it writes the pointee's field, not the field holding the pointer.
func (a *analyzer) markWrite(fn *Func, e ast.Expr, writeOnly map[*ast.SelectorExpr]bool, alsoRead bool) {
	info := a.p.info
	switch e := e.(type) {
	case *ast.ParenExpr:
		a.markWrite(fn, e.X, writeOnly, alsoRead)
	case *ast.SelectorExpr:
		sel := info.Selections[e]
		if sel == nil || sel.Kind() != types.FieldVal {
			return
		}
		v := sel.Obj().(*types.Var).Origin()
		fn.Writes[v]++
		if !alsoRead {
			writeOnly[e] = true
		}
		if t := info.TypeOf(e.X); t != nil {
			if _, ptr := t.Underlying().(*types.Pointer); !ptr {
				a.markWrite(fn, e.X, writeOnly, alsoRead)
			}
		}
	case *ast.IndexExpr:
		t := info.TypeOf(e.X)
		if t == nil {
			return
		}
		switch t.Underlying().(type) {
		case *types.Map, *types.Slice, *types.Array, *types.Pointer:
			a.markWrite(fn, e.X, writeOnly, alsoRead)
		}
	case *ast.SliceExpr:
		a.markWrite(fn, e.X, writeOnly, alsoRead)
	}
}

// markAddr records a field whose address is taken (&d.lx.bodies, &st.toks[i]). It is no write by
// itself: a write through the pointer is recorded where it happens, as a write of the pointee's
// field. The field counts as read (the second pass sees its selector).
func (a *analyzer) markAddr(fn *Func, e ast.Expr) {
	switch e := e.(type) {
	case *ast.ParenExpr:
		a.markAddr(fn, e.X)
	case *ast.SelectorExpr:
		if sel := a.p.info.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
			fn.Addrs[sel.Obj().(*types.Var).Origin()]++
		}
	case *ast.IndexExpr:
		a.markAddr(fn, e.X)
	}
}

// mutatesFirstArg reports the built-ins and standard-library calls that change their first
// argument in place: delete, clear, copy, sort.* and slices.Sort*/Reverse.
func mutatesFirstArg(info *types.Info, c *ast.CallExpr) bool {
	switch fun := c.Fun.(type) {
	case *ast.Ident:
		if b, ok := info.Uses[fun].(*types.Builtin); ok {
			switch b.Name() {
			case "delete", "clear", "copy":
				return true
			}
		}
	case *ast.SelectorExpr:
		f, ok := info.Uses[fun.Sel].(*types.Func)
		if !ok || f.Pkg() == nil {
			return false
		}
		switch f.Pkg().Path() {
		case "sort":
			switch f.Name() {
			case "Slice", "SliceStable", "Sort", "Stable", "Strings", "Ints", "Float64s":
				return true
			}
		case "slices":
			return strings.HasPrefix(f.Name(), "Sort") || f.Name() == "Reverse"
		}
	}
	return false
}

// compositeInits records the keyed fields of a composite literal of a package struct: the
// fields a constructor sets.
func (a *analyzer) compositeInits(fn *Func, lit *ast.CompositeLit) {
	t := a.p.info.TypeOf(lit)
	if t == nil {
		return
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				if v, ok := a.p.info.Uses[id].(*types.Var); ok {
					fn.Inits[v.Origin()]++
				}
			}
		} else if i < st.NumFields() {
			fn.Inits[st.Field(i).Origin()]++
		}
	}
}

func isStringLit(e ast.Expr) bool {
	b, ok := e.(*ast.BasicLit)
	return ok && b.Kind == token.STRING
}

// countStrings counts the string literals under n.
func countStrings(n ast.Node) int {
	c := 0
	ast.Inspect(n, func(n ast.Node) bool {
		if isStringLit(asExpr(n)) {
			c++
		}
		return true
	})
	return c
}

func asExpr(n ast.Node) ast.Expr {
	e, _ := n.(ast.Expr)
	return e
}

// wordListType reports a map keyed by strings, or a slice or array of strings.
func wordListType(t types.Type) bool {
	isStr := func(t types.Type) bool {
		b, ok := t.Underlying().(*types.Basic)
		return ok && b.Info()&types.IsString != 0
	}
	switch t := t.Underlying().(type) {
	case *types.Map:
		return isStr(t.Key())
	case *types.Slice:
		return isStr(t.Elem())
	case *types.Array:
		return isStr(t.Elem())
	}
	return false
}

// topLiteral records the literal a package variable is initialized with: a composite literal,
// or a call whose arguments are string literals (lowerSet("a", "b"), strings.Fields("a b")).
func (a *analyzer) topLiteral(name *ast.Ident, v ast.Expr) {
	obj, _ := a.p.info.Defs[name].(*types.Var)
	if obj == nil {
		return
	}
	for {
		if u, ok := v.(*ast.UnaryExpr); ok && u.Op == token.AND {
			v = u.X
			continue
		}
		if p, ok := v.(*ast.ParenExpr); ok {
			v = p.X
			continue
		}
		break
	}
	var l *Literal
	switch v := v.(type) {
	case *ast.CompositeLit:
		t := a.p.info.TypeOf(v)
		l = &Literal{Name: name.Name, Pos: a.pos(v.Pos()), Type: types.TypeString(t, types.RelativeTo(a.p.types)),
			Entries: len(v.Elts), Strings: countStrings(v)}
		l.WordList = wordListType(t) && l.Strings > 0
	case *ast.CallExpr:
		if _, ok := v.Fun.(*ast.FuncLit); ok && len(v.Args) == 0 {
			// var x = func() map[string]bool { … strings.Fields("a b c") … }()
			t := a.p.info.TypeOf(v)
			n := a.builtEntries(v.Fun)
			if n == 0 {
				return
			}
			l = &Literal{Name: name.Name, Pos: a.pos(v.Pos()), Type: types.TypeString(t, types.RelativeTo(a.p.types)) + " (built by a function)",
				Entries: n, Strings: countStrings(v.Fun), WordList: wordListType(t)}
			break
		}
		l = a.setCall(name, v)
		if l == nil {
			return
		}
	default:
		return
	}
	l.Stages = map[string]bool{}
	a.varLits[obj] = l
	a.report.Literals = append(a.report.Literals, l)
}

// setCall reads a call that builds a word list from string literals: three or more literal
// arguments (lowerSet("a", "b", "c")), or strings.Fields of one literal. Other calls with a
// literal argument (errors.New, regexp.MustCompile) are no word lists.
func (a *analyzer) setCall(name *ast.Ident, v *ast.CallExpr) *Literal {
	t := a.p.info.TypeOf(v)
	typ := types.TypeString(t, types.RelativeTo(a.p.types)) + " (call)"
	for _, arg := range v.Args {
		if !isStringLit(arg) {
			return nil
		}
	}
	if len(v.Args) >= 3 {
		return &Literal{Name: name.Name, Pos: a.pos(v.Pos()), Type: typ, Entries: len(v.Args),
			Strings: len(v.Args), WordList: wordListType(t)}
	}
	if n := a.builtEntries(v); n > 0 && len(v.Args) == 1 {
		return &Literal{Name: name.Name, Pos: a.pos(v.Pos()), Type: typ, Entries: n, Strings: 1, WordList: true}
	}
	return nil
}

// builtEntries counts the words a function literal builds a list from: the words of each string
// literal passed to strings.Fields and the elements of each word-list composite literal inside.
func (a *analyzer) builtEntries(n ast.Node) int {
	c := 0
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && len(n.Args) == 1 && isStringLit(n.Args[0]) {
				if f, ok := a.p.info.Uses[sel.Sel].(*types.Func); ok && f.Pkg() != nil && f.Pkg().Path() == "strings" && f.Name() == "Fields" {
					if s, err := strconv.Unquote(n.Args[0].(*ast.BasicLit).Value); err == nil {
						c += len(strings.Fields(s))
					}
				}
			}
		case *ast.CompositeLit:
			if t := a.p.info.TypeOf(n); t != nil && wordListType(t) {
				c += len(n.Elts)
			}
		}
		return true
	})
	return c
}

// localLiteral records a map or slice literal of three or more string entries inside a function.
func (a *analyzer) localLiteral(fn *Func, lit *ast.CompositeLit) {
	if strings.HasPrefix(fn.Key, "var ") {
		return
	}
	t := a.p.info.TypeOf(lit)
	if t == nil || !wordListType(t) || len(lit.Elts) < 3 {
		return
	}
	s := countStrings(lit)
	if s < 3 {
		return
	}
	a.report.Literals = append(a.report.Literals, &Literal{Name: fn.Key, Pos: a.pos(lit.Pos()),
		Type: types.TypeString(t, types.RelativeTo(a.p.types)), Entries: len(lit.Elts), Strings: s,
		WordList: true, Stages: map[string]bool{fn.Stage: true}, Local: true})
}

// markStateful marks the functions that touch a field of the document other than the immutable
// ones, directly or through a function they call; the rest of the document's methods could be
// plain functions over tokens and lexicon tables.
func (a *analyzer) markStateful() {
	immutable := map[string]bool{}
	for _, n := range a.cfg.Immutable {
		immutable[n] = true
	}
	var queue []*Func
	for _, fn := range a.report.Funcs {
		for _, m := range []map[*types.Var]int{fn.Reads, fn.Writes} {
			for v := range m {
				if f := a.fieldOf[v]; f != nil && f.Owner == a.cfg.DocType && !immutable[f.Name] {
					fn.Stateful = true
				}
			}
		}
		if fn.DocState {
			fn.Stateful = true
		}
		if fn.Stateful {
			queue = append(queue, fn)
		}
	}
	for len(queue) > 0 {
		fn := queue[0]
		queue = queue[1:]
		for _, e := range fn.Callers {
			if !e.From.Stateful {
				e.From.Stateful = true
				queue = append(queue, e.From)
			}
		}
	}
	// field tables: direct uses by stage
	for _, fn := range a.report.Funcs {
		st := fn.Stage
		if st == "" {
			st = "unassigned"
		}
		for v, n := range fn.Writes {
			if f := a.fieldOf[v]; f != nil {
				f.WriteBy[st] += n
			}
		}
		for v, n := range fn.Inits {
			if f := a.fieldOf[v]; f != nil {
				f.InitBy[st] += n
			}
		}
		for v, n := range fn.Reads {
			if f := a.fieldOf[v]; f != nil {
				f.ReadBy[st] += n
			}
		}
		for v, n := range fn.Addrs {
			if f := a.fieldOf[v]; f != nil {
				f.AddrBy[st] += n
			}
		}
	}
	for v, fns := range a.report.pending {
		if l := a.varLits[v]; l != nil {
			for _, fn := range fns {
				if fn.Stage != "" {
					l.Stages[fn.Stage] = true
				}
			}
		}
	}
}

// phases marks every function reachable from each phase's roots through the static call graph
// (function values included) and the fields the phase writes through them.
func (a *analyzer) phases() {
	byKey := map[string]*Func{}
	for _, fn := range a.report.Funcs {
		byKey[fn.Key] = fn
	}
	for _, ph := range a.cfg.Phases {
		seen := map[*Func]bool{}
		var stack []*Func
		for _, r := range ph.Roots {
			if fn := byKey[r]; fn != nil && !seen[fn] {
				seen[fn] = true
				stack = append(stack, fn)
			}
		}
		for len(stack) > 0 {
			fn := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			fn.Phases = append(fn.Phases, ph.Name)
			for v := range fn.Writes {
				if f := a.fieldOf[v]; f != nil {
					f.WritePhases[ph.Name] = true
				}
			}
			for _, e := range fn.Calls {
				if !seen[e.To] {
					seen[e.To] = true
					stack = append(stack, e.To)
				}
			}
		}
	}
}

// missingRoots lists the phase roots the package does not declare.
func (r *Report) missingRoots() []string {
	have := map[string]bool{}
	for _, fn := range r.Funcs {
		have[fn.Key] = true
	}
	var out []string
	for _, ph := range r.Cfg.Phases {
		for _, k := range ph.Roots {
			if !have[k] {
				out = append(out, k)
			}
		}
	}
	return out
}
