package loader

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/stance"
)

var (
	learnedOnce sync.Once
	learnedP    *Pipeline
	learnedErr  error
)

// learnedPipeline is the production pipeline with the learned stance layer on.
func learnedPipeline(t testing.TB) *Pipeline {
	t.Helper()
	learnedOnce.Do(func() { learnedP, learnedErr = NewPipeline(data.FS, WithLearnedStances(true)) })
	if learnedErr != nil {
		t.Fatal(learnedErr)
	}
	return learnedP
}

// stanceLines are the article's stance relations as "TYPE source rule" strings, and the count of
// the learned layer's.
func stanceLines(t *testing.T, txt string) ([]string, int) {
	t.Helper()
	g, err := learnedPipeline(t).Process(context.Background(), input.Document{Source: "test", Text: txt})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, n := range g.Nodes {
		names[n.ID] = n.Name
	}
	var out []string
	learned := 0
	for _, r := range g.Relations {
		if r.Type == graph.Claims || r.Type == graph.Cites || r.Type == graph.MemberOf || r.Type == graph.PartOf {
			continue
		}
		for _, e := range r.Evidence {
			out = append(out, string(r.Type)+" "+names[r.Source]+" "+e.Rule)
			if strings.HasPrefix(e.Rule, "stance-model/") {
				learned++
			}
		}
	}
	return out, learned
}

func TestLearnedStanceModelLoads(t *testing.T) {
	m, err := stance.Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Rows) < 1000 || m.Threshold <= 0 || !strings.Contains(m.Data, "PolNeAR") {
		t.Fatalf("embedded model: %d rows, threshold %v, data %q", len(m.Rows), m.Threshold, m.Data)
	}
}

// BenchmarkExtractLearned is BenchmarkExtract with the learned stance layer on: the cost of
// parsing every sentence that names an actor and scoring its candidates.
func BenchmarkExtractLearned(b *testing.B) {
	cs, words := benchTexts(b)
	x, err := NewExtractor(data.FS)
	if err != nil {
		b.Fatal(err)
	}
	x.learned = true
	if x.stanceModel, err = stance.Default(); err != nil {
		b.Fatal(err)
	}
	benchExtract(b, x, cs, words)
}

// The layer adds what the rules miss — a denial by a pronoun holder — with the model's rule, and
// adds nothing for a negated, questioned or predicted stance.
func TestLearnedStances(t *testing.T) {
	lead := "WASHINGTON — Mayor Lena Ortiz spoke to reporters on Friday. "
	for _, c := range []struct {
		text string
		want string // the learned line wanted, "" for none
	}{
		{"She denied that the council's budget would raise fees.", "OPPOSES Lena Ortiz stance-model/v"},
		// (a possessor's stance noun in a sentence the rules do not parse and that holds no verb of
		// saying or evaluative word, "Her attacks on the council have grown louder", is scored when
		// parsed, but worthParsing skips it at load time: the speed trade-off)
		{"She never denied that the council's budget would raise fees.", ""},
		{"Did she deny that the council's budget would raise fees?", ""},
		{"Her aides expect her to deny that the council's budget would raise fees.", ""},
		// the frames' scope rule holds for the learned layer too (scopedAway): an if-clause, and
		// a belief whose subject is not the holder, are no act of hers
		{"If she denies that the council's budget would raise fees, the vote will fail.", ""},
		{"Her aides believe she denied that the council's budget would raise fees.", ""},
		// her own belief about a fact is a claim, no stance
		{"She said she believes that the council's budget would raise fees.", ""},
	} {
		lines, n := stanceLines(t, lead+c.text)
		if c.want == "" {
			if n != 0 {
				t.Errorf("%q: learned lines %q, want none", c.text, lines)
			}
			continue
		}
		found := false
		for _, l := range lines {
			found = found || strings.HasPrefix(l, c.want)
		}
		if !found {
			t.Errorf("%q: lines %q, want one starting %q", c.text, lines, c.want)
		}
	}
}

// TestLearnedStancesNotInQuestionTurns: the learned layer makes no relation in a journalist's
// question turn of a press conference (journalistTurn), while the same sentence in news prose
// gives one (TestLearnedStances' first case).
func TestLearnedStancesNotInQuestionTurns(t *testing.T) {
	doc := "Foreign Ministry Spokesperson Ana Lucero's Regular Press Conference on March 3, 2031\n\n" +
		"Q: Mayor Lena Ortiz spoke to reporters on Friday. She denied that the council's budget would raise fees. What is your comment?\n\n" +
		"A: We have no comment on the city's budget."
	if lines, n := stanceLines(t, doc); n != 0 {
		t.Errorf("learned lines in a question turn: %q", lines)
	}
}
