package depparse

import (
	"math/rand"
	"testing"
)

// tree is a sentence of our own with its UD tree (heads 1-based, 0 = root).
type tree struct {
	words  []string
	tags   []string
	heads  []int
	labels []string
}

var ownTrees = []tree{
	{ // The minister said that the plan was rejected by parliament .
		words:  []string{"The", "minister", "said", "that", "the", "plan", "was", "rejected", "by", "parliament", "."},
		tags:   []string{"DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"},
		heads:  []int{2, 3, 0, 8, 6, 8, 8, 3, 10, 8, 3},
		labels: []string{"det", "nsubj", "root", "mark", "det", "nsubj:pass", "aux:pass", "ccomp", "case", "obl:agent", "punct"},
	},
	{ // China and Russia opposed the sanctions , officials said .
		words:  []string{"China", "and", "Russia", "opposed", "the", "sanctions", ",", "officials", "said", "."},
		tags:   []string{"PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"},
		heads:  []int{4, 3, 1, 0, 6, 4, 9, 9, 4, 4},
		labels: []string{"nsubj", "cc", "conj", "root", "det", "obj", "punct", "nsubj", "parataxis", "punct"},
	},
	{ // Iran 's leader threatened to close the strait .
		words:  []string{"Iran", "'s", "leader", "threatened", "to", "close", "the", "strait", "."},
		tags:   []string{"PROPN", "PART", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"},
		heads:  []int{3, 1, 4, 0, 6, 4, 8, 6, 4},
		labels: []string{"nmod:poss", "case", "nsubj", "root", "mark", "xcomp", "det", "obj", "punct"},
	},
	{ // Yes .
		words:  []string{"Yes", "."},
		tags:   []string{"INTJ", "PUNCT"},
		heads:  []int{0, 1},
		labels: []string{"root", "punct"},
	},
	{ // Right-branching chain with a late root: Quickly , very quickly , he left .
		words:  []string{"Quickly", ",", "very", "quickly", ",", "he", "left", "."},
		tags:   []string{"ADV", "PUNCT", "ADV", "ADV", "PUNCT", "PRON", "VERB", "PUNCT"},
		heads:  []int{7, 4, 4, 1, 7, 7, 0, 7},
		labels: []string{"advmod", "punct", "advmod", "conj", "punct", "nsubj", "root", "punct"},
	},
}

func testLabels() []string {
	return []string{"advmod", "aux:pass", "case", "cc", "ccomp", "conj", "det", "mark", "nmod:poss", "nsubj", "nsubj:pass", "obj", "obl:agent", "parataxis", "punct", "root", "xcomp"}
}

func goldOf(t *testing.T, tr tree, labels []string) ([]int32, []int16) {
	t.Helper()
	gh := make([]int32, len(tr.words)+1)
	gl := make([]int16, len(tr.words)+1)
	for i := range tr.words {
		gh[i+1] = int32(tr.heads[i])
		l := labelIndex(labels, tr.labels[i])
		if l < 0 {
			t.Fatalf("label %q missing from test label set", tr.labels[i])
		}
		gl[i+1] = int16(l)
	}
	return gh, gl
}

// TestOracleReconstructsGold follows zero-cost actions only (ties broken at random, many times)
// and checks that every such sequence ends in exactly the gold tree, so the cost function never
// calls a harmful action free and never leaves the parser without a free action.
func TestOracleReconstructsGold(t *testing.T) {
	labels := testLabels()
	nl := len(labels)
	root := labelIndex(labels, "root")
	rng := rand.New(rand.NewSource(7))
	cost := make([]int, actFirstL+2*nl)
	for _, tr := range ownTrees {
		gh, gl := goldOf(t, tr, labels)
		for trial := 0; trial < 50; trial++ {
			var st state
			var or oracle
			st.reset(len(tr.words))
			or.reset(gh, gl)
			steps := 0
			for !st.terminal() {
				if min := or.costs(&st, nl, root, cost); min != 0 {
					t.Fatalf("%v: no zero-cost action at step %d (min cost %d)", tr.words, steps, min)
				}
				var free []int
				for a, c := range cost {
					if c == 0 {
						if !st.valid(a, nl, root) {
							t.Fatalf("%v: action %d has cost 0 but is invalid", tr.words, a)
						}
						free = append(free, a)
					}
				}
				st.apply(free[rng.Intn(len(free))], nl)
				if steps++; steps > 2*len(tr.words) {
					t.Fatalf("%v: more than 2n transitions", tr.words)
				}
			}
			for i := 1; i <= len(tr.words); i++ {
				if st.head[i] != gh[i] || st.label[i] != gl[i] {
					t.Fatalf("%v: word %d got head %d label %d, want %d %d", tr.words, i, st.head[i], st.label[i], gh[i], gl[i])
				}
			}
		}
	}
}

// TestOracleCountsLostArcs checks the costs of single wrong moves on the first sentence.
func TestOracleCountsLostArcs(t *testing.T) {
	labels := testLabels()
	nl := len(labels)
	root := labelIndex(labels, "root")
	tr := ownTrees[0]
	gh, gl := goldOf(t, tr, labels)
	var st state
	var or oracle
	st.reset(len(tr.words))
	or.reset(gh, gl)
	cost := make([]int, actFirstL+2*nl)
	// Stack [0], buffer "The minister said …": RIGHT-ARC root→The loses minister→The (The's
	// gold head is ahead) and, as the root takes one child, root→said: cost 2.
	or.costs(&st, nl, root, cost)
	if c := cost[actFirstL+nl+root]; c != 2 {
		t.Errorf("RIGHT-ARC root→The: cost %d, want 2", c)
	}
	if cost[actShift] != 0 {
		t.Errorf("SHIFT The: cost %d, want 0", cost[actShift])
	}
	st.apply(actShift, nl) // stack [0 The], buffer minister …
	or.costs(&st, nl, root, cost)
	det := labelIndex(labels, "det")
	if cost[actFirstL+det] != 0 {
		t.Errorf("LEFT-ARC det minister→The: cost %d, want 0", cost[actFirstL+det])
	}
	if c := cost[actFirstL+labelIndex(labels, "nsubj")]; c != 1 {
		t.Errorf("LEFT-ARC with the wrong label: cost %d, want 1", c)
	}
	if cost[actShift] != 1 {
		t.Errorf("SHIFT minister over its dependent The: cost %d, want 1", cost[actShift])
	}
	if cost[actReduce] < 1<<30 {
		t.Errorf("REDUCE of a headless word must be invalid")
	}
}
