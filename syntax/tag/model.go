// Package tag is a part-of-speech tagger for Universal Dependencies English: it predicts the
// universal tag (UPOS) and the Penn Treebank tag (XPOS) of every word of a tokenized sentence
// as one joint class, so the pair is always one the treebank uses ("IN" is ADP or SCONJ, never
// NOUN).
//
// The model is a greedy left-to-right averaged perceptron (Collins 2002, "Discriminative training
// methods for hidden Markov models"; Honnibal 2013, "A good part-of-speech tagger in about 200
// lines of Python"): features of the word, its lower case, prefixes and suffixes of one to four
// bytes, its shape, the surrounding words, the two previous predicted tags, and the ambiguity
// classes (the set of tags seen in training) of the word and the next two words. Frequent words
// that the training data always tags the same way are tagged from a dictionary without scoring.
//
// Feature IDs are 64-bit hashes looked up in an open-addressing table; each feature's weights are
// a sparse row (class, weight) in flat arrays, so tagging allocates nothing but its output and
// one scratch slice per call. A Model is immutable after Train or Load and safe for concurrent
// use.
package tag

import (
	"fmt"
	"math"
)

// Class is one joint tag: a UPOS and the XPOS it occurs with.
type Class struct {
	UPOS, XPOS string
}

// lexEntry is what the model knows about a normalized word form.
type lexEntry struct {
	amb uint64 // hash of the sorted set of classes seen with the word
}

// Model is a trained tagger.
type Model struct {
	classes []Class
	verbal  []bool // verbal[c]: class c is a VERB or AUX
	lex     map[string]lexEntry // normalized form → ambiguity class
	tagdict map[string]int32    // exact form → class, for frequent unambiguous words

	// Weights: the open-addressing table maps a feature ID (never 0; see slot) to a row; row r's
	// entries are cls[rowStart[r]:rowStart[r+1]] and w[rowStart[r]:rowStart[r+1]].
	keys     []uint64
	rowOf    []int32
	mask     uint64
	rowStart []int32
	cls      []uint8
	w        []float32
	rowKeys  []uint64 // key of each row, ascending (kept for Save)
}

// maxClasses bounds the number of joint classes (the class of a weight entry is a byte).
const maxClasses = 255

// Classes returns the joint tags the model predicts, in class-number order.
func (m *Model) Classes() []Class { return append([]Class(nil), m.classes...) }

// NumFeatures returns the number of feature rows kept in the model.
func (m *Model) NumFeatures() int { return len(m.rowStart) - 1 }

// NumWeights returns the number of non-zero weights kept in the model.
func (m *Model) NumWeights() int { return len(m.w) }

// buildTable builds the open-addressing table for the row keys (row i has key ks[i]).
func (m *Model) buildTable(ks []uint64) {
	size := 1
	for size < 2*len(ks)+2 {
		size <<= 1
	}
	m.keys = make([]uint64, size)
	m.rowOf = make([]int32, size)
	m.mask = uint64(size - 1)
	for r, k := range ks {
		k = slotKey(k)
		i := k & m.mask
		for m.keys[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.keys[i] = k
		m.rowOf[i] = int32(r)
	}
}

// setClasses sets the classes and what is derived from them.
func (m *Model) setClasses(cs []Class) {
	m.classes = cs
	m.verbal = make([]bool, len(cs))
	for i, c := range cs {
		m.verbal[i] = c.UPOS == "VERB" || c.UPOS == "AUX"
	}
}

// slotKey reserves 0 for empty slots.
func slotKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// row returns the row of feature f, or -1.
func (m *Model) row(f uint64) int32 {
	f = slotKey(f)
	i := f & m.mask
	for {
		k := m.keys[i]
		if k == f {
			return m.rowOf[i]
		}
		if k == 0 {
			return -1
		}
		i = (i + 1) & m.mask
	}
}

// score adds the weights of feats into scores (len ≥ len(m.classes)).
func (m *Model) score(feats []uint64, scores []float32) {
	for _, f := range feats {
		r := m.row(f)
		if r < 0 {
			continue
		}
		a, b := m.rowStart[r], m.rowStart[r+1]
		cs, ws := m.cls[a:b], m.w[a:b]
		for j, c := range cs {
			scores[c] += ws[j]
		}
	}
}

// Tag predicts the tags of the words of one sentence (forms as in the text: case is a feature).
// upos and xpos must have len(words) entries; they are overwritten. An empty sentence is fine.
func (m *Model) Tag(words []string, upos, xpos []string) {
	if len(upos) < len(words) || len(xpos) < len(words) {
		panic(fmt.Sprintf("tag: Tag needs %d output slots, got %d and %d", len(words), len(upos), len(xpos)))
	}
	cls := make([]int32, len(words))
	m.tagClasses(words, cls)
	for i, c := range cls {
		upos[i] = m.classes[c].UPOS
		xpos[i] = m.classes[c].XPOS
	}
}

// tagClasses writes the predicted class of every word into out.
func (m *Model) tagClasses(words []string, out []int32) {
	info := make([]tokenInfo, len(words))
	m.fillInfo(words, info)
	var featBuf [nTemplates]uint64
	var scoreBuf [maxClasses + 1]float32
	scores := scoreBuf[:len(m.classes)]
	h := newHistory()
	for i, w := range words {
		c, ok := m.tagdict[w]
		if !ok {
			n := features(info, i, &h, featBuf[:])
			clear(scores)
			m.score(featBuf[:n], scores)
			c = argmax(scores)
		}
		out[i] = c
		h.push(int(c), m.verbal[c], info, i)
	}
}

// argmax returns the index of the largest score; ties go to the lowest class number so that
// results are deterministic.
func argmax(scores []float32) int32 {
	best := int32(0)
	bv := float32(math.Inf(-1))
	for i, s := range scores {
		if s > bv {
			bv = s
			best = int32(i)
		}
	}
	return best
}
