package depparse

import "math"

// Global training of the beam parser: a structured perceptron over whole transition sequences
// (Collins and Roark 2004; Zhang and Clark 2008) with the max-violation update of Huang, Fayong
// and Guo (2012, "Structured perceptron with inexact search", §4): the sentence is decoded with
// the beam to the end, and if the best final tree is wrong the weights move towards the gold
// prefix and away from the beam's best prefix at the step where the beam's best outscores
// the gold prefix by the most.
//
// The gold sequence is latent: EWT trees are not all projective and arc-eager has spurious
// ambiguity, so at each step the gold hypothesis takes, among the actions of least cost under
// the dynamic oracle (Goldberg and Nivre 2012), the one the current weights score highest.
// A tree that arc-eager cannot build thus has as gold the best reachable tree.

// beamTrainer holds the per-sentence scratch of global training.
type beamTrainer struct {
	bs       *beamSearch
	gold     state // the gold hypothesis
	or       oracle
	cost     []int
	goldActs []int
	predActs []int
	a, b     state // replay states of the update
	f        []uint64
	scores   []float32
}

func newBeamTrainer(k, numActions, nf int) *beamTrainer {
	bs := newBeamSearch(k, numActions, nf)
	bs.keepHist = true
	return &beamTrainer{bs: bs, cost: make([]int, numActions), f: make([]uint64, nf), scores: make([]float32, numActions)}
}

// goldAction returns the gold hypothesis's next action and its score: -1 when it is terminal,
// the forced action (score 0) when there is only one, else the best-scoring least-cost action.
func (bt *beamTrainer) goldAction(ws []word, tr *trainer, nl, rootLabel int) (int, float64) {
	st := &bt.gold
	if st.terminal() {
		return -1, 0
	}
	if a := st.forced(); a >= 0 {
		return a, 0
	}
	extract(st, ws, bt.f)
	tr.score(bt.f, bt.scores)
	min := bt.or.costs(st, nl, rootLabel, bt.cost)
	best := -1
	for a, c := range bt.cost {
		if c == min && (best < 0 || bt.scores[a] > bt.scores[best]) {
			best = a
		}
	}
	return best, float64(bt.scores[best])
}

// train decodes one sentence with the beam and, if its best tree differs from the gold
// hypothesis's, makes the max-violation update. It reports whether an update was made.
func (bt *beamTrainer) train(ws []word, gh []int32, gl []int16, tr *trainer, nl, rootLabel int) bool {
	bs := bt.bs
	n := len(ws) - 1
	bt.or.reset(gh, gl)
	bt.gold.reset(n)
	h := bs.cur[0]
	h.st.reset(n)
	h.score, h.gold = 0, true
	bs.hist = bs.hist[:0]
	bt.goldActs = bt.goldActs[:0]
	var goldScore float64
	size := 1
	worst, worstStep := math.Inf(-1), -1
	for {
		ga, gs := bt.goldAction(ws, tr, nl, rootLabel)
		if !bs.expand(size, ws, tr, nl, rootLabel) || len(bs.cands) == 0 {
			break
		}
		size = bs.advance(nl, ga)
		bt.goldActs = append(bt.goldActs, ga)
		goldScore += gs
		if ga >= 0 {
			bt.gold.apply(ga, nl)
		}
		if best := bs.cur[0]; !best.gold {
			if v := best.score - goldScore; v > worst {
				worst, worstStep = v, len(bs.hist)-1
			}
		}
	}
	if bs.cur[0].gold || sameTree(&bs.cur[0].st, &bt.gold) || worstStep < 0 {
		return false
	}
	// the beam's best prefix at worstStep, by its back-pointers
	bt.predActs = bt.predActs[:0]
	for t, j := worstStep, 0; t >= 0; t-- {
		bt.predActs = append(bt.predActs, bs.hist[t].act[j])
		j = bs.hist[t].parent[j]
	}
	for i, j := 0, len(bt.predActs)-1; i < j; i, j = i+1, j-1 {
		bt.predActs[i], bt.predActs[j] = bt.predActs[j], bt.predActs[i]
	}
	bt.update(ws, bt.goldActs[:worstStep+1], bt.predActs, tr, nl)
	return true
}

// update adds the features of the gold prefix's scored actions and subtracts those of the
// predicted prefix's, from the first step where they differ (before it they cancel).
func (bt *beamTrainer) update(ws []word, gold, pred []int, tr *trainer, nl int) {
	n := len(ws) - 1
	bt.a.reset(n)
	bt.b.reset(n)
	diverged := false
	for t := range gold {
		ga, pa := gold[t], pred[t]
		if !diverged && ga == pa {
			if ga >= 0 {
				bt.a.apply(ga, nl)
				bt.b.apply(pa, nl)
			}
			continue
		}
		diverged = true
		bt.addStep(&bt.a, ws, ga, +1, tr, nl)
		bt.addStep(&bt.b, ws, pa, -1, tr, nl)
	}
}

// addStep adds delta to the weights of action a's features in st (unless a is a carry or a
// forced, unscored move) and applies a.
func (bt *beamTrainer) addStep(st *state, ws []word, a int, delta float32, tr *trainer, nl int) {
	if a < 0 {
		return
	}
	if st.forced() < 0 {
		extract(st, ws, bt.f)
		tr.add(bt.f, a, delta)
	}
	st.apply(a, nl)
}

// sameTree reports whether two final states have the same heads and labels.
func sameTree(x, y *state) bool {
	for i := 1; i <= x.n; i++ {
		if x.head[i] != y.head[i] || x.label[i] != y.label[i] {
			return false
		}
	}
	return true
}

// add adds delta to the weight of action a in the rows of features f.
func (tr *trainer) add(f []uint64, a int, delta float32) {
	shift := 64 - tr.bits
	for _, h := range f {
		i := int(h>>shift)*tr.c + a
		tr.w[i] += delta
		tr.u[i] += tr.t * float64(delta)
	}
}
