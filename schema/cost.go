package schema

import (
	"math"
	"strconv"

	"github.com/claimgraph/claimgraph/httpguard"
	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
)

// HeavyCost is the estimated cost above which a query is admitted as httpguard.Heavy. The cost
// counts the values a query can return: every selected field once per item it can appear in,
// connection pages at their first (DefaultFirst when omitted), neighborhoods at their limit.
// node(id) { … } costs tens, a page of 50 nodes with a few fields a few hundred; 1,000 separates
// those from a page of 1,000 articles (2,000) or relations with their evidence (50 × 50).
const HeavyCost = 1000

// queryCost estimates the cost of operation op (see HeavyCost) from the document alone, with
// vars for first and limit given as variables. A neighborhood deeper than one hop is heavy
// whatever its selection: the traversal itself is the cost (0.76 s at depth 3 on the benchmark
// store, issue 16). It never fails: a field the schema does not have (validation rejects it
// before this runs) costs one.
func queryCost(sch *graphql.Schema, doc *ast.Document, op *ast.OperationDefinition, vars map[string]any) (cost float64, heavy bool) {
	frags := map[string]*ast.FragmentDefinition{}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			frags[f.Name.Value] = f
		}
	}
	c := costWalker{sch: sch, frags: frags, vars: vars}
	var root graphql.Type = sch.QueryType()
	if op.Operation == ast.OperationTypeMutation && sch.MutationType() != nil {
		root = sch.MutationType()
	}
	cost = c.selection(op.SelectionSet, root, 1)
	return cost, c.heavy || cost > HeavyCost
}

// classOf is the admission class of a query of the given cost.
func classOf(heavy bool) httpguard.Class {
	if heavy {
		return httpguard.Heavy
	}
	return httpguard.Light
}

type costWalker struct {
	sch   *graphql.Schema
	frags map[string]*ast.FragmentDefinition
	vars  map[string]any
	heavy bool
	depth int // fragment expansion depth; cycles are refused before this runs, this is a backstop
}

func (c *costWalker) selection(ss *ast.SelectionSet, parent graphql.Type, mult float64) float64 {
	if ss == nil || c.depth > 64 {
		return 0
	}
	total := 0.0
	for _, sel := range ss.Selections {
		switch s := sel.(type) {
		case *ast.Field:
			total += c.field(s, parent, mult)
		case *ast.InlineFragment:
			t := parent
			if s.TypeCondition != nil && s.TypeCondition.Name != nil {
				if nt := c.sch.Type(s.TypeCondition.Name.Value); nt != nil {
					t = nt
				}
			}
			total += c.selection(s.SelectionSet, t, mult)
		case *ast.FragmentSpread:
			if s.Name == nil {
				continue
			}
			f := c.frags[s.Name.Value]
			if f == nil {
				continue
			}
			t := parent
			if f.TypeCondition != nil && f.TypeCondition.Name != nil {
				if nt := c.sch.Type(f.TypeCondition.Name.Value); nt != nil {
					t = nt
				}
			}
			c.depth++
			total += c.selection(f.SelectionSet, t, mult)
			c.depth--
		}
	}
	return math.Min(total, 1e15)
}

func (c *costWalker) field(f *ast.Field, parent graphql.Type, mult float64) float64 {
	if f.Name == nil {
		return mult
	}
	var def *graphql.FieldDefinition
	switch p := parent.(type) {
	case *graphql.Object:
		def = p.Fields()[f.Name.Value]
	case *graphql.Interface:
		def = p.Fields()[f.Name.Value]
	}
	if def == nil {
		return mult
	}
	m := mult
	for _, a := range def.Args {
		switch a.Name() {
		case "first":
			m *= math.Max(1, float64(c.intArg(f, "first", DefaultFirst)))
		case "limit":
			m *= math.Max(1, float64(c.intArg(f, "limit", intDefault(a.DefaultValue, 1))))
		case "depth":
			if c.intArg(f, "depth", intDefault(a.DefaultValue, 1)) > 1 {
				c.heavy = true
			}
		}
	}
	var child graphql.Type
	if nt, ok := graphql.GetNamed(def.Type).(graphql.Type); ok {
		child = nt
	}
	return m + c.selection(f.SelectionSet, child, m)
}

// intArg is the value of an Int argument given as a literal or a variable, def when absent or
// not an Int (the resolver reports a bad value).
func (c *costWalker) intArg(f *ast.Field, name string, def int) int {
	for _, a := range f.Arguments {
		if a.Name == nil || a.Name.Value != name {
			continue
		}
		switch v := a.Value.(type) {
		case *ast.IntValue:
			if n, err := strconv.Atoi(v.Value); err == nil {
				return n
			}
		case *ast.Variable:
			if v.Name != nil {
				return intDefault(c.vars[v.Name.Value], def)
			}
		}
	}
	return def
}

func intDefault(v any, def int) int {
	switch n := v.(type) {
	case int:
		return n
	case int64:
		return int(n)
	case float64:
		return int(n)
	case interface{ Int64() (int64, error) }: // json.Number
		if x, err := n.Int64(); err == nil {
			return int(x)
		}
	}
	return def
}
