package graph

import (
	"slices"
	"testing"
)

// TestArticlesOutletWords: the outlet filter matches the words of an outlet's name in order,
// case-insensitively, not parts of words (nu18 finding A22: "white house" found none of the
// corpus's "The White House" articles, an exact match being needed).
func TestArticlesOutletWords(t *testing.T) {
	s := openTest(t)
	for i, outlet := range []string{"The White House", "The White House (reposted by democracyinaction.us)",
		"Office of the Vice President / The White House", "House of Commons Library", "VOA", "VOAnews"} {
		a := build("https://example.org/"+string(rune('a'+i)), "2020-01-0"+string(rune('1'+i)), "Article number "+outlet+".")
		a.g.Article.Outlet = outlet
		mustMerge(t, s, a.g)
	}
	for q, want := range map[string][]string{
		"white house":     {"a", "b", "c"},
		"The White House": {"a", "b", "c"},
		"WHITE":           {"a", "b", "c"},
		"house white":     nil,
		"voa":             {"e"},
		"house":           {"a", "b", "c", "d"},
		"vice president":  {"c"},
		"hite house":      nil,
	} {
		p, err := s.ArticlesWhere(ctx, ArticleFilter{Outlet: q}, PageArgs{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range p.Items {
			got = append(got, a.URL[len("https://example.org/"):])
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("outlet %q: %v, want %v", q, got, want)
		}
	}
}
