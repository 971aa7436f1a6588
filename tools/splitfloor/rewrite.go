// Rewriting: the edits to every reference of a moved declaration and to the split struct's literals.

package main

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"
)

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
				} else if in && m.embedded != nil && sel != nil && sel.Kind() == types.FieldVal && m.viaStruct(sel) && o.Name() == m.embField {
					// d.Doc in a method that becomes a function of the embedded type: d is that
					// document now (`actors.CountryEntity(d.Doc, c)` → `actors.CountryEntity(d, c)`)
					m.add(fn, n.X.End(), n.End(), "")
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
				if !in {
					m.keyLit(fn, n)
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
						if m.movedObj[o] && !in {
							m.docValue(fn, o, n.Value)
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

// keyLit gives keys to a literal, in a file that stays, of a struct type that moves
// (`namesakeFit{p, score, fm <= at}` → `actors.NamesakeFit{P: p, Rank: score, Before: fm <=
// at}`): once the type is another package's, go vet's composites check rejects a literal
// without keys, and names() has exported every field of such a type.
func (m *mover) keyLit(fn string, cl *ast.CompositeLit) {
	if len(cl.Elts) == 0 {
		return
	}
	if _, keyed := cl.Elts[0].(*ast.KeyValueExpr); keyed {
		return
	}
	tv, ok := m.info.Types[cl]
	if !ok {
		return
	}
	nt, ok := types.Unalias(tv.Type).(*types.Named)
	if !ok || !m.movedObj[nt.Obj()] || nt.Obj() == m.structObj {
		return
	}
	st, ok := nt.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, e := range cl.Elts {
		if i >= st.NumFields() || m.newName[st.Field(i)] == "" {
			m.problem(e.Pos(), "a literal of %s without keys whose field %d has no name to give", nt.Obj().Name(), i)
			return
		}
		m.add(fn, e.Pos(), e.Pos(), m.newName[st.Field(i)]+": ")
		m.docValue(fn, st.Field(i), e)
	}
}

// docValue gives, in a file that stays, a value for a field of a moved struct type whose type is
// a pointer to the source's struct (-struct old: `type surfaceResolver struct{ d *doc }`) the
// document that struct embeds: once moved, the field names the embedded type (`D *doc.Doc`), so
// `surfaceResolver{d}` becomes `surface.Resolver{D: d.Doc}`, as a call of a method that became a
// function is handed `d.Doc`. Added for the surface floor (branch layout25), whose resolver holds
// the loader's document.
func (m *mover) docValue(fn string, f *types.Var, e ast.Expr) {
	if m.embedded == nil || m.structObj == nil || m.structNew != "" {
		return
	}
	p, ok := types.Unalias(f.Type()).(*types.Pointer)
	if !ok {
		return
	}
	if n, ok := types.Unalias(p.Elem()).(*types.Named); !ok || n.Obj() != m.structObj {
		return
	}
	switch ast.Unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr:
		m.add(fn, e.End(), e.End(), "."+m.embField)
	default: // &doc{…}: the selector binds tighter than the operator
		m.add(fn, e.Pos(), e.Pos(), "(")
		m.add(fn, e.End(), e.End(), ")."+m.embField)
	}
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
