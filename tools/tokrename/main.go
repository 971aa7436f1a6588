// Command tokrename rewrites a package's uses of the loader's token type for its move to the
// package text/ (docs/layout/plan.md step 8, branch restruct7): the fields of a token (text,
// lower, start, end, kind, cap, allCaps, space) become the exported fields of text.Token (Text,
// Lower, …), in selectors and in composite-literal keys, and the type name `token` becomes
// `text.Token`. It is type-aware, so an entity's `kind` or a mention's `text` stays as it is.
//
// Usage: go run ./tools/tokrename -dir loader
//
// It type-checks the package's files and its in-package tests (go list export data for the
// imports), keeps going past type errors, and so also works after a merge has brought the move
// in: a selector whose operand has type text.Token (or the old token) and names an old field is
// rewritten either way. Files are rewritten in place; run gofmt and add the text import after it
// (the compiler names the files that need it). Errors: go list or parse failures, exit status 1.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
)

// fields maps the old field names to the exported ones: capitalisation only.
var fields = map[string]string{
	"text": "Text", "lower": "Lower", "start": "Start", "end": "End", "kind": "Kind",
	"cap": "Cap", "allCaps": "AllCaps", "space": "Space",
}

type listed struct {
	ImportPath  string
	Dir         string
	Export      string
	GoFiles     []string
	TestGoFiles []string
	ForTest     string
}

func main() {
	dir := flag.String("dir", "loader", "package directory")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "tokrename:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	cmd := exec.Command("go", "list", "-e", "-deps", "-test", "-export", "-json=ImportPath,Dir,Export,GoFiles,TestGoFiles,ForTest", ".")
	cmd.Dir = abs
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
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
	fset := token.NewFileSet()
	var files []*ast.File
	names := append(append([]string(nil), self.GoFiles...), self.TestGoFiles...)
	sort.Strings(names)
	for _, n := range names {
		f, err := parser.ParseFile(fset, filepath.Join(abs, n), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		files = append(files, f)
	}
	lookup := func(path string) (io.ReadCloser, error) {
		e, ok := exports[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(e)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "gc", lookup), Error: func(error) {}}
	conf.Check(self.ImportPath, fset, files, info) // errors expected after a merge: see the package comment

	// edits per file: byte offset → (old length, new text)
	type edit struct {
		off, n int
		s      string
	}
	edits := map[string][]edit{}
	add := func(pos token.Pos, old, s string) {
		p := fset.Position(pos)
		edits[p.Filename] = append(edits[p.Filename], edit{p.Offset, len(old), s})
	}
	isTok := func(t types.Type) bool {
		if t == nil {
			return false
		}
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := t.(*types.Named)
		if !ok || n.Obj().Pkg() == nil {
			return false
		}
		o := n.Obj()
		return o.Name() == "token" && o.Pkg().Path() == self.ImportPath || o.Name() == "Token" && filepath.Base(o.Pkg().Path()) == "text"
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.SelectorExpr:
				if nw, ok := fields[x.Sel.Name]; ok && isTok(info.Types[x.X].Type) {
					add(x.Sel.Pos(), x.Sel.Name, nw)
				}
			case *ast.CompositeLit:
				if isTok(info.Types[x].Type) {
					for _, el := range x.Elts {
						if kv, ok := el.(*ast.KeyValueExpr); ok {
							if id, ok := kv.Key.(*ast.Ident); ok {
								if nw, ok := fields[id.Name]; ok {
									add(id.Pos(), id.Name, nw)
								}
							}
						}
					}
				}
			case *ast.Ident:
				if o, ok := info.Uses[x].(*types.TypeName); ok && o.Name() == "token" && o.Pkg() != nil && o.Pkg().Path() == self.ImportPath {
					add(x.Pos(), x.Name, "text.Token")
				}
			}
			return true
		})
	}
	for file, es := range edits {
		b, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		sort.Slice(es, func(i, j int) bool { return es[i].off > es[j].off })
		last := -1
		for _, e := range es {
			if e.off == last {
				continue // one identifier reached twice
			}
			last = e.off
			b = append(b[:e.off:e.off], append([]byte(e.s), b[e.off+e.n:]...)...)
		}
		if err := os.WriteFile(file, b, 0o644); err != nil {
			return err
		}
		fmt.Printf("%s: %d edits\n", filepath.Base(file), len(es))
	}
	return nil
}
