// Command layoutmap maps a Go package of extraction stages that share one mutable document type
// onto the layered layout of docs/extraction-layout.md, so that splitting it into stage packages
// can proceed mechanically. From the type-checked source (the standard library's go/types over
// export data that `go list -export` names, as golang.org/x/tools/go/packages does) it reports:
//
//   - every function and method → its stage, by file name (rules in stages.go);
//   - every field of the document type, and of the package's structs reachable from it → the
//     stages whose code sets, constructs and reads it, and the pipeline phases that set it;
//   - every reference from a stage on a lower floor to one on a higher floor (back-edges), with
//     file:line, counted per stage pair;
//   - word lists and rule tables written as Go literals, with their sizes;
//   - methods of the document that touch only its immutable fields, which can become functions.
//
// Usage (from the module root):
//
//	go run ./tools/layoutmap [-dir loader] [-plan docs/layout/plan.md] [-o docs/layout/loader-map.md]
//
// It exits 1 with a message naming the package when go list or the type checker fails.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	dir := flag.String("dir", "loader", "directory of the package to map")
	planFile := flag.String("plan", "", "markdown file included as the proposed step order")
	out := flag.String("o", "", "output file (default standard output)")
	flag.Parse()
	if err := run(*dir, *planFile, *out); err != nil {
		fmt.Fprintln(os.Stderr, "layoutmap:", err)
		os.Exit(1)
	}
}

func run(dir, planFile, out string) error {
	p, err := loadPackage(dir)
	if err != nil {
		return err
	}
	r, err := analyze(p, loaderConfig(), filepath.Base(p.dir)+"/")
	if err != nil {
		return err
	}
	plan := ""
	if planFile != "" {
		b, err := os.ReadFile(planFile)
		if err != nil {
			return err
		}
		plan = string(b)
	}
	w := os.Stdout
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	cmd := "go run ./tools/layoutmap -dir " + dir
	if planFile != "" {
		cmd += " -plan " + planFile
	}
	if out != "" {
		cmd += " -o " + out
	}
	if err := render(w, r, revision(p.dir), plan, cmd); err != nil {
		return err
	}
	if out != "" {
		return w.Close()
	}
	return nil
}

// revision names the commit the package was read at, marked when its directory has uncommitted
// changes; "" outside a git work tree.
func revision(dir string) string {
	rev, err := exec.Command("git", "-C", dir, "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return ""
	}
	s := "commit " + strings.TrimSpace(string(rev))
	if st, err := exec.Command("git", "-C", dir, "status", "--porcelain", "--", ".").Output(); err == nil && len(strings.TrimSpace(string(st))) > 0 {
		s += " with uncommitted changes"
	}
	return s
}
