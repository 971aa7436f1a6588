// Writing: the edits applied, the moved declarations written to the destination, imports fixed.

package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

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
		if zi, zj := es[i].off == es[i].end, es[j].off == es[j].end; zi != zj {
			return zi // an insertion before a replacement at its offset (a key before a renamed element)
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
