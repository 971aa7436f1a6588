package depparse

import (
	"github.com/claimgraph/claimgraph/syntax/clusters"

	"fmt"
	"math"
	"math/rand"
	"sort"
	"time"
)

// Sentence is a training or evaluation sentence: words with tags and the gold tree
// (Heads[i] = 0 for the root, else the 1-based index of word i's head).
type Sentence struct {
	Words  []Word
	Heads  []int
	Labels []string
}

// TrainOptions configures Train. Zero values take the defaults noted.
type TrainOptions struct {
	Bits    uint    // log2 of the number of weight rows; default 20
	Epochs  int     // passes over the training set; default 12
	Explore float64 // probability of following the model's wrong action after epoch 1 (Goldberg and Nivre 2012 use 0.9); default 0.9
	Seed    int64   // shuffling and exploration; default 1
	// Prune drops averaged weights whose magnitude is below Prune times the largest one; default 0
	// (keep all non-zero weights).
	Prune float64
	// Beam > 1 trains globally with beam search of that width and the max-violation update
	// (beamtrain.go) after GreedyEpochs epochs of greedy dynamic-oracle training; the model then
	// parses with that width by default. Default 1: greedy only.
	Beam         int
	GreedyEpochs int
	// AfterEpoch, if set, is called with each epoch's averaged model (for snapshots).
	AfterEpoch func(epoch int, m *Model)
	// Clusters, when not nil, trains feature set 3: set 2 plus the word-cluster templates
	// (clusterFeatures) read from this table, which the model then needs to load (LoadWith).
	Clusters *clusters.Table
	Dev      []Sentence           // if set, scored after every epoch (logged)
	Log      func(string, ...any) // progress; nil = silent
}

func (o *TrainOptions) defaults() {
	if o.Bits == 0 {
		o.Bits = 20
	}
	if o.Epochs == 0 {
		o.Epochs = 12
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Beam < 1 {
		o.Beam = 1
	}
	if o.Log == nil {
		o.Log = func(string, ...any) {}
	}
}

// trainer holds the dense weight table being learned: w[row*C+a] and the running sum u for
// averaging (the averaged weight is w - u/t after t steps; Daumé 2006, §2.1.1).
type trainer struct {
	bits uint
	c    int // number of actions
	w    []float32
	u    []float64
	t    float64
	avg  bool // score with averaged weights
}

func (tr *trainer) score(f []uint64, scores []float32) {
	clear(scores)
	shift := 64 - tr.bits
	c := tr.c
	if !tr.avg {
		for _, h := range f {
			row := tr.w[int(h>>shift)*c:][:c]
			for a, v := range row {
				scores[a] += v
			}
		}
		return
	}
	inv := 1 / tr.t
	for _, h := range f {
		base := int(h>>shift) * c
		row := tr.w[base:][:c]
		urow := tr.u[base:][:c]
		for a, v := range row {
			scores[a] += v - float32(urow[a]*inv)
		}
	}
}

func (tr *trainer) update(f []uint64, good, bad int) {
	shift := 64 - tr.bits
	for _, h := range f {
		base := int(h>>shift) * tr.c
		tr.w[base+good]++
		tr.u[base+good] += tr.t
		tr.w[base+bad]--
		tr.u[base+bad] -= tr.t
	}
}

// Train learns a parser from sentences with gold trees. Sentences whose heads are out of range
// are an error naming the sentence.
func Train(sents []Sentence, opt TrainOptions) (*Model, error) {
	opt.defaults()
	labelSet := map[string]bool{"root": true, "punct": true}
	for si, s := range sents {
		if len(s.Heads) != len(s.Words) || len(s.Labels) != len(s.Words) {
			return nil, fmt.Errorf("depparse: training sentence %d: %d words, %d heads, %d labels", si+1, len(s.Words), len(s.Heads), len(s.Labels))
		}
		for i, h := range s.Heads {
			if h < 0 || h > len(s.Words) || h == i+1 {
				return nil, fmt.Errorf("depparse: training sentence %d: word %d has head %d", si+1, i+1, h)
			}
			labelSet[s.Labels[i]] = true
		}
	}
	labels := make([]string, 0, len(labelSet))
	for l := range labelSet {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	nl := len(labels)
	if actFirstL+2*nl > 256 {
		return nil, fmt.Errorf("depparse: %d labels; at most %d fit the model's action byte", nl, (256-actFirstL)/2)
	}
	if opt.Beam > maxBeam {
		return nil, fmt.Errorf("depparse: beam width %d; at most %d", opt.Beam, maxBeam)
	}
	m := &Model{labels: labels, bits: opt.Bits, beam: opt.Beam, trainBeam: opt.Beam, clusters: opt.Clusters}
	nf := m.nf()
	if err := m.setSpecialLabels(); err != nil {
		return nil, err
	}
	lidx := make(map[string]int16, nl)
	for i, l := range labels {
		lidx[l] = int16(i)
	}
	type gold struct {
		ws []word
		gh []int32
		gl []int16
	}
	golds := make([]gold, len(sents))
	for i, s := range sents {
		g := gold{ws: prepareWith(s.Words, nil, opt.Clusters), gh: make([]int32, len(s.Words)+1), gl: make([]int16, len(s.Words)+1)}
		for j := range s.Words {
			g.gh[j+1] = int32(s.Heads[j])
			g.gl[j+1] = lidx[s.Labels[j]]
		}
		golds[i] = g
	}
	C := m.numActions()
	tr := &trainer{bits: opt.Bits, c: C, w: make([]float32, C<<opt.Bits), u: make([]float64, C<<opt.Bits), t: 1}
	rng := rand.New(rand.NewSource(opt.Seed))
	order := rand.New(rand.NewSource(opt.Seed + 1)).Perm(len(golds))
	var (
		st     state
		or     oracle
		f      = make([]uint64, nf)
		scores = make([]float32, C)
		cost   = make([]int, C)
		bt     *beamTrainer
	)
	for ep := 0; ep < opt.Epochs; ep++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		steps, errs := 0, 0
		beamEpoch := opt.Beam > 1 && ep >= opt.GreedyEpochs
		if beamEpoch && bt == nil {
			bt = newBeamTrainer(opt.Beam, C, nf)
		}
		for _, gi := range order {
			g := &golds[gi]
			if beamEpoch {
				if bt.train(g.ws, g.gh, g.gl, tr, nl, m.rootLabel) {
					errs++
				}
				steps++
				tr.t += float64(len(bt.goldActs))
				continue
			}
			st.reset(len(g.ws) - 1)
			or.reset(g.gh, g.gl)
			for !st.terminal() {
				extract(&st, g.ws, f)
				tr.score(f, scores)
				min := or.costs(&st, nl, m.rootLabel, cost)
				pred, predScore := -1, float32(0)
				best, bestScore := -1, float32(0)
				for a, v := range scores {
					if cost[a] >= 1<<30 {
						continue
					}
					if pred < 0 || v > predScore {
						pred, predScore = a, v
					}
					if cost[a] == min && (best < 0 || v > bestScore) {
						best, bestScore = a, v
					}
				}
				next := best
				if cost[pred] > min {
					tr.update(f, best, pred)
					errs++
					if ep > 0 && rng.Float64() < opt.Explore {
						next = pred
					}
				} else {
					next = pred
				}
				st.apply(next, nl)
				tr.t++
				steps++
			}
		}
		unit := "steps"
		if beamEpoch {
			unit = "sentences (beam " + fmt.Sprint(opt.Beam) + ")"
		}
		msg := fmt.Sprintf("epoch %d: %d %s, %.2f%% wrong, %s", ep+1, steps, unit, 100*float64(errs)/float64(max(steps, 1)), time.Since(start).Round(time.Millisecond))
		if len(opt.Dev) > 0 {
			tr.avg = true
			var dbs *beamSearch
			if opt.Beam > 1 {
				dbs = newBeamSearch(opt.Beam, C, nf)
			}
			r := evaluate(opt.Dev, func(ws []Word, heads []int, labs []string) {
				pw := prepareWith(ws, nil, opt.Clusters)
				fin := &st
				if dbs != nil {
					fin = dbs.parse(pw, tr, nl, m.rootLabel)
				} else {
					run(&st, pw, tr, nl, m.rootLabel, f, scores, nil)
				}
				m.finish(fin, ws)
				for i := range ws {
					heads[i] = int(fin.head[i+1])
					labs[i] = labels[fin.label[i+1]]
				}
			})
			tr.avg = false
			msg += fmt.Sprintf("; dev UAS %.2f LAS %.2f", r.UAS(), r.LAS())
		}
		opt.Log("%s", msg)
		if opt.AfterEpoch != nil {
			snap := &Model{labels: labels, bits: opt.Bits, beam: opt.Beam, trainBeam: opt.Beam, clusters: opt.Clusters}
			snap.setSpecialLabels()
			snap.compile(tr, opt.Prune)
			opt.AfterEpoch(ep+1, snap)
		}
	}
	m.compile(tr, opt.Prune)
	return m, nil
}

// compile averages the weights, quantizes them to 16 bits (scale = largest magnitude / 32767)
// and keeps those at least prune × the largest in magnitude that do not round to zero.
func (m *Model) compile(tr *trainer, prune float64) {
	C := tr.c
	inv := 1 / tr.t
	var maxAbs float64
	for i, v := range tr.w {
		a := math.Abs(float64(v) - tr.u[i]*inv)
		if a > maxAbs {
			maxAbs = a
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	m.scale = float32(maxAbs / 32767)
	thr := prune * maxAbs
	rows := 1 << tr.bits
	rowStart := make([]uint32, rows+1)
	var ent []uint32
	for r := 0; r < rows; r++ {
		rowStart[r] = uint32(len(ent))
		for a := 0; a < C; a++ {
			i := r*C + a
			v := float64(tr.w[i]) - tr.u[i]*inv
			q := math.Round(v / float64(m.scale))
			if q != 0 && math.Abs(v) >= thr {
				ent = append(ent, entry(a, int16(q)))
			}
		}
	}
	rowStart[rows] = uint32(len(ent))
	m.pack(rowStart, ent)
}

// Result counts attachment scores.
type Result struct {
	Words, Heads, Labelled int
	// Per relation: gold count, predicted count, and correct (head and label).
	Gold, Pred, Correct map[string]int
}

// UAS is the percentage of words with the right head.
func (r Result) UAS() float64 { return 100 * float64(r.Heads) / math.Max(1, float64(r.Words)) }

// LAS is the percentage of words with the right head and relation (full label with subtype).
func (r Result) LAS() float64 { return 100 * float64(r.Labelled) / math.Max(1, float64(r.Words)) }

// F1 is the per-relation F1 (in percent) of label l: correct head and label.
func (r Result) F1(l string) float64 {
	p := float64(r.Correct[l]) / math.Max(1, float64(r.Pred[l]))
	c := float64(r.Correct[l]) / math.Max(1, float64(r.Gold[l]))
	if p+c == 0 {
		return 0
	}
	return 100 * 2 * p * c / (p + c)
}

// Evaluate parses the sentences (with the tags they carry) and scores them against their gold
// trees. Every word counts, punctuation included (as in the CoNLL 2018 shared task).
func Evaluate(m *Model, sents []Sentence) Result {
	return evaluate(sents, m.ParseInto)
}

func evaluate(sents []Sentence, parse func([]Word, []int, []string)) Result {
	r := Result{Gold: map[string]int{}, Pred: map[string]int{}, Correct: map[string]int{}}
	for _, s := range sents {
		heads := make([]int, len(s.Words))
		labs := make([]string, len(s.Words))
		parse(s.Words, heads, labs)
		for i := range s.Words {
			r.Words++
			r.Gold[s.Labels[i]]++
			r.Pred[labs[i]]++
			if heads[i] == s.Heads[i] {
				r.Heads++
				if labs[i] == s.Labels[i] {
					r.Labelled++
					r.Correct[labs[i]]++
				}
			}
		}
	}
	return r
}
