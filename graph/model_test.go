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
