package depparse

import (
	"bytes"
	"compress/gzip"
	"io"
	"math/rand"
	"sync"
	"testing"
)

// TestBeamWidthOneIsGreedy: the beam search at width 1 makes the greedy parser's choices on
// every sentence of the test slice and on random input.
func TestBeamWidthOneIsGreedy(t *testing.T) {
	m := slicedModel(t)
	b1 := m.SetBeam(1)
	// A width-1 model takes the greedy code path; drive the beam search directly.
	bs := newBeamSearch(1, m.numActions(), numFeatures)
	sents := readSlice(t, "ewt-test-slice.conllu")
	rng := rand.New(rand.NewSource(5))
	for trial := 0; trial < 50; trial++ {
		ws := make([]Word, rng.Intn(30))
		for i := range ws {
			ws[i] = Word{Form: fuzzForms[rng.Intn(len(fuzzForms))], UPOS: fuzzTags[rng.Intn(len(fuzzTags))]}
		}
		sents = append(sents, Sentence{Words: ws})
	}
	for si, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		gh, gl, _ := b1.Parse(s.Words)
		st := bs.parse(prepare(s.Words, nil), m, len(m.labels), m.rootLabel)
		m.finish(st, s.Words)
		for i := range s.Words {
			if int(st.head[i+1]) != gh[i] || m.labels[st.label[i+1]] != gl[i] {
				t.Fatalf("sentence %d word %d: beam 1 gives %d %s, greedy %d %s", si+1, i+1, st.head[i+1], m.labels[st.label[i+1]], gh[i], gl[i])
			}
		}
	}
}

// TestBeamScoresAtLeastGreedy: a wider beam almost always finds a sequence whose model score is
// at least the greedy one's. (Not always: the greedy prefix can be pushed out of the beam by k
// better-scoring prefixes whose continuations then score worse; inexact search.)
func TestBeamScoresAtLeastGreedy(t *testing.T) {
	m := slicedModel(t)
	b1, b8 := newBeamSearch(1, m.numActions(), numFeatures), newBeamSearch(8, m.numActions(), numFeatures)
	worse := 0
	for _, s := range readSlice(t, "ewt-test-slice.conllu") {
		ws := prepare(s.Words, nil)
		b1.parse(ws, m, len(m.labels), m.rootLabel)
		b8.parse(ws, m, len(m.labels), m.rootLabel)
		if b8.cur[0].score < b1.cur[0].score {
			worse++
		}
	}
	if worse > 10 {
		t.Errorf("beam 8 found a lower-scoring parse than greedy on %d sentences", worse)
	}
}

// TestBeamTrainKeepsGold: while training, the hypothesis marked gold in the beam is exactly the
// gold hypothesis (same state), and the gold sequence builds the gold tree of a projective
// sentence.
func TestBeamTrainKeepsGold(t *testing.T) {
	labels := testLabels()
	nl := len(labels)
	root := labelIndex(labels, "root")
	C := actFirstL + 2*nl
	tr := &trainer{bits: 12, c: C, w: make([]float32, C<<12), u: make([]float64, C<<12), t: 1}
	bt := newBeamTrainer(4, C, numFeatures)
	for _, tree := range ownTrees {
		gh, gl := goldOf(t, tree, labels)
		ws := make([]Word, len(tree.words))
		for i := range ws {
			ws[i] = Word{Form: tree.words[i], UPOS: tree.tags[i]}
		}
		pw := prepare(ws, nil)
		for round := 0; round < 20; round++ {
			// Check the invariant step by step on a copy of the search.
			bs := bt.bs
			bt.or.reset(gh, gl)
			bt.gold.reset(len(ws))
			h := bs.cur[0]
			h.st.reset(len(ws))
			h.score, h.gold = 0, true
			size := 1
			for {
				ga, _ := bt.goldAction(pw, tr, nl, root)
				if !bs.expand(size, pw, tr, nl, root) {
					break
				}
				size = bs.advance(nl, ga)
				if ga >= 0 {
					bt.gold.apply(ga, nl)
				}
				golds := 0
				for _, h := range bs.cur[:size] {
					if h.gold {
						golds++
						if !sameTree(&h.st, &bt.gold) || h.st.b != bt.gold.b || len(h.st.stack) != len(bt.gold.stack) {
							t.Fatalf("%v: hypothesis marked gold differs from the gold state", tree.words)
						}
					}
				}
				if golds > 1 {
					t.Fatalf("%v: %d hypotheses marked gold", tree.words, golds)
				}
			}
			// The beam may finish before the gold hypothesis (once gold has fallen out).
			for ga, _ := bt.goldAction(pw, tr, nl, root); ga >= 0; ga, _ = bt.goldAction(pw, tr, nl, root) {
				bt.gold.apply(ga, nl)
			}
			for i := 1; i <= len(ws); i++ {
				if bt.gold.head[i] != gh[i] || bt.gold.label[i] != gl[i] {
					t.Fatalf("%v: gold sequence gives word %d head %d, want %d", tree.words, i, bt.gold.head[i], gh[i])
				}
			}
			bt.train(pw, gh, gl, tr, nl, root)
			tr.t++
		}
	}
}

// TestMaxViolationUpdate: on a sentence the untrained model gets wrong, the update raises the
// gold prefix's score above the predicted prefix's at the step of maximum violation, and
// repeated updates make the beam's best tree the gold tree.
func TestMaxViolationUpdate(t *testing.T) {
	labels := testLabels()
	nl := len(labels)
	root := labelIndex(labels, "root")
	C := actFirstL + 2*nl
	tr := &trainer{bits: 14, c: C, w: make([]float32, C<<14), u: make([]float64, C<<14), t: 1}
	bt := newBeamTrainer(4, C, numFeatures)
	tree := ownTrees[0]
	gh, gl := goldOf(t, tree, labels)
	ws := make([]Word, len(tree.words))
	for i := range ws {
		ws[i] = Word{Form: tree.words[i], UPOS: tree.tags[i]}
	}
	pw := prepare(ws, nil)
	if !bt.train(pw, gh, gl, tr, nl, root) {
		t.Fatal("zero weights parsed the sentence right: no update to test")
	}
	// After the update, the gold prefix must outscore the predicted prefix it was compared with.
	gold, pred := append([]int(nil), bt.goldActs...), append([]int(nil), bt.predActs...)
	gold = gold[:len(pred)]
	if g, p := seqScore(pw, gold, tr, nl), seqScore(pw, pred, tr, nl); g <= p {
		t.Errorf("after the update the gold prefix scores %.1f, the violating prefix %.1f", g, p)
	}
	updates := 1
	for i := 0; i < 30 && bt.train(pw, gh, gl, tr, nl, root); i++ {
		updates++
	}
	bs := newBeamSearch(4, C, numFeatures)
	st := bs.parse(pw, tr, nl, root)
	for i := 1; i <= len(ws); i++ {
		if st.head[i] != gh[i] || st.label[i] != gl[i] {
			t.Fatalf("after %d updates word %d has head %d label %d, want %d %d", updates, i, st.head[i], st.label[i], gh[i], gl[i])
		}
	}
}

// seqScore is the model score of an action sequence from the initial state.
func seqScore(ws []word, acts []int, sc scorer, nl int) float64 {
	var st state
	st.reset(len(ws) - 1)
	f := make([]uint64, numFeatures)
	scores := make([]float32, actFirstL+2*nl)
	total := 0.0
	for _, a := range acts {
		if a < 0 {
			continue
		}
		if st.forced() < 0 {
			extract(&st, ws, f)
			sc.score(f, scores)
			total += float64(scores[a])
		}
		st.apply(a, nl)
	}
	return total
}

var (
	beamOnce  sync.Once
	beamModel *Model
	beamErr   error
)

// TestBeamTrainOnSlice trains a beam-4 model on the committed EWT slice (2 greedy epochs, 2
// beam epochs) and checks that it beats the neighbour baseline by as much as the greedy model
// must, survives a save and load with its width, and always returns a tree.
func TestBeamTrainOnSlice(t *testing.T) {
	beamOnce.Do(func() {
		beamModel, beamErr = Train(readSlice(t, "ewt-train-slice.conllu"), TrainOptions{Bits: 16, Epochs: 4, Beam: 4, GreedyEpochs: 2})
	})
	if beamErr != nil {
		t.Fatal(beamErr)
	}
	m := beamModel
	if m.BeamWidth() != 4 || m.TrainedBeam() != 4 {
		t.Fatalf("beam width %d, trained %d; want 4", m.BeamWidth(), m.TrainedBeam())
	}
	test := readSlice(t, "ewt-test-slice.conllu")
	r := Evaluate(m, test)
	g := Evaluate(slicedModel(t), test)
	t.Logf("beam-4 slice model: UAS %.1f LAS %.1f; greedy slice model UAS %.1f LAS %.1f", r.UAS(), r.LAS(), g.UAS(), g.LAS())
	if r.UAS() < 60 || r.LAS() < 50 {
		t.Errorf("beam slice model UAS %.1f LAS %.1f: want ≥ 60 and ≥ 50", r.UAS(), r.LAS())
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if m2.BeamWidth() != 4 {
		t.Errorf("loaded model has beam %d, want 4", m2.BeamWidth())
	}
	// A model saved with another parsing width keeps it, and its training width.
	buf.Reset()
	if err := m.SetBeam(2).Save(&buf); err != nil {
		t.Fatal(err)
	}
	if m3, err := Load(&buf); err != nil || m3.BeamWidth() != 2 || m3.TrainedBeam() != 4 {
		t.Errorf("SetBeam(2) saved and loaded: %v, width %d, trained %d", err, m3.BeamWidth(), m3.TrainedBeam())
	}
	if r2 := Evaluate(m2, test); r2.UAS() < r.UAS()-0.1 || r2.UAS() > r.UAS()+0.1 {
		t.Errorf("UAS %.2f before save, %.2f after load", r.UAS(), r2.UAS())
	}
	long := make([]Word, 500)
	for i := range long {
		long[i] = Word{Form: fuzzForms[i%len(fuzzForms)], UPOS: fuzzTags[i%len(fuzzTags)]}
	}
	heads, labs, _ := m.Parse(long)
	checkTree(t, long, heads, labs)
}

// plainScorer hides the *Model from the beam so that it scores every hypothesis in full.
type plainScorer struct{ m *Model }

func (p plainScorer) score(f []uint64, scores []float32) { p.m.score(f, scores) }

// TestIncrementalScoringIsExact: scoring a hypothesis from a sibling's scores (beamscore.go)
// gives the same beam, scores and trees as scoring every hypothesis in full.
func TestIncrementalScoringIsExact(t *testing.T) {
	m := slicedModel(t)
	inc, full := newBeamSearch(8, m.numActions(), numFeatures), newBeamSearch(8, m.numActions(), numFeatures)
	test := readSlice(t, "ewt-test-slice.conllu")
	// and one overlong sentence, whose later configurations find the group caches full
	var long Sentence
	for _, s := range test[:20] {
		long.Words = append(long.Words, s.Words...)
	}
	if 8*(2*len(long.Words)+2) <= maxGroupEntries {
		t.Fatalf("the long sentence (%d words) does not fill the group caches", len(long.Words))
	}
	for si, s := range append(test, long) {
		ws := prepare(s.Words, nil)
		a := inc.parse(ws, m, len(m.labels), m.rootLabel)
		b := full.parse(ws, plainScorer{m}, len(m.labels), m.rootLabel)
		if inc.cur[0].score != full.cur[0].score || !sameTree(a, b) {
			t.Fatalf("sentence %d: incremental score %.0f, full %.0f (same tree: %v)", si+1, inc.cur[0].score, full.cur[0].score, sameTree(a, b))
		}
	}
}

// TestBufferTemplatesReadOnlyTheBuffer: over random action sequences, configurations with the
// same buffer front have the same values for every template in bufferTemplates, and every other
// template varies somewhere (so the list is neither wrong nor incomplete).
func TestBufferTemplatesReadOnlyTheBuffer(t *testing.T) {
	test := readSlice(t, "ewt-test-slice.conllu")
	labels := testLabels()
	nl := len(labels)
	root := labelIndex(labels, "root")
	rng := rand.New(rand.NewSource(11))
	varies := make([]bool, numFeatures)
	isBuf := make([]bool, numFeatures)
	for _, tpl := range bufferTemplates {
		isBuf[tpl] = true
	}
	for _, s := range test {
		ws := prepare(s.Words, nil)
		seen := map[int32][]uint64{}
		for trial := 0; trial < 20; trial++ {
			var st state
			st.reset(len(s.Words))
			for !st.terminal() {
				f := make([]uint64, numFeatures)
				extract(&st, ws, f)
				if g, ok := seen[st.b]; ok {
					for tpl := range f {
						if f[tpl] != g[tpl] {
							if isBuf[tpl] {
								t.Fatalf("template %d differs between two configurations with buffer front %d", tpl, st.b)
							}
							varies[tpl] = true
						}
					}
				} else {
					seen[st.b] = f
				}
				var valid []int
				for a := 0; a < actFirstL+2*nl; a++ {
					if st.valid(a, nl, root) {
						valid = append(valid, a)
					}
				}
				st.apply(valid[rng.Intn(len(valid))], nl)
			}
		}
	}
	for tpl := range varies {
		if !isBuf[tpl] && !varies[tpl] {
			t.Errorf("template %d never varies with the buffer front fixed: it belongs in bufferTemplates", tpl)
		}
	}
}

// TestExtractSplit: extractSplit writes what extract then split write, and with the buffer
// templates left out it leaves their entries as they were, over random action sequences.
func TestExtractSplit(t *testing.T) {
	labels := testLabels()
	nl := len(labels)
	root := labelIndex(labels, "root")
	rng := rand.New(rand.NewSource(5))
	f, want := make([]uint64, numFeatures), make([]uint64, numFeatures)
	got, part := make([]uint64, numFeatures), make([]uint64, numFeatures)
	for _, s := range readSlice(t, "ewt-test-slice.conllu") {
		ws := prepare(s.Words, nil)
		var st state
		st.reset(len(s.Words))
		for !st.terminal() {
			extract(&st, ws, f)
			split(want, f)
			extractSplit(&st, ws, got, true)
			for i := range part {
				part[i] = uint64(i)
			}
			extractSplit(&st, ws, part, false)
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("position %d: extractSplit %x, split(extract) %x", i, got[i], want[i])
				}
				if i < nOther && part[i] != want[i] || i >= nOther && part[i] != uint64(i) {
					t.Fatalf("position %d without the buffer templates: %x", i, part[i])
				}
			}
			var valid []int
			for a := 0; a < actFirstL+2*nl; a++ {
				if st.valid(a, nl, root) {
					valid = append(valid, a)
				}
			}
			st.apply(valid[rng.Intn(len(valid))], nl)
		}
	}
}

// TestTemplateGroups: the split order holds every template once, the s0 and n0 groups where
// scoreGroups reads them.
func TestTemplateGroups(t *testing.T) {
	seen := map[int]int{}
	for i, tpl := range append(append([]int(nil), otherTemplates...), bufferTemplates[:]...) {
		if j, ok := seen[tpl]; ok {
			t.Fatalf("template %d at split positions %d and %d", tpl, j, i)
		}
		seen[tpl] = i
	}
	if len(seen) != numFeatures {
		t.Fatalf("split order holds %d templates, want %d", len(seen), numFeatures)
	}
	for k, tpl := range s0Templates {
		if seen[tpl] != nCross+k {
			t.Errorf("s0 template %d at %d, want %d", tpl, seen[tpl], nCross+k)
		}
	}
	for k, tpl := range n0Templates {
		if seen[tpl] != s0End+k {
			t.Errorf("n0 template %d at %d, want %d", tpl, seen[tpl], s0End+k)
		}
	}
}

// TestCachedGreedyIsExact: the greedy parse with the buffer cache equals the parse that scores
// every template at every step.
func TestCachedGreedyIsExact(t *testing.T) {
	m := slicedModel(t)
	var st state
	f := make([]uint64, numFeatures)
	scores := make([]float32, m.numActions())
	for si, s := range readSlice(t, "ewt-test-slice.conllu") {
		heads, labs, _ := m.SetBeam(1).Parse(s.Words)
		run(&st, prepare(s.Words, nil), plainScorer{m}, len(m.labels), m.rootLabel, f, scores, nil)
		m.finish(&st, s.Words)
		for i := range s.Words {
			if int(st.head[i+1]) != heads[i] || m.labels[st.label[i+1]] != labs[i] {
				t.Fatalf("sentence %d word %d: cached %d %s, plain %d %s", si+1, i+1, heads[i], labs[i], st.head[i+1], m.labels[st.label[i+1]])
			}
		}
	}
}

// TestLoadOlderVersions: files of the formats before the parsing width (2) and before any beam
// width (1) was recorded load, as greedy models here, with the same parses.
func TestLoadOlderVersions(t *testing.T) {
	m := slicedModel(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	// version 3: magic, bits, feature version, training width, parsing width (one byte each here)
	rest := raw[len(magic):]
	v1 := append([]byte(magicV1), rest[:2]...)
	v1 = append(v1, rest[4:]...)
	v2 := append([]byte(magicV2), rest[:3]...)
	v2 = append(v2, rest[4:]...)
	test := readSlice(t, "ewt-test-slice.conllu")
	for v, data := range map[int][]byte{1: v1, 2: v2} {
		var out bytes.Buffer
		zw := gzip.NewWriter(&out)
		zw.Write(data)
		zw.Close()
		old, err := Load(&out)
		if err != nil {
			t.Fatalf("version %d: %v", v, err)
		}
		if old.BeamWidth() != 1 || old.TrainedBeam() != 1 {
			t.Errorf("version %d model: width %d, trained %d; want greedy", v, old.BeamWidth(), old.TrainedBeam())
		}
		if a, b := Evaluate(m, test), Evaluate(old, test); a.Heads != b.Heads || a.Labelled != b.Labelled {
			t.Errorf("version %d copy parses differently: %d/%d vs %d/%d", v, a.Heads, a.Labelled, b.Heads, b.Labelled)
		}
	}
}
