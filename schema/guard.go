package schema

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/location"
	"github.com/graphql-go/graphql/language/source"
)

// The guards below run before graphql-go sees a document, because graphql-go v0.8.1 itself
// crashes on some hostile input: its recursive-descent parser overflows the stack on about two
// million nested '[', and its validator recurses forever on fragments that spread each other.

// scanNesting reports a QUERY_TOO_DEEP error when brackets ( [ { nest deeper than max, skipping
// strings, block strings and comments. It runs before parsing so the parser's recursion is
// bounded. Bytes rather than runes: every delimiter is ASCII and no byte of a multi-byte UTF-8
// sequence is.
func scanNesting(q string, max int) error {
	depth := 0
	for i := 0; i < len(q); i++ {
		switch q[i] {
		case '#':
			for i < len(q) && q[i] != '\n' && q[i] != '\r' {
				i++
			}
		case '"':
			if strings.HasPrefix(q[i:], `"""`) {
				i += 3
				for i < len(q) && !strings.HasPrefix(q[i:], `"""`) {
					if strings.HasPrefix(q[i:], `\"""`) {
						i += 3
					}
					i++
				}
				i += 2
				continue
			}
			for i++; i < len(q) && q[i] != '"' && q[i] != '\n'; i++ {
				if q[i] == '\\' {
					i++
				}
			}
		case '(', '[', '{':
			depth++
			if depth > max {
				return &Error{Code: CodeQueryTooDeep, Message: fmt.Sprintf("query nests brackets more than %d deep (at byte %d)", max, i)}
			}
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return nil
}

// limits bound a document's shape; see Options.
type limits struct {
	maxDepth, maxFields, maxAliases int
}

// docChecker walks a parsed document: fragment cycles, selection depth and size counted through
// fragments, and Int literals beyond 32 bits.
type docChecker struct {
	src   *source.Source
	lim   limits
	ops   []*ast.OperationDefinition
	frags map[string][]*ast.FragmentDefinition

	depthMemo map[string]int
	sizeMemo  map[string]size
}

// size counts fields and aliases in a selection, fragments expanded where they are spread.
type size struct{ fields, aliases int }

// saturate caps counts that fragments spread many times could otherwise overflow.
const saturate = 1 << 40

func (a size) add(b size) size {
	return size{min(a.fields+b.fields, saturate), min(a.aliases+b.aliases, saturate)}
}

// checkDocument runs every document guard. It returns a coded error with the location of the
// offending node where there is one.
func checkDocument(doc *ast.Document, src *source.Source, lim limits) error {
	c := &docChecker{src: src, lim: lim, frags: map[string][]*ast.FragmentDefinition{}, depthMemo: map[string]int{}, sizeMemo: map[string]size{}}
	rawFields, rawFragments := 0, 0
	for _, d := range doc.Definitions {
		switch d := d.(type) {
		case *ast.OperationDefinition:
			c.ops = append(c.ops, d)
			for _, v := range d.VariableDefinitions {
				if v.Variable == nil || v.Variable.Name == nil || !wellFormed(v.Type, false) {
					return c.errAt(CodeBadRequest, v.Loc, "malformed variable definition: a variable needs a name and a type such as Int, [ID!] or String!")
				}
				if err := c.checkValue(v.DefaultValue); err != nil {
					return err
				}
			}
			if err := c.checkDirectives(d.Directives); err != nil {
				return err
			}
		case *ast.FragmentDefinition:
			if d.Name != nil {
				c.frags[d.Name.Value] = append(c.frags[d.Name.Value], d)
			}
			if err := c.checkDirectives(d.Directives); err != nil {
				return err
			}
		default:
			return c.errAt(CodeBadRequest, d.GetLoc(), "only operations and fragments may be sent, not %s", d.GetKind())
		}
		var err error
		ss, _ := selectionSetOf(d)
		if rawFields, rawFragments, err = c.walkRaw(ss, rawFields, rawFragments); err != nil {
			return err
		}
	}
	if rawFields > c.lim.maxFields {
		return c.errAt(CodeQueryTooComplex, doc.Loc, "query has %d fields; at most %d are allowed", rawFields, c.lim.maxFields)
	}
	if rawFragments > c.lim.maxFields {
		return c.errAt(CodeQueryTooComplex, doc.Loc, "query has %d fragment spreads and inline fragments; at most %d are allowed", rawFragments, c.lim.maxFields)
	}
	if err := c.checkCycles(); err != nil {
		return err
	}
	total := size{}
	for _, op := range c.ops {
		if d := c.depth(op.SelectionSet); d > c.lim.maxDepth {
			return c.errAt(CodeQueryTooDeep, op.Loc, "query selects fields %d deep; at most %d levels are allowed", d, c.lim.maxDepth)
		}
		total = total.add(c.size(op.SelectionSet))
	}
	if total.fields > c.lim.maxFields {
		return c.errAt(CodeQueryTooComplex, doc.Loc, "query selects %s fields counting each fragment where it is spread; at most %d are allowed", countString(total.fields), c.lim.maxFields)
	}
	if total.aliases > c.lim.maxAliases {
		return c.errAt(CodeQueryTooComplex, doc.Loc, "query uses %s aliases counting each fragment where it is spread; at most %d are allowed", countString(total.aliases), c.lim.maxAliases)
	}
	return nil
}

// wellFormed reports whether t is a complete type reference. graphql-go v0.8.1's parser accepts
// "$a: )", "$a: ]" and "$a: !" and leaves nil types that crash its validator.
func wellFormed(t ast.Type, inNonNull bool) bool {
	switch t := t.(type) {
	case *ast.Named:
		return t != nil && t.Name != nil && t.Name.Value != ""
	case *ast.List:
		return t != nil && wellFormed(t.Type, false)
	case *ast.NonNull:
		return t != nil && !inNonNull && wellFormed(t.Type, true)
	}
	return false
}

func countString(n int) string {
	if n >= saturate {
		return "more than " + strconv.Itoa(saturate)
	}
	return strconv.Itoa(n)
}

func selectionSetOf(d ast.Node) (*ast.SelectionSet, bool) {
	switch d := d.(type) {
	case *ast.OperationDefinition:
		return d.SelectionSet, true
	case *ast.FragmentDefinition:
		return d.SelectionSet, true
	}
	return nil, false
}

// walkRaw counts fields and fragments as written and checks every argument value.
func (c *docChecker) walkRaw(ss *ast.SelectionSet, fields, frags int) (int, int, error) {
	if ss == nil {
		return fields, frags, nil
	}
	var err error
	for _, sel := range ss.Selections {
		switch s := sel.(type) {
		case *ast.Field:
			fields++
			for _, a := range s.Arguments {
				if err := c.checkValue(a.Value); err != nil {
					return fields, frags, err
				}
			}
			if err := c.checkDirectives(s.Directives); err != nil {
				return fields, frags, err
			}
			if fields, frags, err = c.walkRaw(s.SelectionSet, fields, frags); err != nil {
				return fields, frags, err
			}
		case *ast.FragmentSpread:
			frags++
			if err := c.checkDirectives(s.Directives); err != nil {
				return fields, frags, err
			}
		case *ast.InlineFragment:
			frags++
			if err := c.checkDirectives(s.Directives); err != nil {
				return fields, frags, err
			}
			if fields, frags, err = c.walkRaw(s.SelectionSet, fields, frags); err != nil {
				return fields, frags, err
			}
		}
	}
	return fields, frags, nil
}

func (c *docChecker) checkDirectives(ds []*ast.Directive) error {
	for _, d := range ds {
		for _, a := range d.Arguments {
			if err := c.checkValue(a.Value); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkValue rejects Int literals outside 32 bits. graphql-go v0.8.1 parses an Int literal with
// strconv.Atoi, so first: 99999999999 would reach a resolver on 64-bit machines (and be served
// back as null), where the spec requires an error.
func (c *docChecker) checkValue(v ast.Value) error {
	switch v := v.(type) {
	case *ast.IntValue:
		if _, err := strconv.ParseInt(v.Value, 10, 32); err != nil {
			return c.errAt(CodeBadArgument, v.Loc, "Int cannot represent non 32-bit signed integer value: %s", v.Value)
		}
	case *ast.ListValue:
		for _, x := range v.Values {
			if err := c.checkValue(x); err != nil {
				return err
			}
		}
	case *ast.ObjectValue:
		for _, f := range v.Fields {
			if err := c.checkValue(f.Value); err != nil {
				return err
			}
		}
	}
	return nil
}

// spreads lists the fragment names spread anywhere inside ss, inline fragments included.
func spreads(ss *ast.SelectionSet, out []*ast.FragmentSpread) []*ast.FragmentSpread {
	if ss == nil {
		return out
	}
	for _, sel := range ss.Selections {
		switch s := sel.(type) {
		case *ast.Field:
			out = spreads(s.SelectionSet, out)
		case *ast.FragmentSpread:
			out = append(out, s)
		case *ast.InlineFragment:
			out = spreads(s.SelectionSet, out)
		}
	}
	return out
}

// checkCycles rejects fragments that spread themselves, directly or through others. Fragments
// with one name defined twice count as one node with the spreads of both (the validator rejects
// the duplicate; this only has to keep it from looping).
func (c *docChecker) checkCycles() error {
	const (
		unseen = iota
		onPath
		done
	)
	state := map[string]int{}
	var path []string
	var visit func(name string) error
	visit = func(name string) error {
		defs, ok := c.frags[name]
		if !ok {
			return nil // unknown fragment: the validator reports it
		}
		switch state[name] {
		case onPath:
			start := 0
			for i, n := range path {
				if n == name {
					start = i
				}
			}
			cycle := append(append([]string{}, path[start:]...), name)
			return c.errAt(CodeFragmentCycle, defs[0].Loc, "fragments spread each other in a cycle: %s", strings.Join(cycle, " → "))
		case done:
			return nil
		}
		state[name] = onPath
		path = append(path, name)
		for _, d := range defs {
			for _, s := range spreads(d.SelectionSet, nil) {
				if s.Name == nil {
					continue
				}
				if err := visit(s.Name.Value); err != nil {
					return err
				}
			}
		}
		path = path[:len(path)-1]
		state[name] = done
		return nil
	}
	for name := range c.frags {
		if err := visit(name); err != nil {
			return err
		}
	}
	return nil
}

// depth is the number of nested field levels in ss, fragments expanded. ofType does not count:
// it walks a type's List/NonNull wrappers, which are a few levels in any schema, and the standard
// introspection query (GraphiQL's) nests it seven deep.
func (c *docChecker) depth(ss *ast.SelectionSet) int {
	if ss == nil {
		return 0
	}
	d := 0
	for _, sel := range ss.Selections {
		switch s := sel.(type) {
		case *ast.Field:
			own := 1
			if s.Name != nil && s.Name.Value == "ofType" {
				own = 0
			}
			d = max(d, own+c.depth(s.SelectionSet))
		case *ast.FragmentSpread:
			if s.Name != nil {
				d = max(d, c.fragmentDepth(s.Name.Value))
			}
		case *ast.InlineFragment:
			d = max(d, c.depth(s.SelectionSet))
		}
	}
	return d
}

func (c *docChecker) fragmentDepth(name string) int {
	if d, ok := c.depthMemo[name]; ok {
		return d
	}
	c.depthMemo[name] = 0 // cycles are rejected before; this only guards re-entry
	d := 0
	for _, def := range c.frags[name] {
		d = max(d, c.depth(def.SelectionSet))
	}
	c.depthMemo[name] = d
	return d
}

// size counts the fields and aliases ss selects, each fragment counted wherever it is spread.
func (c *docChecker) size(ss *ast.SelectionSet) size {
	var n size
	if ss == nil {
		return n
	}
	for _, sel := range ss.Selections {
		switch s := sel.(type) {
		case *ast.Field:
			n = n.add(size{fields: 1})
			if s.Alias != nil && s.Alias.Value != "" {
				n = n.add(size{aliases: 1})
			}
			n = n.add(c.size(s.SelectionSet))
		case *ast.FragmentSpread:
			if s.Name != nil {
				n = n.add(c.fragmentSize(s.Name.Value))
			}
		case *ast.InlineFragment:
			n = n.add(c.size(s.SelectionSet))
		}
	}
	return n
}

func (c *docChecker) fragmentSize(name string) size {
	if n, ok := c.sizeMemo[name]; ok {
		return n
	}
	c.sizeMemo[name] = size{}
	var n size
	for _, def := range c.frags[name] {
		n = n.add(c.size(def.SelectionSet))
	}
	c.sizeMemo[name] = n
	return n
}

// errAt builds a coded error located at loc (when known) in the request's source.
func (c *docChecker) errAt(code string, loc *ast.Location, format string, args ...any) error {
	e := &Error{Code: code, Message: fmt.Sprintf(format, args...)}
	return locatedError(e, c.src, loc)
}

// locatedError sets e's location to the line and column of loc, as GraphQL errors carry them.
func locatedError(e *Error, src *source.Source, loc *ast.Location) error {
	if src != nil && loc != nil {
		// Not location.GetLocation: it runs a regular expression over the whole body.
		e.locations = []location.SourceLocation{newLineIndex(string(src.Body)).at(loc.Start)}
	}
	return e
}

// selectOperation picks the operation a request runs: the one named, or the only one.
func selectOperation(doc *ast.Document, name string) (*ast.OperationDefinition, error) {
	var ops []*ast.OperationDefinition
	for _, d := range doc.Definitions {
		if op, ok := d.(*ast.OperationDefinition); ok {
			ops = append(ops, op)
		}
	}
	if name != "" {
		for _, op := range ops {
			if op.Name != nil && op.Name.Value == name {
				return op, nil
			}
		}
		return nil, errorf(CodeBadRequest, "no operation named %q in the query", name)
	}
	switch len(ops) {
	case 0:
		return nil, errorf(CodeBadRequest, "the query has no operation")
	case 1:
		return ops[0], nil
	}
	return nil, errorf(CodeBadRequest, "the query has %d operations: operationName must name one", len(ops))
}

// checkVariables rejects values of Int variables that are not whole numbers within 32 bits.
// graphql-go v0.8.1 truncates 5.5 to 5 and accepts any string of digits.
func checkVariables(op *ast.OperationDefinition, vars map[string]any, src *source.Source) error {
	for _, vd := range op.VariableDefinitions {
		if vd.Variable == nil || vd.Variable.Name == nil || namedType(vd.Type) != "Int" {
			continue
		}
		name := vd.Variable.Name.Value
		if err := checkIntValue(name, vars[name]); err != nil {
			return locatedError(err, src, vd.Loc)
		}
	}
	return nil
}

func namedType(t ast.Type) string {
	for {
		switch tt := t.(type) {
		case *ast.NonNull:
			t = tt.Type
		case *ast.List:
			t = tt.Type
		case *ast.Named:
			if tt.Name == nil {
				return ""
			}
			return tt.Name.Value
		default:
			return ""
		}
	}
}

func checkIntValue(name string, v any) *Error {
	bad := func() *Error {
		return errorf(CodeBadArgument, "Variable \"$%s\": Int cannot represent %v: it must be a whole number within 32 bits", name, v)
	}
	switch v := v.(type) {
	case nil:
	case []any:
		for _, x := range v {
			if err := checkIntValue(name, x); err != nil {
				return err
			}
		}
	case float64:
		if v != math.Trunc(v) || v < math.MinInt32 || v > math.MaxInt32 {
			return bad()
		}
	case int:
		if v < math.MinInt32 || v > math.MaxInt32 {
			return bad()
		}
	case int64:
		if v < math.MinInt32 || v > math.MaxInt32 {
			return bad()
		}
	case bool, string, map[string]any:
		return bad()
	}
	return nil
}

// normalizeVariables turns json.Number values (from a decoder with UseNumber) into int or
// float64, which graphql-go understands.
func normalizeVariables(v any) any {
	switch v := v.(type) {
	case json.Number:
		if i, err := v.Int64(); err == nil {
			return int(i)
		}
		f, _ := v.Float64()
		return f
	case map[string]any:
		for k, x := range v {
			v[k] = normalizeVariables(x)
		}
	case []any:
		for i, x := range v {
			v[i] = normalizeVariables(x)
		}
	}
	return v
}
