package depparse

import (
	"unicode/utf8"

	"strings"
)

// Features are the templates of Zhang and Nivre (2011, "Transition-based dependency parsing
// with rich non-local features", Table 1) for the arc-eager system: words and tags of the stack
// top s0, the buffer front n0 and the next two buffer words, pairs and triples of them, the
// s0–n0 distance, the valencies of s0 and n0, the words, tags and labels of s0's head and
// grandparent, of s0's two leftmost and two rightmost children and n0's two leftmost children,
// and the label sets of s0's and n0's children. Each instantiated feature is a 64-bit hash of
// its template number and atoms; the top bits index a row of the weight table (the "hashing
// trick", Weinberger et al. 2009), so no string is looked up while parsing.

// Atom hashes for positions that do not exist (no such child, beyond the buffer) and the root.
const (
	noneAtom = 0x9e3779b97f4a7c15
	rootWord = 0x3c6ef372fe94f82b
	rootTag  = 0xa54ff53a5f1d36f1
)

// word holds the per-word parts computed once per sentence.
type word struct {
	w uint64 // hash of the lower-cased form
	p uint64 // hash of the tag pair UPOS/XPOS
	s uint64 // hash of the last three bytes lower-cased and whether the form is capitalized
	// c4, c6, cf: hashes of the word's cluster bit string cut to 4 and 6 bits and whole
	// (models with a cluster table only; noCluster for a word outside the table)
	c4, c6, cf uint64
}

// noCluster is the cluster atom of a word outside the table.
const noCluster = 0x510e527fade682d1

// fnv1a hashes s lower-cased (ASCII letters folded in place, others via strings.ToLower).
func hashLower(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return hashBytes(strings.ToLower(s))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func hashBytes(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// tagHash is the tag atom of a word: UPOS and XPOS together (XPOS separates VBN from VBD, which
// the passive relations depend on; UPOS separates ADP from SCONJ for "IN").
func tagHash(upos, xpos string) uint64 {
	h := hashBytes(upos)
	h ^= 0x2f
	h *= 1099511628211
	for i := 0; i < len(xpos); i++ {
		h ^= uint64(xpos[i])
		h *= 1099511628211
	}
	return h
}

// mix3 hashes a template number and up to three atoms (splitmix64-style finalizer).
func mix3(t, a, b, c uint64) uint64 {
	h := t*0x9e3779b97f4a7c15 ^ a
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 31
	h ^= b
	h *= 0x94d049bb133111eb
	h ^= h >> 29
	h ^= c
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 32
	return h
}

// featureVersion names the feature set; saved models record it and Load rejects a model of
// another set. Bump it whenever a template, atom or hash changes. Set 3 (clusterVersion) is set
// 2 plus the word-cluster templates, for a model trained with a cluster table.
const (
	featureVersion = 2
	clusterVersion = 3
)

// numFeatures is the number of templates of set 2, instantiated per configuration;
// numClusterFeatures the cluster templates that set 3 adds after them (extractTo), and
// maxFeatures the length of a set 3 feature vector. A feature vector's length says which set
// it holds.
const (
	numFeatures        = 82
	numClusterFeatures = 16
	maxFeatures        = numFeatures + numClusterFeatures
)

// suffixHash is the hash of the last three bytes of the lower-cased form (the whole form if
// shorter) with a flag for an upper-case first letter. Suffixes and capitals carry what the
// tags say when the tagger errs ("-ed" past participle, a capitalized name tagged NOUN).
func suffixHash(form string) uint64 {
	h := uint64(14695981039346656037)
	start := max(len(form)-3, 0)
	for i := start; i < len(form); i++ {
		c := form[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	if form != "" && 'A' <= form[0] && form[0] <= 'Z' {
		h ^= 0x5bd1e995
		h *= 1099511628211
	}
	return h
}

// distBucket maps a distance to 1..5, 6 (6–10), 7 (>10).
func distBucket(d int32) uint64 {
	switch {
	case d <= 5:
		return uint64(d)
	case d <= 10:
		return 6
	}
	return 7
}

// extract writes the feature hashes of configuration s over words ws (index 0 = root) into f,
// which must have length numFeatures.
func extract(s *state, ws []word, f []uint64) { extractTo(s, ws, f, &templateOrder) }

// extractSplit writes the feature hashes of s into dst (length numFeatures) in split order (see
// split), leaving the buffer templates' entries as they are unless buf: the beam sums the
// buffer templates once per buffer front (bufCache) and needs their values only then.
func extractSplit(s *state, ws []word, dst []uint64, buf bool) {
	if buf {
		extractTo(s, ws, dst, &splitOrder)
	} else {
		extractTo(s, ws, dst, &splitOrderNoBuffer)
	}
}

// Orders for extractTo: the position of each template's hash in the output (skipTemplate: not
// computed).
var templateOrder, splitOrder, splitOrderNoBuffer = func() (a, b, c [numFeatures]uint8) {
	for t := range a {
		a[t] = uint8(t)
	}
	for i, t := range otherTemplates {
		b[t], c[t] = uint8(i), uint8(i)
	}
	for i, t := range bufferTemplates {
		b[t], c[t] = uint8(nOther+i), skipTemplate
	}
	return
}()

const skipTemplate = 0xff

// extractTo is extract writing template t's hash to f[order[t]] (none for skipTemplate).
func extractTo(s *state, ws []word, f []uint64, order *[numFeatures]uint8) {
	at := func(i int32) (uint64, uint64) {
		if i < 0 {
			return noneAtom, noneAtom
		}
		return ws[i].w, ws[i].p
	}
	lab := func(i int32) uint64 {
		if i < 0 || s.label[i] < 0 {
			return noneAtom
		}
		return uint64(s.label[i]) + 1
	}
	s0 := s.top()
	n0, n1, n2 := s.b, s.b+1, s.b+2
	if int(n0) > s.n {
		n0 = -1
	}
	if int(n1) > s.n {
		n1 = -1
	}
	if int(n2) > s.n {
		n2 = -1
	}
	var s0h, s0h2, s0l, s0l2, s0r, s0r2, n0l, n0l2 int32 = -1, -1, -1, -1, -1, -1, -1, -1
	s0h = s.head[s0]
	if s0h >= 0 {
		s0h2 = s.head[s0h]
	}
	s0l, s0l2, s0r, s0r2 = s.lc1[s0], s.lc2[s0], s.rc1[s0], s.rc2[s0]
	if n0 >= 0 {
		n0l, n0l2 = s.lc1[n0], s.lc2[n0]
	}
	s0w, s0p := at(s0)
	n0w, n0p := at(n0)
	n1w, n1p := at(n1)
	n2w, n2p := at(n2)
	s0hw, s0hp := at(s0h)
	s0h2w, s0h2p := at(s0h2)
	s0lw, s0lp := at(s0l)
	s0l2w, s0l2p := at(s0l2)
	s0rw, s0rp := at(s0r)
	s0r2w, s0r2p := at(s0r2)
	n0lw, n0lp := at(n0l)
	n0l2w, n0l2p := at(n0l2)
	var d uint64 = noneAtom
	if n0 >= 0 {
		d = distBucket(n0 - s0)
	}
	s0vl, s0vr := uint64(s.nl[s0]), uint64(s.nr[s0])
	var n0vl, n0sl uint64 = noneAtom, noneAtom
	if n0 >= 0 {
		n0vl = uint64(s.nl[n0])
		n0sl = s.lset[n0]
	}
	s0sl, s0sr := s.lset[s0], s.rset[s0]
	const z = 0
	i := 0
	add := func(a, b, c uint64) {
		if p := order[i]; p != skipTemplate {
			f[p] = mix3(uint64(i+1), a, b, c)
		}
		i++
	}
	// single words
	add(s0w, s0p, z)
	add(s0w, z, z)
	add(s0p, z, z)
	add(n0w, n0p, z)
	add(n0w, z, z)
	add(n0p, z, z)
	add(n1w, n1p, z)
	add(n1w, z, z)
	add(n1p, z, z)
	add(n2w, n2p, z)
	add(n2w, z, z)
	add(n2p, z, z)
	// word pairs
	add(s0w^s0p*3, n0w, n0p)
	add(s0w, s0p, n0w)
	add(s0w, n0w, n0p)
	add(s0w, s0p, n0p)
	add(s0p, n0w, n0p)
	add(s0w, n0w, z)
	add(s0p, n0p, z)
	add(n0p, n1p, z)
	// three words
	add(n0p, n1p, n2p)
	add(s0p, n0p, n1p)
	add(s0hp, s0p, n0p)
	add(s0p, s0lp, n0p)
	add(s0p, s0rp, n0p)
	add(s0p, n0p, n0lp)
	// distance
	add(s0w, d, z)
	add(s0p, d, z)
	add(n0w, d, z)
	add(n0p, d, z)
	add(s0w, n0w, d)
	add(s0p, n0p, d)
	// valency
	add(s0w, s0vr, z)
	add(s0p, s0vr, z)
	add(s0w, s0vl, z)
	add(s0p, s0vl, z)
	add(n0w, n0vl, z)
	add(n0p, n0vl, z)
	// unigrams of heads and children
	add(s0hw, z, z)
	add(s0hp, z, z)
	add(lab(s0), z, z)
	add(s0lw, z, z)
	add(s0lp, z, z)
	add(lab(s0l), z, z)
	add(s0rw, z, z)
	add(s0rp, z, z)
	add(lab(s0r), z, z)
	add(n0lw, z, z)
	add(n0lp, z, z)
	add(lab(n0l), z, z)
	// third order
	add(s0h2w, z, z)
	add(s0h2p, z, z)
	add(lab(s0h), z, z)
	add(s0l2w, z, z)
	add(s0l2p, z, z)
	add(lab(s0l2), z, z)
	add(s0r2w, z, z)
	add(s0r2p, z, z)
	add(lab(s0r2), z, z)
	add(n0l2w, z, z)
	add(n0l2p, z, z)
	add(lab(n0l2), z, z)
	add(s0p, s0lp, s0l2p)
	add(s0p, s0rp, s0r2p)
	add(s0p, s0hp, s0h2p)
	add(n0p, n0lp, n0l2p)
	// label sets
	add(s0w, s0sr, z)
	add(s0p, s0sr, z)
	add(s0w, s0sl, z)
	add(s0p, s0sl, z)
	add(n0w, n0sl, z)
	add(n0p, n0sl, z)
	// additions beyond Zhang and Nivre: the stack word below s0 (arc-eager reduces to it), the
	// word before n0, and the label of s0 with n0's tag (whether s0 is finished).
	var s1 int32 = -1
	if len(s.stack) > 1 {
		s1 = s.stack[len(s.stack)-2]
	}
	s1w, s1p := at(s1)
	var nm1 int32 = -1
	if n0 > 1 {
		nm1 = n0 - 1
	}
	_, nm1p := at(nm1)
	add(s1p, s0p, n0p)
	add(s1w, n0p, z)
	add(nm1p, n0p, s0p)
	add(lab(s0), s0p, n0p)
	// suffix and capitalization of s0, n0, n1
	var s0s, n0s, n1s uint64 = noneAtom, noneAtom, noneAtom
	s0s = ws[s0].s
	if n0 >= 0 {
		n0s = ws[n0].s
	}
	if n1 >= 0 {
		n1s = ws[n1].s
	}
	add(s0s, z, z)
	add(n0s, z, z)
	add(n1s, z, z)
	add(s0s, n0s, z)
	add(s0p, n0s, z)
	add(s0s, n0p, z)
	if i != numFeatures {
		panic("depparse: numFeatures out of date")
	}
	if len(f) > numFeatures {
		clusterFeatures(ws, s0, s0h, n0, n1, s0p, n0p, f[numFeatures:])
	}
}

// clusterFeatures writes the word-cluster templates of feature set 3 into f (numClusterFeatures
// entries, in every order after the set-2 templates; the scorers sum them with the templates
// of both s0 and n0). After Koo, Carreras and Collins (2008, §3.2): the cluster at depth 4 and 6
// and the whole bit string in place of the word, for s0, n0, n1 and s0's head, and pairs of
// s0 and n0 in which one side's word is replaced by its cluster and the other's kept as a tag
// or also replaced by a cluster. Positions without a word use noneAtom, like set 2's.
func clusterFeatures(ws []word, s0, s0h, n0, n1 int32, s0p, n0p uint64, f []uint64) {
	cl := func(i int32) (uint64, uint64, uint64) {
		if i < 0 {
			return noneAtom, noneAtom, noneAtom
		}
		return ws[i].c4, ws[i].c6, ws[i].cf
	}
	s04, s06, s0f := cl(s0)
	n04, n06, n0f := cl(n0)
	_, n16, n1f := cl(n1)
	_, s0h6, _ := cl(s0h)
	const z = 0
	i := 0
	add := func(a, b, c uint64) {
		f[i] = mix3(uint64(numFeatures+i+1), a, b, c)
		i++
	}
	add(s0f, z, z)
	add(s06, z, z)
	add(s04, z, z)
	add(n0f, z, z)
	add(n06, z, z)
	add(n04, z, z)
	add(n1f, z, z)
	add(n16, z, z)
	add(s0h6, s06, z)
	add(s0f, n0p, z)
	add(s0p, n0f, z)
	add(s06, n0p, z)
	add(s0p, n06, z)
	add(s04, n04, z)
	add(s06, n06, z)
	add(n06, n16, z)
	if i != numClusterFeatures {
		panic("depparse: numClusterFeatures out of date")
	}
}
