package graph

import (
	"fmt"
	"slices"
	"testing"
)

// TestInQuestionIsAndOverEvidence: a relation is InQuestion while every sentence is inside a
// question turn; one sentence in a party's own words clears it, and the InQuestion filter keeps
// by that flag; the per-sentence mark survives the store.
func TestInQuestionIsAndOverEvidence(t *testing.T) {
	s := openTest(t)
	mk := func(i int, asked bool) *builder {
		b := build(fmt.Sprintf("https://example.com/q%d", i), "2019-05-01", fmt.Sprintf("article %d", i))
		b.rel(Demands, b.actor(Country, "Chile"), b.policy("a ceasefire"), 0, "urged", 0.7, false)
		b.g.Relations[0].Evidence[0].InQuestion = asked
		return b
	}
	a, b := mk(0, true), mk(1, false)
	mustMerge(t, s, a.g)
	id := a.g.Relations[0].ID
	yes, no := true, false
	count := func(v *bool) int {
		p, err := s.Relations(ctx, RelationFilter{InQuestion: v}, PageArgs{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		return len(p.Items)
	}
	if r, _ := s.Relation(ctx, id); !r.InQuestion || len(r.Evidence) != 1 || !r.Evidence[0].InQuestion {
		t.Errorf("one sentence in a question: %+v, want InQuestion", r)
	}
	if count(&no) != 0 || count(&yes) != 1 {
		t.Errorf("filter with only a question's sentence: inQuestion false %d, true %d; want 0, 1", count(&no), count(&yes))
	}
	mustMerge(t, s, b.g)
	if r, _ := s.Relation(ctx, id); r.InQuestion {
		t.Error("a question's sentence and a party's own: relation InQuestion")
	}
	if count(&no) != 1 || count(&yes) != 0 {
		t.Errorf("filter with both: inQuestion false %d, true %d; want 1, 0", count(&no), count(&yes))
	}
	if err := s.DeleteArticle(ctx, b.g.Article.ID); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Relation(ctx, id); !r.InQuestion {
		t.Error("after deleting the party's own sentence: relation not InQuestion")
	}
}

// TestSpeakerFilter: RelationFilter.Speaker keeps the relations a person voiced: his own (source)
// and his state's with a sentence whose Evidence.Speaker is he; not another spokesperson's.
func TestSpeakerFilter(t *testing.T) {
	s := openTest(t)
	b := build("https://example.com/presser", "2019-05-01", "Irena Vasko and Tomas Ruiz spoke for Peru: we urge lifting the quota, I oppose the ban, we support the talks.")
	peru, vasko, ruiz := b.actor(Country, "Peru"), b.actor(Person, "Irena Vasko"), b.actor(Person, "Tomas Ruiz")
	state := b.rel(Demands, peru, b.policy("lifting the quota"), 0, "urge", 0.7, false)
	b.g.Relations[len(b.g.Relations)-1].Evidence[0].Speaker = vasko
	own := b.rel(Opposes, vasko, b.policy("the ban"), 0, "oppose", 0.7, false)
	other := b.rel(Supports, peru, b.policy("the talks"), 0, "support", 0.7, false)
	b.g.Relations[len(b.g.Relations)-1].Evidence[0].Speaker = ruiz
	mustMerge(t, s, b.g)
	p, err := s.Relations(ctx, RelationFilter{Speaker: vasko}, PageArgs{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range p.Items {
		got = append(got, r.ID)
	}
	want := []string{state, own}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("Speaker filter = %v, want %v (not %s)", got, want, other)
	}
	if r, _ := s.Relation(ctx, state); len(r.Evidence) != 1 || r.Evidence[0].Speaker != vasko {
		t.Errorf("stored evidence lost its speaker: %+v", r.Evidence)
	}
}

// TestSearchFilter: RelationFilter.Search keeps the relations with a sentence containing the
// text, in any case and in any of its articles; a relation whose sentences lack it is left out.
func TestSearchFilter(t *testing.T) {
	s := openTest(t)
	a := build("https://example.com/s1", "2019-05-01", "Peru urged Chile to respect the One-Peru principle.")
	peru, chile := a.actor(Country, "Peru"), a.actor(Country, "Chile")
	named := a.rel(Demands, peru, a.policy("respecting the principle"), 0, "urged", 0.7, false)
	a.g.Relations[0].Evidence[0].Text = a.g.Article.Text
	mustMerge(t, s, a.g)
	b := build("https://example.com/s2", "2019-05-02", "Chile opposed the quota.")
	other := b.rel(Opposes, chile, b.policy("the quota"), 0, "opposed", 0.7, false)
	b.g.Relations[0].Evidence[0].Text = b.g.Article.Text
	mustMerge(t, s, b.g)
	ids := func(q string) []string {
		p, err := s.Relations(ctx, RelationFilter{Search: q}, PageArgs{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range p.Items {
			got = append(got, r.ID)
		}
		return got
	}
	if got := ids("one-peru"); !slices.Equal(got, []string{named}) {
		t.Errorf(`Search "one-peru" = %v, want only %s (not %s)`, got, named, other)
	}
	if got := ids("QUOTA"); !slices.Equal(got, []string{other}) {
		t.Errorf(`Search "QUOTA" = %v, want only %s`, got, other)
	}
	if got := ids("Bolivia"); len(got) != 0 {
		t.Errorf(`Search "Bolivia" = %v, want none`, got)
	}
}
