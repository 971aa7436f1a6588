package graph

import (
	"math"
	"testing"
)

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{
		"The U.S. Treasury's":       "u.s. treasury",
		"China\u2019s":              "china",
		"\u201cMade in China\u201d": "made in china",
		"  Steven   Mnuchin ":       "steven mnuchin",
		"AT&T":                      "at&t",
		"O'Brien":                   "obrien",
		"Mr. Ruan":                  "mr. ruan",
		"the":                       "the",
		"":                          "",
	} {
		if got := NormalizeName(in); got != want {
			t.Errorf("NormalizeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIDs(t *testing.T) {
	if ActorID("The U.S. Treasury") != ActorID("u.s. treasury's") {
		t.Error("ActorID is not based on the normalized name")
	}
	if ArticleID("https://x.org/a/", "one") != ArticleID("https://x.org/a", "two") {
		t.Error("ArticleID of a URL depends on the text or a trailing slash")
	}
	if ArticleID("", "a  b") != ArticleID("", "a b") || ArticleID("", "a b") == ArticleID("", "a c") {
		t.Error("ArticleID of text: white space must not matter, words must")
	}
	if RelationID(Opposes, "a", "b", false) == RelationID(Opposes, "a", "b", true) {
		t.Error("RelationID ignores negation")
	}
	for id, kind := range map[string]string{ActorID("x"): "actor", PolicyID("x"): "policy", ClaimID("a", "x"): "claim",
		ArticleID("u", ""): "article", RelationID(Cites, "a", "b", false): "relation", "zz": ""} {
		if got := KindOfID(id); got != kind {
			t.Errorf("KindOfID(%s) = %q, want %q", id, got, kind)
		}
	}
}

func TestConfidence(t *testing.T) {
	tests := []struct {
		name string
		ev   []Evidence
		want float64
	}{
		{"none", nil, 0},
		{"one", []Evidence{{ArticleID: "d1", Score: 0.6}}, 0.6},
		{"unscored counts as 0.5", []Evidence{{ArticleID: "d1"}}, 0.5},
		{"best sentence per article", []Evidence{{ArticleID: "d1", Score: 0.6}, {ArticleID: "d1", Score: 0.8}}, 0.8},
		{"two articles", []Evidence{{ArticleID: "d1", Score: 0.6}, {ArticleID: "d2", Score: 0.5}}, 0.8},
		{"capped below 3 articles", []Evidence{{ArticleID: "d1", Score: 1}}, 0.99},
	}
	for _, tc := range tests {
		if got := Confidence(tc.ev); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: Confidence = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestNormalizeNameFastPath checks the ASCII fast path against the reference implementation on
// inputs that exercise every branch: quotes, possessives, "the", trailing periods, punctuation.
func TestNormalizeNameFastPath(t *testing.T) {
	for _, in := range []string{
		"The U.S. Treasury's", `"Made in China"`, "the the", "The", "U.S.", "...", "Trump's tariffs' end",
		"O'Brien's", "  a  b  ", "AT&T, Inc.", "$50 billion", "x\"y", "the 's", "'s", "Mr. Ruan", "e-mail--list",
		"THE WHITE HOUSE.", "a\tb\nc", "",
	} {
		if got, want := NormalizeName(in), normalizeNameSlow(in); got != want {
			t.Errorf("NormalizeName(%q) = %q, reference %q", in, got, want)
		}
	}
}

func FuzzNormalizeName(f *testing.F) {
	for _, s := range []string{"The U.S. Treasury's", "O'Brien", `"x"`, "the ", "a.."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NormalizeName(s), normalizeNameSlow(s); got != want {
			t.Errorf("NormalizeName(%q) = %q, reference %q", s, got, want)
		}
	})
}

func BenchmarkNormalizeName(b *testing.B) {
	names := []string{"Treasury Secretary Steven Mnuchin", "the Chinese Foreign Ministry", "U.S. Trade Representative's office"}
	for i := 0; b.Loop(); i++ {
		NormalizeName(names[i%len(names)])
	}
}

// TestSourceScores checks that the histogram gives the confidence of the evidence it counts,
// whatever the order articles are added in, and that removing an article undoes adding it.
func TestSourceScores(t *testing.T) {
	scores := []float64{0.6, 0.5, 0.9, 0.6, 0.75}
	var h, r SourceScores
	var ev []Evidence
	for i, s := range scores {
		h = h.Add(s, 1)
		r = r.Add(scores[len(scores)-1-i], 1)
		ev = append(ev, Evidence{ArticleID: string(rune('a' + i)), Score: s})
	}
	if h.Confidence() != r.Confidence() {
		t.Errorf("confidence depends on order: %v vs %v", h.Confidence(), r.Confidence())
	}
	if math.Abs(h.Confidence()-Confidence(ev)) > 1e-12 || h.Articles() != len(scores) {
		t.Errorf("histogram %v: confidence %v, articles %d; evidence gives %v", h, h.Confidence(), h.Articles(), Confidence(ev))
	}
	h = h.Add(0.9, -1)
	if want := Confidence(append(ev[:2:2], ev[3:]...)); math.Abs(h.Confidence()-want) > 1e-12 {
		t.Errorf("after removing 0.9: %v, want %v", h.Confidence(), want)
	}
	if h = h.Add(0.3, -1); h.Articles() != 4 {
		t.Errorf("removing an absent score changed the histogram: %v", h)
	}
}

// TestInRangeTreatsFreeTextAsUnknown: only YYYY-MM-DD dates compare; anything else is an unknown
// date, in range only when both bounds are open.
func TestInRangeTreatsFreeTextAsUnknown(t *testing.T) {
	for _, c := range []struct {
		date, from, to string
		want           bool
	}{
		{"2021-03-03", "2021-01-01", "2021-12-31", true},
		{"2021-03-03T10:00:00Z", "2021-03-03", "2021-03-03", true},
		{"2020-12-31", "2021-01-01", "", false},
		{"yesterday", "1900-01-01", "", false},
		{"yesterday", "", "2100-01-01", false},
		{"yesterday", "", "", true},
		{"", "", "", true},
	} {
		if got := inRange(c.date, c.from, c.to); got != c.want {
			t.Errorf("inRange(%q, %q, %q) = %v, want %v", c.date, c.from, c.to, got, c.want)
		}
	}
}

// TestSourceName: a path keeps its file name (and JSONL line), never its directory; the demo's
// embedded sample and a server upload keep their own names.
func TestSourceName(t *testing.T) {
	for in, want := range map[string]string{
		"/home/ana/corpus/014_crs.txt":    "014_crs.txt",
		"data/feed.jsonl:12":              "feed.jsonl:12",
		`C:\Users\ana\news\a.html`:        "a.html",
		"a.txt":                           "a.txt",
		"embedded:sample/china-trade.txt": "china-trade.txt",
		"POST /articles:3":                "POST /articles:3",
	} {
		if got := SourceName(in); got != want {
			t.Errorf("SourceName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDateBound: a day stays; a month or year is its first day as a start and its last as an end
// (leap years included); other values are ErrDate.
func TestDateBound(t *testing.T) {
	for _, c := range []struct {
		v    string
		end  bool
		want string
		err  bool
	}{
		{"2018-05-14", false, "2018-05-14", false}, {"2018-05-14", true, "2018-05-14", false},
		{"2018-05", false, "2018-05-01", false}, {"2018-05", true, "2018-05-31", false},
		{"2016-02", true, "2016-02-29", false}, {"2018", false, "2018-01-01", false}, {"2018", true, "2018-12-31", false},
		{"", true, "", false}, {"2018-13", false, "", true}, {"2018-02-30", false, "", true}, {"May 2018", true, "", true},
	} {
		got, err := DateBound(c.v, c.end)
		if got != c.want || (err != nil) != c.err {
			t.Errorf("DateBound(%q, %v) = %q, %v; want %q (error %v)", c.v, c.end, got, err, c.want, c.err)
		}
	}
}
