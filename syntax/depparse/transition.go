package depparse

// The transition system is arc-eager (Nivre 2003, "An efficient algorithm for projective
// dependency parsing"; Nivre 2008, "Algorithms for deterministic incremental dependency
// parsing", §3.2) with the artificial root at position 0 at the bottom of the stack.
//
//	SHIFT      (σ, b|β, A) ⇒ (σ|b, β, A)
//	REDUCE     (σ|s, β, A) ⇒ (σ, β, A)              if s has a head
//	LEFT-ARC_l (σ|s, b|β, A) ⇒ (σ, b|β, A∪{b→s})   if s ≠ 0 and s has no head
//	RIGHT-ARC_l(σ|s, b|β, A) ⇒ (σ|s|b, β, A∪{s→b})
//
// Two constraints keep the output a UD tree with one root: RIGHT-ARC from the root is allowed
// only with the label "root" and only once, and "root" is never used elsewhere. Words left on
// the stack without a head when the buffer is empty are attached by finish.
//
// Actions are numbered: 0 SHIFT, 1 REDUCE, 2+l LEFT-ARC with label l, 2+L+l RIGHT-ARC with
// label l, for L labels.

const (
	actShift  = 0
	actReduce = 1
	actFirstL = 2
)

// state is a parser configuration over words 1..n (0 is the root). Besides the arcs it keeps,
// for each word, the children and label sets that the features read, so that feature
// extraction is O(1) per template.
type state struct {
	n     int
	stack []int32
	b     int32 // front of the buffer; b == n+1 means the buffer is empty

	head  []int32 // -1 = none yet
	label []int16 // -1 = none yet
	lc1   []int32 // leftmost child, -1 = none
	lc2   []int32 // second leftmost child
	rc1   []int32 // rightmost child
	rc2   []int32 // second rightmost child
	nl    []int16 // number of left children
	nr    []int16 // number of right children
	lset  []uint64
	rset  []uint64 // bit (label mod 64) set for each right child's label

	rootChild int32 // the word attached to the root, -1 = none yet
}

// reset prepares s for a sentence of n words, reusing its slices.
func (s *state) reset(n int) {
	s.n = n
	m := n + 1
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	s.head = grow32(s.head, m, -1)
	s.label = grow16(s.label, m, -1)
	s.lc1 = grow32(s.lc1, m, -1)
	s.lc2 = grow32(s.lc2, m, -1)
	s.rc1 = grow32(s.rc1, m, -1)
	s.rc2 = grow32(s.rc2, m, -1)
	s.nl = grow16(s.nl, m, 0)
	s.nr = grow16(s.nr, m, 0)
	if cap(s.lset) < m {
		s.lset = make([]uint64, m)
		s.rset = make([]uint64, m)
	}
	s.lset = s.lset[:m]
	s.rset = s.rset[:m]
	clear(s.lset)
	clear(s.rset)
	s.rootChild = -1
}

func grow32(x []int32, n int, v int32) []int32 {
	if cap(x) < n {
		x = make([]int32, n)
	}
	x = x[:n]
	for i := range x {
		x[i] = v
	}
	return x
}

func grow16(x []int16, n int, v int16) []int16 {
	if cap(x) < n {
		x = make([]int16, n)
	}
	x = x[:n]
	for i := range x {
		x[i] = v
	}
	return x
}

func (s *state) top() int32 { return s.stack[len(s.stack)-1] }

// terminal reports whether no action is valid: the buffer is empty and the stack top cannot be
// reduced (it is the root or has no head).
func (s *state) terminal() bool {
	if int(s.b) <= s.n {
		return false
	}
	t := s.top()
	return t == 0 || s.head[t] < 0
}

// valid reports whether action a (with rootLabel the label index of "root" and nl labels) may
// be applied.
func (s *state) valid(a, nl, rootLabel int) bool {
	t := s.top()
	bufOK := int(s.b) <= s.n
	switch {
	case a == actShift:
		return bufOK
	case a == actReduce:
		return t != 0 && s.head[t] >= 0
	case a < actFirstL+nl: // left-arc
		return bufOK && t != 0 && s.head[t] < 0 && a-actFirstL != rootLabel
	default: // right-arc
		l := a - actFirstL - nl
		if !bufOK {
			return false
		}
		if t == 0 {
			return l == rootLabel && s.rootChild < 0
		}
		return l != rootLabel
	}
}

// apply performs action a; it must be valid.
func (s *state) apply(a, nl int) {
	switch {
	case a == actShift:
		s.stack = append(s.stack, s.b)
		s.b++
	case a == actReduce:
		s.stack = s.stack[:len(s.stack)-1]
	case a < actFirstL+nl:
		t := s.top()
		s.stack = s.stack[:len(s.stack)-1]
		s.addArc(s.b, t, int16(a-actFirstL))
	default:
		t := s.top()
		s.addArc(t, s.b, int16(a-actFirstL-nl))
		if t == 0 {
			s.rootChild = s.b
		}
		s.stack = append(s.stack, s.b)
		s.b++
	}
}

// addArc records h → d with label l and updates h's child summaries.
func (s *state) addArc(h, d int32, l int16) {
	s.head[d] = h
	s.label[d] = l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		switch {
		case s.lc1[h] < 0 || d < s.lc1[h]:
			s.lc2[h] = s.lc1[h]
			s.lc1[h] = d
		case s.lc2[h] < 0 || d < s.lc2[h]:
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= bit
		switch {
		case s.rc1[h] < 0 || d > s.rc1[h]:
			s.rc2[h] = s.rc1[h]
			s.rc1[h] = d
		case s.rc2[h] < 0 || d > s.rc2[h]:
			s.rc2[h] = d
		}
	}
}

// finish attaches the words left without a head at the end of a parse. If nothing was attached
// to the root, the first headless word becomes the root; every other headless word attaches to
// the root word with label punct (if isPunct) or fallback. These are rare: the dynamic oracle
// teaches the parser to build one connected tree.
func (s *state) finish(isPunct func(i int) bool, rootLabel, punctLabel, fallback int) {
	if s.rootChild < 0 {
		for i := 1; i <= s.n; i++ {
			if s.head[i] < 0 {
				s.head[i] = 0
				s.label[i] = int16(rootLabel)
				s.rootChild = int32(i)
				break
			}
		}
	}
	for i := 1; i <= s.n; i++ {
		if s.head[i] < 0 {
			s.head[i] = s.rootChild
			if isPunct(i) {
				s.label[i] = int16(punctLabel)
			} else {
				s.label[i] = int16(fallback)
			}
		}
	}
}

// oracle computes the cost of actions under the dynamic oracle of Goldberg and Nivre (2012,
// "A dynamic oracle for arc-eager dependency parsing", §3; labelled as in Goldberg and Nivre
// 2013, TACL 1): the number of gold arcs that become unreachable, plus one for a gold arc made
// with the wrong label. Arcs already lost (a dependent that has another head) are not counted.
type oracle struct {
	gh       []int32   // gold head of each word, index 0 unused
	gl       []int16   // gold label
	deps     [][]int32 // gold dependents of each position 0..n
	inStack  []bool
	rootWord int32 // the word whose gold head is 0
}

func (o *oracle) reset(gh []int32, gl []int16) {
	n := len(gh) - 1
	o.gh, o.gl = gh, gl
	if cap(o.deps) < n+1 {
		o.deps = make([][]int32, n+1)
	}
	o.deps = o.deps[:n+1]
	for i := range o.deps {
		o.deps[i] = o.deps[i][:0]
	}
	o.rootWord = 0
	for d := 1; d <= n; d++ {
		h := gh[d]
		o.deps[h] = append(o.deps[h], int32(d))
		if h == 0 && o.rootWord == 0 {
			o.rootWord = int32(d)
		}
	}
	if cap(o.inStack) < n+1 {
		o.inStack = make([]bool, n+1)
	}
	o.inStack = o.inStack[:n+1]
}

// costs fills cost[a] for every valid action a (invalid actions get a large cost) and returns
// the minimum.
func (o *oracle) costs(s *state, nl, rootLabel int, cost []int) int {
	clear(o.inStack)
	for _, k := range s.stack {
		o.inStack[k] = true
	}
	t := s.top()
	b := s.b
	const invalid = 1 << 30
	for a := range cost {
		cost[a] = invalid
	}
	bufOK := int(b) <= s.n
	// dependents of x in the buffer (≥ b)
	depsInBuf := func(x int32) int {
		c := 0
		for _, k := range o.deps[x] {
			if k >= b {
				c++
			}
		}
		return c
	}
	// headless gold dependents of x on the stack
	depsOnStack := func(x int32) int {
		c := 0
		for _, k := range o.deps[x] {
			if o.inStack[k] && s.head[k] < 0 {
				c++
			}
		}
		return c
	}
	if bufOK {
		c := depsOnStack(b)
		if o.inStack[o.gh[b]] {
			c++
		}
		cost[actShift] = c
	}
	if t != 0 && s.head[t] >= 0 {
		cost[actReduce] = depsInBuf(t)
	}
	if bufOK && t != 0 && s.head[t] < 0 {
		base := depsInBuf(t)
		if o.gh[t] > b {
			base++
		}
		for l := 0; l < nl; l++ {
			if l == rootLabel {
				continue
			}
			c := base
			if o.gh[t] == b && int(o.gl[t]) != l {
				c++
			}
			cost[actFirstL+l] = c
		}
	}
	if bufOK {
		gb := o.gh[b]
		base := depsOnStack(b)
		if gb != t && (o.inStack[gb] || gb > b) {
			base++
		}
		// The root takes one child: attaching b to it loses the arc to the gold root word
		// when that word is still ahead in the buffer.
		if t == 0 && gb != 0 && o.rootWord > b {
			base++
		}
		for l := 0; l < nl; l++ {
			if !s.valid(actFirstL+nl+l, nl, rootLabel) {
				continue
			}
			c := base
			if gb == t && int(o.gl[b]) != l {
				c++
			}
			cost[actFirstL+nl+l] = c
		}
	}
	min := invalid
	for a, c := range cost {
		if c < min && s.valid(a, nl, rootLabel) {
			min = c
		}
	}
	return min
}
