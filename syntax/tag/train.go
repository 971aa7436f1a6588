package tag

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"runtime"
	"sort"
	"sync"

	"github.com/claimgraph/claimgraph/syntax/clusters"
	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// Options are the training settings. The defaults were chosen on the EWT dev set (see
// DefaultOptions); Train never reads the dev or test set itself.
type Options struct {
	// Epochs is the number of passes over the training sentences (shuffled each pass).
	Epochs int
	// Seed seeds the shuffle, so training is deterministic.
	Seed int64
	// TagDictMinCount and TagDictMinRatio select the words tagged from the dictionary: an exact
	// form seen at least TagDictMinCount times with one class at least TagDictMinRatio of the time.
	TagDictMinCount int
	TagDictMinRatio float64
	// AmbMinCount is how often a normalized form must be seen for its ambiguity class to be
	// kept; rarer words get the "unknown" class, as unseen words do at tagging time.
	AmbMinCount int
	// PruneBelow drops averaged weights whose magnitude is below it (0 keeps all). An averaged
	// weight below 1 comes from a feature updated once, late in training, or whose updates
	// cancel out; on EWT dev, pruning at 1.0 keeps 26% of the weights (1.0 MB instead of
	// 3.2 MB) and tags 1.5× faster for 0.09 points of UPOS accuracy (94.90 against 94.99) with
	// one direction and 8 epochs; with both directions and 10 epochs, dev UPOS is 95.12 at 1.0
	// (12 epochs: 95.18), 95.32 at 0.5, 95.27 at 0.2 and 95.26 unpruned (16 epochs at 0.5:
	// 95.27), so the shipped model prunes at 0.5.
	PruneBelow float64
	// Bidirectional also trains a right-to-left tagger on the reversed sentences (same
	// settings); the model then sums both directions' scores for every word (see
	// Model.tagClasses). On EWT dev: UPOS 95.03 → 95.32, XPOS 94.38 → 94.62 (10 epochs,
	// PruneBelow 0.5), at twice the tagging time.
	Bidirectional bool
	// Clusters, when not nil, adds the word-cluster features (features.go, fClu4 …) read from
	// this table; the model then needs the same table to load (LoadWith).
	Clusters *clusters.Table
	// Progress, when not nil, is called after each epoch (of each direction, left to right first) with the epoch number (1-based) and the
	// share of training words the perceptron tagged correctly during that pass.
	Progress func(epoch int, trainAcc float64)
}

// DefaultOptions returns the settings used for the shipped model, chosen on EWT dev: both
// directions, 10 epochs, weights below 0.5 pruned (dev UPOS 95.32, XPOS 94.62; one direction,
// 8 epochs, pruned at 1.0, the model before: 94.90, 94.27).
func DefaultOptions() Options {
	return Options{
		Epochs:          10,
		Seed:            1,
		TagDictMinCount: 20,
		TagDictMinRatio: 0.97,
		AmbMinCount:     2,
		PruneBelow:      0.5,
		Bidirectional:   true,
	}
}

// OneDirectionOptions returns the settings of the left-to-right tagger chosen on EWT dev before
// the bidirectional one (8 epochs, pruned at 1.0; dev UPOS 94.90, XPOS 94.27): the embedded
// data/syntax/tagger.model was trained with them.
func OneDirectionOptions() Options {
	o := DefaultOptions()
	o.Epochs, o.PruneBelow, o.Bidirectional = 8, 1.0, false
	return o
}

// ErrNoData is returned by Train when the sentences contain no tagged word.
var ErrNoData = errors.New("tag: no tagged words to train on")

// tEntry is one class weight of a feature during training, with the lazy-averaging state:
// tot is the sum of the weight over the updates before ts.
type tEntry struct {
	cls uint8
	w   int32
	tot int64
	ts  int64
}

type trainer struct {
	index map[uint64]int32
	rows  [][]tEntry
	now   int64
}

func (t *trainer) score(feats []uint64, scores []float32) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.cls] += float32(e.w)
		}
	}
}

func (t *trainer) update(feats []uint64, cls uint8, delta int32) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.rows))
			t.index[f] = r
			t.rows = append(t.rows, nil)
		}
		row := t.rows[r]
		j := -1
		for k := range row {
			if row[k].cls == cls {
				j = k
				break
			}
		}
		if j < 0 {
			row = append(row, tEntry{cls: cls, ts: t.now})
			j = len(row) - 1
			t.rows[r] = row
		}
		e := &row[j]
		e.tot += int64(e.w) * (t.now - e.ts)
		e.ts = t.now
		e.w += delta
	}
}

// Train learns a model from sentences whose words carry gold UPOS and XPOS. It returns ErrNoData
// when there is nothing to learn from, and an error naming the sentence when a word has no tag
// ("_" or empty) or the data has more than 255 distinct (UPOS, XPOS) pairs.
func Train(sents []*conllu.Sentence, opts Options) (*Model, error) {
	m := &Model{lex: map[string]lexEntry{}, tagdict: map[string]int32{}, clusters: opts.Clusters}
	classOf := map[Class]int{}
	counts := map[Class]int{}
	nWords := 0
	for si, s := range sents {
		for _, w := range s.Words {
			if w.UPOS == "" || w.UPOS == "_" || w.XPOS == "" || w.XPOS == "_" {
				return nil, fmt.Errorf("tag: sentence %d (%s) word %d %q has no UPOS or XPOS", si+1, s.SentID(), w.ID, w.Form)
			}
			counts[Class{w.UPOS, w.XPOS}]++
			nWords++
		}
	}
	if nWords == 0 {
		return nil, ErrNoData
	}
	if len(counts) > maxClasses {
		return nil, fmt.Errorf("tag: %d distinct (UPOS, XPOS) pairs, at most %d supported", len(counts), maxClasses)
	}
	for c := range counts {
		m.classes = append(m.classes, c)
	}
	sort.Slice(m.classes, func(i, j int) bool {
		a, b := m.classes[i], m.classes[j]
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		if a.UPOS != b.UPOS {
			return a.UPOS < b.UPOS
		}
		return a.XPOS < b.XPOS
	})
	m.setClasses(m.classes)
	for i, c := range m.classes {
		classOf[c] = i
	}

	// Gold classes, lexicon and tag dictionary.
	gold := make([][]int32, len(sents))
	words := make([][]string, len(sents))
	normCounts := map[string]map[int32]int{}
	formCounts := map[string]map[int32]int{}
	for si, s := range sents {
		gold[si] = make([]int32, len(s.Words))
		words[si] = make([]string, len(s.Words))
		for i, w := range s.Words {
			c := int32(classOf[Class{w.UPOS, w.XPOS}])
			gold[si][i] = c
			words[si][i] = w.Form
			bump(normCounts, normalize(w.Form), c)
			bump(formCounts, w.Form, c)
		}
	}
	ambiguity(normCounts, opts.AmbMinCount, m.lex)
	for form, cs := range formCounts {
		total, best, bestN := 0, int32(0), 0
		for c, n := range cs {
			total += n
			if n > bestN || (n == bestN && c < best) {
				best, bestN = c, n
			}
		}
		if total >= opts.TagDictMinCount && float64(bestN)/float64(total) >= opts.TagDictMinRatio {
			m.tagdict[form] = best
		}
	}

	trainPass(m, words, gold, opts)
	if opts.Bidirectional {
		rwords := make([][]string, len(words))
		rgold := make([][]int32, len(gold))
		for si := range words {
			n := len(words[si])
			rwords[si], rgold[si] = make([]string, n), make([]int32, n)
			for i := range words[si] {
				rwords[si][n-1-i], rgold[si][n-1-i] = words[si][i], gold[si][i]
			}
		}
		m.back = m.halfLike()
		trainPass(m.back, rwords, rgold, opts)
	}
	if len(m.ent) > maxEntries || (m.back != nil && len(m.back.ent) > maxEntries) {
		return nil, fmt.Errorf("tag: more than the %d weights a model holds: raise PruneBelow", maxEntries)
	}
	return m, nil
}

// trainPass runs the perceptron epochs for m (whose classes, lexicons and tag dictionary are
// set) and stores the averaged weights in m.
func trainPass(m *Model, words [][]string, gold [][]int32, opts Options) {
	t := &trainer{index: map[uint64]int32{}}
	order := make([]int, len(words))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(opts.Seed))
	var featBuf [nTemplates]uint64
	scores := make([]float32, len(m.classes))
	for ep := 1; ep <= opts.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			ws := words[si]
			info := make([]tokenInfo, len(ws))
			m.fillInfo(ws, info)
			h := newHistory()
			for i, w := range ws {
				g := gold[si][i]
				guess, ok := m.tagdict[w]
				if !ok {
					t.now++
					n := features(info, i, &h, featBuf[:])
					clear(scores)
					t.score(featBuf[:n], scores)
					guess = argmax(scores)
					if guess != g {
						t.update(featBuf[:n], uint8(g), 1)
						t.update(featBuf[:n], uint8(guess), -1)
					}
				}
				if guess == g {
					correct++
				}
				total++
				h.push(int(guess), m.verbal[guess], info, i)
			}
		}
		if opts.Progress != nil {
			opts.Progress(ep, float64(correct)/float64(total))
		}
	}
	t.finish(m, opts.PruneBelow)
}

// ambiguity stores in lex the ambiguity class (hash of the sorted set of classes seen) of every
// form seen at least minCount times.
func ambiguity(counts map[string]map[int32]int, minCount int, lex map[string]lexEntry) {
	for form, cs := range counts {
		total := 0
		var ids []int
		for c, n := range cs {
			total += n
			ids = append(ids, int(c))
		}
		if total < minCount {
			continue
		}
		sort.Ints(ids)
		h := hashString("amb")
		for _, c := range ids {
			h = mix(h, uint64(c)+1)
		}
		lex[form] = lexEntry{amb: h}
	}
}

// quantize stores the weights as 16-bit integers with one scale (largest magnitude / 32767).
func (m *Model) quantize(cls []uint8, ws []float32) {
	maxW := float32(0)
	for _, x := range ws {
		maxW = max(maxW, float32(math.Abs(float64(x))))
	}
	m.scale = maxW / 32767
	if m.scale == 0 {
		m.scale = 1
	}
	m.ent = make([]uint32, len(ws))
	for j, x := range ws {
		q := int16(math.Round(float64(x / m.scale)))
		m.ent[j] = uint32(cls[j])<<16 | uint32(uint16(q))
	}
}

func bump(m map[string]map[int32]int, k string, c int32) {
	cs := m[k]
	if cs == nil {
		cs = map[int32]int{}
		m[k] = cs
	}
	cs[c]++
}

// finish averages the weights, drops those below prune and builds the model's flat arrays.
func (t *trainer) finish(m *Model, prune float64) {
	type kr struct {
		key uint64
		row int32
	}
	krs := make([]kr, 0, len(t.index))
	for k, r := range t.index {
		krs = append(krs, kr{k, r})
	}
	sort.Slice(krs, func(i, j int) bool { return krs[i].key < krs[j].key })
	now := float64(t.now)
	if now == 0 {
		now = 1
	}
	var keys []uint64
	var cls []uint8
	var ws []float32
	m.rowStart = []int32{0}
	for _, x := range krs {
		row := t.rows[x.row]
		sort.Slice(row, func(i, j int) bool { return row[i].cls < row[j].cls })
		kept := 0
		for _, e := range row {
			tot := e.tot + int64(e.w)*(t.now-e.ts)
			avg := float64(tot) / now
			if math.Abs(avg) < prune || avg == 0 {
				continue
			}
			cls = append(cls, e.cls)
			ws = append(ws, float32(avg))
			kept++
		}
		if kept == 0 {
			continue
		}
		keys = append(keys, x.key)
		m.rowStart = append(m.rowStart, int32(len(ws)))
	}
	m.quantize(cls, ws)
	m.buildTable(keys)
	m.rowKeys = keys
}

// Tags are the predicted tags of one sentence.
type Tags struct {
	UPOS, XPOS []string
}

// Jackknife returns tags for sents predicted by models that never saw them: the sentences are
// split into k contiguous folds, and each fold is tagged by a model trained on the other k-1.
// A parser trained on these tags learns from the kind of tagging errors it meets at run time.
// k must be at least 2 and at most len(sents). Folds are trained on up to GOMAXPROCS
// goroutines at once; each fold's model is the same whatever the order, so the result is too.
func Jackknife(sents []*conllu.Sentence, k int, opts Options) ([]Tags, error) {
	if k < 2 || k > len(sents) {
		return nil, fmt.Errorf("tag: jackknife needs 2 ≤ k ≤ %d sentences, got k = %d", len(sents), k)
	}
	out := make([]Tags, len(sents))
	errs := make([]error, k)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for f := 0; f < k; f++ {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			lo, hi := f*len(sents)/k, (f+1)*len(sents)/k
			train := make([]*conllu.Sentence, 0, len(sents)-(hi-lo))
			train = append(train, sents[:lo]...)
			train = append(train, sents[hi:]...)
			m, err := Train(train, opts)
			if err != nil {
				errs[f] = fmt.Errorf("tag: jackknife fold %d: %w", f+1, err)
				return
			}
			for i := lo; i < hi; i++ {
				out[i] = m.TagSentence(sents[i])
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// TagSentence returns the predicted tags of the words of s (s is not modified).
func (m *Model) TagSentence(s *conllu.Sentence) Tags {
	ws := make([]string, len(s.Words))
	for i, w := range s.Words {
		ws[i] = w.Form
	}
	t := Tags{UPOS: make([]string, len(ws)), XPOS: make([]string, len(ws))}
	m.Tag(ws, t.UPOS, t.XPOS)
	return t
}

// Accuracy is the share of words whose predicted tags equal the gold ones.
type Accuracy struct {
	Words           int
	UPOS, XPOS, All float64 // All: both UPOS and XPOS right
}

// Evaluate tags every sentence of gold and compares with its UPOS and XPOS columns.
func (m *Model) Evaluate(gold []*conllu.Sentence) Accuracy {
	var a Accuracy
	var u, x, b int
	for _, s := range gold {
		t := m.TagSentence(s)
		for i, w := range s.Words {
			a.Words++
			if t.UPOS[i] == w.UPOS {
				u++
			}
			if t.XPOS[i] == w.XPOS {
				x++
			}
			if t.UPOS[i] == w.UPOS && t.XPOS[i] == w.XPOS {
				b++
			}
		}
	}
	if a.Words > 0 {
		n := float64(a.Words)
		a.UPOS, a.XPOS, a.All = float64(u)/n, float64(x)/n, float64(b)/n
	}
	return a
}
