package schema

import "github.com/graphql-go/graphql"

// init corrects how introspection prints an enum argument's default. graphql-go v0.8.1 builds
// __InputValue.defaultValue with astFromValue(default, the argument) instead of the argument's
// type, so it never sees the enum and prints the Go value as a string literal: Actor.relations'
// direction, whose default is graph.Any, read "\"0\"" where the contract gives `= ANY`
// (graphql-go pull request #398, open since 2018). The GraphQL spec wants the default in GraphQL
// syntax, which for an enum is the value's bare name. Arguments of other types keep the library's
// printing.
func init() {
	f, ok := graphql.InputValueType.Fields()["defaultValue"]
	if !ok || f.Resolve == nil {
		return
	}
	library := f.Resolve
	f.Resolve = func(p graphql.ResolveParams) (any, error) {
		if a, ok := p.Source.(*graphql.Argument); ok && a.DefaultValue != nil {
			if name, ok := enumDefault(a.Type, a.DefaultValue); ok {
				return name, nil
			}
		}
		return library(p)
	}
}

// enumDefault is the name of the value of enum type t (under any NonNull) whose internal value is
// v, or v itself when v is already one of its names; false when t is no enum or v none of its values.
func enumDefault(t graphql.Input, v any) (string, bool) {
	if nn, ok := t.(*graphql.NonNull); ok {
		t = nn.OfType
	}
	e, ok := t.(*graphql.Enum)
	if !ok {
		return "", false
	}
	for _, ev := range e.Values() {
		if ev.Value == v || ev.Name == v {
			return ev.Name, true
		}
	}
	return "", false
}
