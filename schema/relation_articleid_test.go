package schema

import (
	"strings"
	"testing"
)

// TestRelationsUnknownArticle: relations(article:) with an ID no stored article has is NOT_FOUND
// naming it, as nodes(article:) and names are (nu20 finding A7: "d_nope" answered totalCount 0);
// a node's ID there is BAD_ARGUMENT; a stored article still answers.
func TestRelationsUnknownArticle(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	for _, c := range []struct{ id, code string }{
		{"d_nope", CodeNotFound},
		{f.officials, CodeBadArgument},
	} {
		r := ts.query(t, `query($a: ID) { relations(article: $a) { totalCount } }`, map[string]any{"a": c.id})
		if r.code() != c.code || !strings.Contains(string(r.raw), c.id) {
			t.Errorf("relations(article: %q): code %q, want %s naming it: %s", c.id, r.code(), c.code, r.raw)
		}
	}
	var got struct{ Relations struct{ TotalCount int } }
	ts.query(t, `query($a: ID) { relations(article: $a) { totalCount } }`, map[string]any{"a": f.art1}).decode(t, &got)
	if got.Relations.TotalCount == 0 {
		t.Error("a stored article's relations are gone")
	}
}
