// Loading: the source package listed by go list and type-checked with its in-package tests.

package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/tools/internal/golist"
)

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
	self, exports, err := golist.WithTests(abs)
	if err != nil {
		return err
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
	m.info = &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{},
		Defs: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	var terrs []string
	conf := types.Config{Importer: golist.Importer(m.fset, exports), Error: func(e error) { terrs = append(terrs, e.Error()) }}
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
