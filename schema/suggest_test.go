package schema

import (
	"slices"
	"strings"
	"testing"
)

// TestEnumValueSuggestions: an unknown enum value, in a literal or a variable, is answered with
// the close values ("Did you mean OPPOSES?", extensions.suggestions), as the command line does for
// flags (nu18 finding A20); a value close to none gets graphql-go's message alone. The code is
// BAD_ARGUMENT in a literal as in a variable (validationCode).
func TestEnumValueSuggestions(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	for _, c := range []struct {
		name  string
		query string
		vars  map[string]any
		want  []string
	}{
		{"literal, a letter short", `{ relations(types: [OPPOSE]) { totalCount } }`, nil, []string{"OPPOSES"}},
		{"literal, lower case", `{ relations(types: [THREATENS, sanctions]) { totalCount } }`, nil, []string{"SANCTIONS"}},
		{"literal, a typo", `{ nodes(kinds: [PERSN]) { totalCount } }`, nil, []string{"PERSON"}},
		{"variable", `query($t: [RelationType!]) { relations(types: $t) { totalCount } }`, map[string]any{"t": []string{"SUPORTS"}}, []string{"SUPPORTS"}},
		{"nothing close", `{ nodes(kinds: [XYZ]) { totalCount } }`, nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := ts.query(t, c.query, c.vars)
			if len(r.Errors) != 1 {
				t.Fatalf("errors %+v, want one", r.Errors)
			}
			e := r.Errors[0]
			var got []string
			if s, ok := e.Extensions["suggestions"].([]any); ok {
				for _, v := range s {
					got = append(got, v.(string))
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("suggestions %v, want %v (%q)", got, c.want, e.Message)
			}
			if hint := "Did you mean"; strings.Contains(e.Message, hint) != (c.want != nil) ||
				(c.want != nil && !strings.HasSuffix(e.Message, hint+" "+c.want[0]+"?")) {
				t.Errorf("message %q", e.Message)
			}
			if code := e.Extensions["code"]; code != CodeBadArgument {
				t.Errorf("code %v, want %s in a literal as in a variable", code, CodeBadArgument)
			}
		})
	}
}

func TestCloseNames(t *testing.T) {
	names := []string{"OPPOSES", "OFFERS", "SUPPORTS", "CLAIMS", "CITES"}
	for in, want := range map[string][]string{
		"OPPOSE": {"OPPOSES"}, "opposes": {"OPPOSES"}, "OFER": {"OFFERS"}, "CITE": {"CITES"},
		"CLAIM": {"CLAIMS"}, "X": nil, "SUPPORTED": {"SUPPORTS"},
	} {
		if got := closeNames(in, names); !slices.Equal(got, want) {
			t.Errorf("closeNames(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestArgumentValueCode: an argument literal whose value its type rejects is BAD_ARGUMENT (HTTP 400),
// as the same value in a variable is; near misses stay BAD_REQUEST: an unknown argument, an
// unknown field.
func TestArgumentValueCode(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	for _, c := range []struct {
		query string
		vars  map[string]any
		want  string
	}{
		{`{ nodes(first: "ten") { totalCount } }`, nil, CodeBadArgument},
		{`query($n: Int) { nodes(first: $n) { totalCount } }`, map[string]any{"n": "ten"}, CodeBadArgument},
		{`{ relations(types: [SUPORTS]) { totalCount } }`, nil, CodeBadArgument},
		{`{ nodes(firsts: 3) { totalCount } }`, nil, CodeBadRequest},
		{`{ nodes(first: 3) { totl } }`, nil, CodeBadRequest},
	} {
		r := ts.query(t, c.query, c.vars)
		if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != c.want {
			t.Errorf("%s %v: errors %+v, want one %s", c.query, c.vars, r.Errors, c.want)
		}
	}
}
