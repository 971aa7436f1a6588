// Planning: what moves (classify) and the names it takes in the destination (names).

package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

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
	return m.onStruct(f.Type().(*types.Signature))
}

// onStruct: sig is a method's whose receiver is the source's struct or a pointer to it.
func (m *mover) onStruct(sig *types.Signature) bool {
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
		return m.onStruct(o.Type().(*types.Signature))
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
