package depparse

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/claimgraph/claimgraph/syntax/clusters"
	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// parseClusterTable is a stand-in for a table learned from unlabelled text: every word of the
// named slices of ../testdata in the cluster of its most frequent UPOS (clusters.ByUPOS), so
// that the cluster templates have values that vary. It tests the mechanism, not a table's value.
func parseClusterTable(t testing.TB, names ...string) *clusters.Table {
	t.Helper()
	var sets [][]*conllu.Sentence
	for _, n := range names {
		ss, err := conllu.ReadFile("../testdata/" + n)
		if err != nil {
			t.Fatal(err)
		}
		sets = append(sets, ss)
	}
	tab, err := clusters.ByUPOS(sets...)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

var (
	cluOnce  sync.Once
	cluModel *Model
	cluTab   *clusters.Table
	cluErr   error
)

// clusterModel trains (once) a greedy feature set 3 model on the train slice.
func clusterModel(t testing.TB) (*Model, *clusters.Table) {
	t.Helper()
	cluOnce.Do(func() {
		train := readSlice(t, "ewt-train-slice.conllu")
		cluTab = parseClusterTable(t, "ewt-train-slice.conllu", "ewt-test-slice.conllu")
		cluModel, cluErr = Train(train, TrainOptions{Bits: 16, Epochs: 4, Clusters: cluTab})
	})
	if cluErr != nil {
		t.Fatal(cluErr)
	}
	return cluModel, cluTab
}

// TestClusterFeatureSet: a set 3 model records its table, loads only with it and parses the
// same after Save/LoadWith; its incremental beam scoring and cached greedy scoring stay exact
// with the cluster templates; it still beats the neighbour baseline like the set 2 model.
func TestClusterFeatureSet(t *testing.T) {
	m, tab := clusterModel(t)
	if m.nf() != maxFeatures || m.Clusters() != tab {
		t.Fatalf("feature vector %d long, table %p; want %d, %p", m.nf(), m.Clusters(), maxFeatures, tab)
	}
	test := readSlice(t, "ewt-test-slice.conllu")
	r := Evaluate(m, test)
	t.Logf("set 3 slice model: UAS %.1f LAS %.1f", r.UAS(), r.LAS())
	if r.UAS() < 60 {
		t.Errorf("set 3 slice model UAS %.1f, want ≥ 60", r.UAS())
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bytes.NewReader(buf.Bytes())); err == nil || !strings.Contains(err.Error(), "clusters") {
		t.Errorf("loaded without its table: %v", err)
	}
	if _, err := LoadWith(bytes.NewReader(buf.Bytes()), parseClusterTable(t, "ewt-test-slice.conllu")); err == nil {
		t.Error("loaded with another table")
	}
	m2, err := LoadWith(bytes.NewReader(buf.Bytes()), tab)
	if err != nil {
		t.Fatal(err)
	}
	if r2 := Evaluate(m2, test); r2.UAS() != r.UAS() || r2.LAS() != r.LAS() {
		t.Errorf("after Save/LoadWith UAS %.2f LAS %.2f, before %.2f %.2f", r2.UAS(), r2.LAS(), r.UAS(), r.LAS())
	}
	if p := m.Pruned(100); p.Clusters() != tab || m.SetBeam(2).Clusters() != tab {
		t.Error("Pruned or SetBeam dropped the table")
	}

	inc, full := newBeamSearch(8, m.numActions(), m.nf()), newBeamSearch(8, m.numActions(), m.nf())
	for si, s := range test {
		ws := prepareWith(s.Words, nil, tab)
		a := inc.parse(ws, m, len(m.labels), m.rootLabel)
		b := full.parse(ws, plainScorer{m}, len(m.labels), m.rootLabel)
		if inc.cur[0].score != full.cur[0].score || !sameTree(a, b) {
			t.Fatalf("sentence %d: incremental score %.0f, full %.0f (same tree: %v)", si+1, inc.cur[0].score, full.cur[0].score, sameTree(a, b))
		}
	}
	var st state
	f := make([]uint64, m.nf())
	scores := make([]float32, m.numActions())
	for si, s := range test {
		heads, labs, _ := m.SetBeam(1).Parse(s.Words)
		run(&st, prepareWith(s.Words, nil, tab), plainScorer{m}, len(m.labels), m.rootLabel, f, scores, nil)
		m.finish(&st, s.Words)
		for i := range s.Words {
			if int(st.head[i+1]) != heads[i] || m.labels[st.label[i+1]] != labs[i] {
				t.Fatalf("sentence %d word %d: cached %d %s, plain %d %s", si+1, i+1, heads[i], labs[i], st.head[i+1], m.labels[st.label[i+1]])
			}
		}
	}
}

// TestClusterTemplatesReadTheirWords: the cluster templates change with the cluster of s0 and
// n0, and a word outside the table has a fixed atom.
func TestClusterTemplatesReadTheirWords(t *testing.T) {
	tab, err := clusters.Read(strings.NewReader("rejected\t011010\nrefused\t011011\ntalks\t101000\n"), "t")
	if err != nil {
		t.Fatal(err)
	}
	feats := func(verb string) []uint64 {
		ws := prepareWith([]Word{{Form: "Iran", UPOS: "PROPN"}, {Form: verb, UPOS: "VERB"}, {Form: "talks", UPOS: "NOUN"}}, nil, tab)
		var st state
		st.reset(3)
		st.apply(actShift, len(testLabels())) // Iran on the stack, the verb at n0
		f := make([]uint64, maxFeatures)
		extract(&st, ws, f)
		return f[numFeatures:]
	}
	a, b, c := feats("rejected"), feats("refused"), feats("spurned")
	// n0's 4-bit cluster (template 6 of the set) is the same for rejected/refused, its leaf differs
	if a[5] != b[5] || a[3] == b[3] {
		t.Errorf("n0 cluster templates: depth 4 %x/%x (want equal), leaf %x/%x (want different)", a[5], b[5], a[3], b[3])
	}
	if c[3] == a[3] || c[3] == b[3] {
		t.Error("a word outside the table shares a cluster atom with one inside")
	}
}
