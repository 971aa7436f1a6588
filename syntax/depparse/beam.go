package depparse

// Beam search over arc-eager transitions (Zhang and Clark 2008, "A tale of two parsers", §3;
// Zhang and Nivre 2011): a hypothesis's score is the sum of the scores of its actions, and
// each step keeps the k best expansions of the k hypotheses. Width 1 is exactly the greedy
// parser (same action order for ties, same unscored forced moves). Hypotheses that reach a
// terminal state are carried unchanged into the next step until every hypothesis is
// terminal (arc-eager sequences differ in length by their REDUCE moves).

import (
	"fmt"
	"strconv"
	"strings"
)

// hyp is one beam hypothesis.
type hyp struct {
	st    state
	score float64
	gold  bool // training: its action sequence equals the gold sequence so far
}

// cand is an expansion: hypothesis i of the current beam extended by action a (-1 = a
// terminal hypothesis carried over) with total score s.
type cand struct {
	i, a int
	s    float64
}

// step records, for each hypothesis of the beam after one step, its parent in the previous
// beam and the action that made it (-1: carried over, nothing applied).
type step struct{ parent, act []int }

// beamSearch is the reusable scratch of a beam parse.
type beamSearch struct {
	k         int
	cur, next []*hyp
	cands     []cand
	f         []uint64
	scores    []float32
	hist      []step // training only: the beam's back-pointers, one entry per step
	keepHist  bool
	// incremental integer scoring with a *Model (beamscore.go): the split features, buffer
	// front and scores of each hypothesis scored in the last keptSteps steps (k slots per
	// step, the blocks used in turn), and the slots a new hypothesis may be scored from (near:
	// the earlier steps', then this step's so far)
	fs     [][]uint64
	bfront []int32
	btop   []int32 // the stack top of each slot's hypothesis
	as     []accs
	near   []int
	steps  [][]int // steps[s]: the slots scored at the step that uses slot block s
	block  int     // the block of this step
	bc     bufCache
	gs     *groups // with a *Model: the sums of template groups met in this sentence
}

// keptSteps is how many steps' scored hypotheses a hypothesis may be scored from: this step's
// and the previous one's. On EWT dev that scores a quarter fewer hypotheses from scratch; a
// third step saved few more and cost more comparisons than it saved.
const keptSteps = 2

// newBeamSearch makes the scratch of a beam of width k over numActions actions and feature
// vectors of nf templates.
func newBeamSearch(k, numActions, nf int) *beamSearch {
	bs := &beamSearch{k: k, f: make([]uint64, nf), scores: make([]float32, numActions), cands: make([]cand, 0, k)}
	for i := 0; i < k; i++ {
		bs.cur = append(bs.cur, &hyp{})
		bs.next = append(bs.next, &hyp{})
	}
	for i := 0; i < keptSteps*k; i++ {
		bs.fs = append(bs.fs, make([]uint64, nf))
	}
	bs.as = make([]accs, keptSteps*k)
	bs.bfront = make([]int32, keptSteps*k)
	bs.btop = make([]int32, keptSteps*k)
	bs.steps = make([][]int, keptSteps)
	return bs
}

// copyFrom makes s a copy of o, reusing s's slices.
func (s *state) copyFrom(o *state) {
	s.n, s.b, s.rootChild = o.n, o.b, o.rootChild
	s.stack = append(s.stack[:0], o.stack...)
	s.head = append(s.head[:0], o.head...)
	s.label = append(s.label[:0], o.label...)
	s.lc1 = append(s.lc1[:0], o.lc1...)
	s.lc2 = append(s.lc2[:0], o.lc2...)
	s.rc1 = append(s.rc1[:0], o.rc1...)
	s.rc2 = append(s.rc2[:0], o.rc2...)
	s.nl = append(s.nl[:0], o.nl...)
	s.nr = append(s.nr[:0], o.nr...)
	s.lset = append(s.lset[:0], o.lset...)
	s.rset = append(s.rset[:0], o.rset...)
}

// forced returns the only valid action of a non-terminal state that has just one (REDUCE when
// the buffer is empty; SHIFT when the root on top already has its child), or -1.
func (s *state) forced() int {
	if int(s.b) > s.n {
		return actReduce
	}
	if s.top() == 0 && s.rootChild >= 0 {
		return actShift
	}
	return -1
}

// push inserts c into the k best candidates kept sorted by score, best first; among equal
// scores the earlier-generated candidate stays ahead (so width 1 breaks ties as greedy does).
func (bs *beamSearch) push(c cand) {
	n := len(bs.cands)
	if n == bs.k {
		if c.s <= bs.cands[n-1].s {
			return
		}
		n--
		bs.cands = bs.cands[:n]
	}
	bs.cands = append(bs.cands, c)
	j := n
	for j > 0 && bs.cands[j-1].s < c.s {
		bs.cands[j] = bs.cands[j-1]
		j--
	}
	bs.cands[j] = c
}

// expand scores the live hypotheses of cur[:n] and collects the k best expansions in
// bs.cands. It reports whether any hypothesis was still live.
func (bs *beamSearch) expand(n int, ws []word, sc scorer, nl, rootLabel int) bool {
	bs.cands = bs.cands[:0]
	// a configuration often recurs a step later in another hypothesis (the same stack and
	// buffer reached by another order of moves, or by an arc with another label), so the
	// previous step's scored hypotheses are candidates to score from as well as this step's
	bs.block = (bs.block + 1) % len(bs.steps)
	bs.steps[bs.block] = bs.steps[bs.block][:0]
	bs.near = bs.near[:0]
	for _, l := range bs.steps {
		bs.near = append(bs.near, l...)
	}
	base := bs.block * bs.k
	m, _ := sc.(*Model)
	live := false
	for i := 0; i < n; i++ {
		h := bs.cur[i]
		st := &h.st
		if st.terminal() {
			bs.push(cand{i, -1, h.score})
			continue
		}
		live = true
		if a := st.forced(); a >= 0 {
			bs.push(cand{i, a, h.score})
			continue
		}
		if m != nil {
			j := base + i
			extractSplit(st, ws, bs.fs[j], !bs.bc.ok[st.b])
			bs.bfront[j], bs.btop[j] = st.b, st.top()
			m.scoreBeam(bs.fs[j], st.b, st.top(), &bs.as[j], bs.fs, bs.bfront, bs.btop, bs.as, bs.near, &bs.bc, bs.gs)
			bs.near = append(bs.near, j)
			bs.steps[bs.block] = append(bs.steps[bs.block], j)
			bs.offerInt(i, h.score, st, &bs.as[j], bs.bc.c, nl, rootLabel)
			continue
		}
		extract(st, ws, bs.f)
		sc.score(bs.f, bs.scores)
		bs.offer(i, h.score, st, nl, rootLabel)
	}
	return live
}

// offer pushes the valid expansions of hypothesis i (total score hs, state st) by each action,
// scored bs.scores, that can enter the k best, in action order.
func (bs *beamSearch) offer(i int, hs float64, st *state, nl, rootLabel int) {
	var vs validity
	vs.of(st)
	full := len(bs.cands) == bs.k
	thr := 0.0 // the k-th best score when full
	if full {
		thr = bs.cands[bs.k-1].s
	}
	for a, v := range bs.scores {
		s := hs + float64(v)
		if full && s <= thr || !vs.valid(a, nl, rootLabel) {
			continue
		}
		bs.push(cand{i, a, s})
		if full = len(bs.cands) == bs.k; full {
			thr = bs.cands[bs.k-1].s
		}
	}
}

// offerInt is offer for the integer scores acc of C actions (a *Model's): the same expansions
// pushed in the same order. An action's score is an int32 of magnitude below 2^24 (at most
// numFeatures weights of 16 bits), so as a float32 it is exact, and so are the float64 sums
// offer makes (integers below 2^53): an action enters the k best when its score exceeds
// need = the k-th best total minus hs, which is compared on both actions of a lane before
// either is looked at further. need only grows as expansions are pushed, so an action below an
// earlier need is below the current one.
func (bs *beamSearch) offerInt(i int, hs float64, st *state, acc *accs, C, nl, rootLabel int) {
	full := len(bs.cands) == bs.k
	var need int64
	if full {
		need = int64(bs.cands[bs.k-1].s - hs)
	}
	var vs validity
	vs.of(st)
	for j, x := range acc[:lanes(C)] {
		lo := int32(uint32(x))
		hi := int32((x - int64(lo)) >> 32)
		if full && int64(lo) <= need && int64(hi) <= need {
			continue
		}
		for a, v := 2*j, lo; a < 2*j+2 && a < C; a, v = a+1, hi {
			if full && int64(v) <= need || !vs.valid(a, nl, rootLabel) {
				continue
			}
			bs.push(cand{i, a, hs + float64(v)})
			if full = len(bs.cands) == bs.k; full {
				need = int64(bs.cands[bs.k-1].s - hs)
			}
		}
	}
}

// validity is state.valid with the state's part read once: whether each class of action may be
// applied.
type validity struct {
	t                                   int32
	bufOK, left, reduce, rootArc, right bool
}

func (v *validity) of(st *state) {
	t := st.top()
	v.t = t
	v.bufOK = int(st.b) <= st.n
	v.left = v.bufOK && t != 0 && st.head[t] < 0      // LEFT-ARC with any label but root
	v.reduce = t != 0 && st.head[t] >= 0              // REDUCE
	v.rootArc = v.bufOK && t == 0 && st.rootChild < 0 // RIGHT-ARC from the root, label root only
	v.right = v.bufOK && t != 0                       // RIGHT-ARC with any label but root
}

// valid is st.valid(a, nl, rootLabel) for the state v was made of.
func (v *validity) valid(a, nl, rootLabel int) bool {
	switch {
	case a == actShift:
		return v.bufOK
	case a == actReduce:
		return v.reduce
	case a < actFirstL+nl:
		return v.left && a-actFirstL != rootLabel
	case v.t == 0:
		return v.rootArc && a-actFirstL-nl == rootLabel
	}
	return v.right && a-actFirstL-nl != rootLabel
}

// advance builds the next beam from bs.cands and swaps it in; it returns the new beam size.
// goldAct (training) is the gold hypothesis's action at this step: an expansion of a gold
// hypothesis by that action is gold. The last expansion of each hypothesis takes over its
// state instead of copying it (the current beam is not read again).
func (bs *beamSearch) advance(nl int, goldAct int) int {
	var rec step
	if bs.keepHist {
		rec = step{parent: make([]int, len(bs.cands)), act: make([]int, len(bs.cands))}
	}
	var last [maxBeam]int16 // last[i]: the last expansion of hypothesis i
	for j, c := range bs.cands {
		last[c.i] = int16(j)
	}
	for j, c := range bs.cands {
		p, h := bs.cur[c.i], bs.next[j]
		if int(last[c.i]) == j {
			p.st, h.st = h.st, p.st
		} else {
			h.st.copyFrom(&p.st)
		}
		h.score = c.s
		h.gold = p.gold && c.a == goldAct
		if c.a >= 0 {
			h.st.apply(c.a, nl)
		}
		if bs.keepHist {
			rec.parent[j], rec.act[j] = c.i, c.a
		}
	}
	if bs.keepHist {
		bs.hist = append(bs.hist, rec)
	}
	bs.cur, bs.next = bs.next, bs.cur
	return len(bs.cands)
}

// parse runs the beam search on ws and leaves the best final hypothesis in bs.cur[0].
func (bs *beamSearch) parse(ws []word, sc scorer, nl, rootLabel int) *state {
	h := bs.cur[0]
	h.st.reset(len(ws) - 1)
	h.score, h.gold = 0, false
	if m, ok := sc.(*Model); ok {
		bs.bc.reset(len(ws)-1, m.numActions())
		if bs.gs == nil {
			bs.gs = newGroups()
		}
		bs.gs.reset(len(ws)-1, bs.k, m.numActions())
	}
	// scores of another sentence's hypotheses are no base for this one's (its buffer sums
	// are gone)
	for i := range bs.steps {
		bs.steps[i] = bs.steps[i][:0]
	}
	n := 1
	for bs.expand(n, ws, sc, nl, rootLabel) {
		if len(bs.cands) == 0 { // cannot happen: a live state has a valid action; never loop
			break
		}
		n = bs.advance(nl, -1)
	}
	return &bs.cur[0].st
}

// SetBeam returns a model that parses with beam width k (1 = greedy; values below 1 are taken
// as 1, above maxBeam as maxBeam), sharing m's weights. A trained model's default width is
// its training width; Save records the width of the model saved.
func (m *Model) SetBeam(k int) *Model {
	return &Model{labels: m.labels, bits: m.bits, slots: m.slots, over: m.over, dense: m.dense, pairs: m.pairs, scale: m.scale,
		rootLabel: m.rootLabel, punctLabel: m.punctLabel, fallback: m.fallback, beam: min(max(k, 1), maxBeam), trainBeam: m.trainBeam, clusters: m.clusters}
}

// BeamWidth is the beam width Parse uses (1 = greedy).
func (m *Model) BeamWidth() int { return max(m.beam, 1) }

// TrainedBeam is the beam width the model was trained with (1 = greedy training with the
// dynamic oracle).
func (m *Model) TrainedBeam() int { return max(m.trainBeam, 1) }

// maxBeam bounds the beam width a model file may record.
const maxBeam = 256

// ParseWidths reads a comma-separated list of beam widths, as the -widths flags of
// cmd/claimgraph-train and bench/syntax take it ("" is none). An error names the item that is not
// a positive integer.
func ParseWidths(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		k, err := strconv.Atoi(f)
		if err != nil || k < 1 {
			return nil, fmt.Errorf("-widths: %q is not a beam width (a positive integer)", f)
		}
		out = append(out, k)
	}
	return out, nil
}
