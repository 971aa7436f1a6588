package schema

import (
	"cmp"
	"slices"
	"testing"
)

// TestArticlesDefaultOrder: new-user trial 13 — articles without orderBy come in publication
// order (oldest first), ties by ID ascending, undated articles last; paging with first/after keeps
// that order.
func TestArticlesDefaultOrder(t *testing.T) {
	f := newFixture(t) // 2018-05-03 and 2018-06-15
	type art struct{ id, date string }
	var want []art
	add := func(url, date string) {
		b := newArticle(t, url, "Story "+url, date, "Officials met in Geneva on "+date+" to discuss "+url+".")
		f.merge(t, b)
		want = append(want, art{b.g.Article.ID, date})
	}
	for _, d := range []string{"2018-05-14", "2018-05-18", "2018-05-22", "2018-05-21", "2018-05-18", ""} {
		add("https://example.com/order-"+d+"-"+string(rune('a'+len(want))), d)
	}
	want = append(want, art{f.art1, "2018-05-03"}, art{f.art2, "2018-06-15"})
	slices.SortFunc(want, func(a, b art) int {
		if (a.date == "") != (b.date == "") {
			if a.date == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.id, b.id))
	})
	var wantIDs []string
	for _, a := range want {
		wantIDs = append(wantIDs, a.id)
	}
	ts := newTestServer(t, f, Options{})
	var d struct {
		Articles struct {
			Nodes []struct {
				ID string `json:"id"`
			} `json:"nodes"`
		} `json:"articles"`
	}
	ts.query(t, `{ articles(first: 100) { nodes { id } } }`, nil).decode(t, &d)
	var got []string
	for _, n := range d.Articles.Nodes {
		got = append(got, n.ID)
	}
	if !slices.Equal(got, wantIDs) {
		t.Errorf("default order\n got %v\nwant %v", got, wantIDs)
	}
	// Page by page, two at a time, the same order.
	var paged []string
	after := ""
	for range 10 {
		var p struct {
			Articles struct {
				Nodes []struct {
					ID string `json:"id"`
				} `json:"nodes"`
				PageInfo struct {
					HasNextPage bool   `json:"hasNextPage"`
					EndCursor   string `json:"endCursor"`
				} `json:"pageInfo"`
			} `json:"articles"`
		}
		ts.query(t, `query($a: String) { articles(first: 2, after: $a) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
			map[string]any{"a": after}).decode(t, &p)
		for _, n := range p.Articles.Nodes {
			paged = append(paged, n.ID)
		}
		if !p.Articles.PageInfo.HasNextPage {
			break
		}
		after = p.Articles.PageInfo.EndCursor
	}
	if !slices.Equal(paged, wantIDs) {
		t.Errorf("paged\n got %v\nwant %v", paged, wantIDs)
	}
}

// TestSearchClaimTextAtWordStart: new-user trial 13 — nodes(search:) matches a claim's text only
// where the query starts a word: "fight" and "fig" find "We will fight to the end", "ight" does not.
func TestSearchClaimTextAtWordStart(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	for q, want := range map[string]bool{"fight": true, "fig": true, "ight": false, "the end": true, "he end": false} {
		var d struct {
			Nodes struct {
				Nodes []struct {
					ID string `json:"id"`
				} `json:"nodes"`
			} `json:"nodes"`
		}
		ts.query(t, `query($q: String) { nodes(kinds: [CLAIM], search: $q) { nodes { id } } }`, map[string]any{"q": q}).decode(t, &d)
		found := slices.ContainsFunc(d.Nodes.Nodes, func(n struct {
			ID string `json:"id"`
		}) bool {
			return n.ID == f.claim
		})
		if found != want {
			t.Errorf("search %q: claim found %v, want %v", q, found, want)
		}
	}
}
