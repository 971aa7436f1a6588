package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"sort"

	"github.com/claimgraph/claimgraph/tools/internal/golist"
)

// pkg is one type-checked package: its non-test files and the types.Info the analysis reads.
type pkg struct {
	dir   string // absolute directory
	fset  *token.FileSet
	files []*ast.File
	names []string // base names, parallel to files
	types *types.Package
	info  *types.Info
}

// loadPackage type-checks the package in dir (a directory inside a Go module) the way
// golang.org/x/tools/go/packages does, with the standard library only: `go list -deps -export`
// builds the dependencies and names their export data, which the gc importer then reads. It
// returns an error naming dir when go list or the type checker fails.
func loadPackage(dir string) (*pkg, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("go", "list", "-deps", "-export",
		"-json=ImportPath,Dir,Export,GoFiles,Error", ".")
	cmd.Dir = abs
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list in %s: %v: %s", abs, err, bytes.TrimSpace(stderr.Bytes()))
	}
	pkgs, err := golist.Decode(out)
	if err != nil {
		return nil, fmt.Errorf("go list in %s: %v", abs, err)
	}
	exports := map[string]string{}
	var self *golist.Package
	for i, l := range pkgs {
		if l.Error != nil {
			return nil, fmt.Errorf("go list in %s: %s: %s", abs, l.ImportPath, l.Error.Err)
		}
		exports[l.ImportPath] = l.Export
		if same, _ := sameDir(l.Dir, abs); same {
			self = &pkgs[i]
		}
	}
	if self == nil {
		return nil, fmt.Errorf("go list in %s: the package itself is not listed", abs)
	}
	p := &pkg{dir: abs, fset: token.NewFileSet()}
	names := append([]string(nil), self.GoFiles...)
	sort.Strings(names)
	for _, n := range names {
		f, err := parser.ParseFile(p.fset, filepath.Join(abs, n), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		p.files = append(p.files, f)
		p.names = append(p.names, n)
	}
	p.info = &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	conf := types.Config{Importer: golist.Importer(p.fset, exports)}
	p.types, err = conf.Check(self.ImportPath, p.fset, p.files, p.info)
	if err != nil {
		return nil, fmt.Errorf("type-checking %s: %v", self.ImportPath, err)
	}
	return p, nil
}

func sameDir(a, b string) (bool, error) {
	fa, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	fb, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(fa, fb), nil
}
