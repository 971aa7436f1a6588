package main

import (
	"reflect"
	"testing"
)

func TestGenreSelect(t *testing.T) {
	for doc, want := range map[string]string{
		"GUM_news_iodine":         "news",
		"GUM_whow_joke":           "whow",
		"GUM_conversation_family": "conversation",
		"GUM_reddit":              "",
		"EWT_news_x":              "",
	} {
		if got := Genre(doc); got != want {
			t.Errorf("Genre(%q) = %q, want %q", doc, got, want)
		}
	}
	docs := []string{"GUM_whow_joke", "GUM_news_a", "GUM_fiction_b", "GUM_academic_c", "GUM_vlog_d", "GUM_speech_e", "GUM_reddit_f"}
	got := Select(docs, CCBYGenres)
	if want := []string{"GUM_news_a", "GUM_vlog_d", "GUM_speech_e"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Select = %v, want %v", got, want)
	}
}

func TestCountNormalize(t *testing.T) {
	doc := []byte("# newdoc id = GUM_news_a\n# text = Don't go.\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n3.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n")
	n := Normalize(doc)
	if s, w := Count(n); s != 2 || w != 5 {
		t.Errorf("Count = %d sentences, %d words; want 2, 5", s, w)
	}
	if string(n[len(n)-3:]) != "_\n\n" {
		t.Errorf("Normalize does not end with one blank line: %q", n[len(n)-10:])
	}
}
