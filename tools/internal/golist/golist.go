// Package golist type-checks a package of this module for the repository's tools (layoutmap,
// splitfloor, tokrename) with the standard library only, the way golang.org/x/tools/go/packages
// does: `go list -deps -export -json` builds the dependencies and names their gc export data,
// which the importer returned by Importer then reads.
package golist

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
)

// Package is the part of one `go list -json` object the tools read.
type Package struct {
	ImportPath, Dir, Export, ForTest string
	GoFiles, TestGoFiles             []string
	Error                            *struct{ Err string }
}

// Decode reads the stream of JSON objects `go list -json` prints, in order. Errors: malformed
// JSON.
func Decode(out []byte) ([]Package, error) {
	var pkgs []Package
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p Package
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			return pkgs, nil
		} else if err != nil {
			return nil, err
		}
		pkgs = append(pkgs, p)
	}
}

// WithTests lists the package in the absolute directory abs with its dependencies and its
// in-package tests' (`go list -e -deps -test -export`; go list's stderr goes to ours) and
// returns the package itself (the first non-test entry whose Dir is abs) and the export data
// files of every non-test package by import path. Errors: go list failing, or abs not listed.
func WithTests(abs string) (Package, map[string]string, error) {
	cmd := exec.Command("go", "list", "-e", "-deps", "-test", "-export", "-json=ImportPath,Dir,Export,GoFiles,TestGoFiles,ForTest", ".")
	cmd.Dir = abs
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return Package{}, nil, fmt.Errorf("go list: %v", err)
	}
	pkgs, err := Decode(out)
	if err != nil {
		return Package{}, nil, err
	}
	exports := map[string]string{}
	var self *Package
	for i, l := range pkgs {
		if l.ForTest == "" && l.Export != "" {
			exports[l.ImportPath] = l.Export
		}
		if l.Dir == abs && l.ForTest == "" && self == nil {
			self = &pkgs[i]
		}
	}
	if self == nil {
		return Package{}, nil, fmt.Errorf("%s not listed", abs)
	}
	return *self, exports, nil
}

// Importer returns a gc importer over fset that reads the export data file exports names for
// each import path; a path with no file (or an empty one) is an error naming it.
func Importer(fset *token.FileSet, exports map[string]string) types.Importer {
	return importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		e, ok := exports[path]
		if !ok || e == "" {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(e)
	})
}
