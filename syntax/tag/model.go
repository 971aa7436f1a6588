// Package tag is a part-of-speech tagger for Universal Dependencies English: it predicts the
// universal tag (UPOS) and the Penn Treebank tag (XPOS) of every word of a tokenized sentence
// as one joint class, so the pair is always one the treebank uses ("IN" is ADP or SCONJ, never
// NOUN).
//
// The model is a greedy left-to-right averaged perceptron (Collins 2002, "Discriminative training
// methods for hidden Markov models"; Honnibal 2013, "A good part-of-speech tagger in about 200
// lines of Python"): features of the word, its lower case, prefixes and suffixes of one to four
// bytes, its shape, the surrounding words, the two previous predicted tags, the nearest word
// to the left tagged as a verb or auxiliary (past participle or past tense?), and the ambiguity
// classes (the set of tags seen in training) of the word and the next two words. Frequent words
// that the training data always tags the same way are tagged from a dictionary without scoring.
//
// The shipped model is bidirectional: a second perceptron of the same design tags the sentence
// right to left (its "previous" tags are those of the following words, its "nearest verb" the
// nearest to the right), and each word gets the class with the highest sum of the two passes'
// scores — a two-member ensemble whose members err on different words because each sees
// decided tags on one side only (cf. Shen, Satta and Joshi 2007 and Toutanova et al. 2003 on
// using both sides). On EWT dev it raises UPOS from 95.03 to 95.32 and XPOS from 94.38 to
// 94.62 (same settings), at twice the tagging time.
//
// Feature IDs are 64-bit hashes looked up in an open-addressing table; each feature's weights are
// a sparse row of 16-bit (class, weight) entries in one flat array, so a lookup costs one slot
// and one row read, and tagging allocates a few scratch slices per sentence. A Model is immutable
// after Train or Load and safe for concurrent use.
package tag

import (
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/syntax/clusters"
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
	verbal  []bool              // verbal[c]: class c is a VERB or AUX
	lex     map[string]lexEntry // normalized form → ambiguity class
	tagdict map[string]int32    // exact form → class, for frequent unambiguous words

	// Weights. Row r holds the non-zero weights of one feature: ent[rowStart[r]:rowStart[r+1]],
	// each entry class<<16 | uint16(q) with weight q × scale (16-bit quantization, as saved).
	// The open-addressing table maps a feature ID to its row: a slot holds the upper 32 bits of
	// the ID (0 = empty; the lower bits chose the slot) and start<<8 | length of the row, so a
	// lookup touches one 8-byte slot and then the row itself.
	slots    []slot
	mask     uint64
	rowStart []int32
	ent      []uint32
	scale    float32
	rowKeys  []uint64 // key of each row, ascending (kept for Save)

	// back, when not nil, is the right-to-left half of a bidirectional model: its own weights
	// over the same classes, lexicon and tag dictionary, trained on the sentences reversed.
	back *Model

	// clusters, when not nil, is the word-cluster table the model was trained with (its
	// cluster features read it; see Options.Clusters).
	clusters *clusters.Table
}

// Clusters returns the word-cluster table the model reads, nil if none.
func (m *Model) Clusters() *clusters.Table { return m.clusters }

// Bidirectional reports whether the model tags in both directions (see tagClasses).
func (m *Model) Bidirectional() bool { return m.back != nil }

// halfLike returns an empty model sharing m's classes, lexicon and tag dictionary.
func (m *Model) halfLike() *Model {
	return &Model{classes: m.classes, verbal: m.verbal, lex: m.lex, tagdict: m.tagdict, clusters: m.clusters}
}

// maxClasses bounds the number of joint classes (the class of a weight entry is a byte).
const maxClasses = 255

// Classes returns the joint tags the model predicts, in class-number order.
func (m *Model) Classes() []Class { return append([]Class(nil), m.classes...) }

// NumFeatures returns the number of feature rows kept in the model (both directions).
func (m *Model) NumFeatures() int {
	if m.back != nil {
		return len(m.rowStart) - 1 + len(m.back.rowStart) - 1
	}
	return len(m.rowStart) - 1
}

// NumWeights returns the number of non-zero weights kept in the model (both directions).
func (m *Model) NumWeights() int {
	if m.back != nil {
		return len(m.ent) + len(m.back.ent)
	}
	return len(m.ent)
}

// setClasses sets the classes and what is derived from them.
func (m *Model) setClasses(cs []Class) {
	m.classes = cs
	m.verbal = make([]bool, len(cs))
	for i, c := range cs {
		m.verbal[i] = c.UPOS == "VERB" || c.UPOS == "AUX"
	}
}

type slot struct{ tag, sn uint32 }

// buildTable builds the open-addressing table for the row keys (row i has key ks[i]).
func (m *Model) buildTable(ks []uint64) {
	size := 1
	for size < 2*len(ks)+2 {
		size <<= 1
	}
	m.slots = make([]slot, size)
	m.mask = uint64(size - 1)
	for r, k := range ks {
		i := k & m.mask
		for m.slots[i].tag != 0 {
			i = (i + 1) & m.mask
		}
		a, b := m.rowStart[r], m.rowStart[r+1]
		m.slots[i] = slot{tag: slotTag(k), sn: uint32(a)<<8 | uint32(b-a)}
	}
}

// slotTag is the part of a feature ID stored in its slot, never 0 (0 marks an empty slot).
func slotTag(k uint64) uint32 {
	t := uint32(k >> 32)
	if t == 0 {
		return 1
	}
	return t
}

// maxEntries bounds the weights of a model: a slot keeps a row's start in 24 bits.
const maxEntries = 1 << 24

// score adds the quantized weights of feats (at most nTemplates) into scores (len ≥
// len(m.classes)). It returns the bitwise OR of the rows' first entries, a value of no meaning
// that callers ignore: returning it keeps the compiler from dropping the reads that warm the
// rows (a global sink would be written by concurrent taggers).
//
// It reads the slots of all features first, then finds every feature's row and reads its first
// entry, then sums: the loads of each pass are independent, so the processor overlaps their
// cache misses (a bidirectional model's tables are several megabytes) instead of waiting for
// each feature in turn.
func (m *Model) score(feats []uint64, scores []int32) uint32 {
	slots, mask := m.slots, m.mask
	var sn [nTemplates]uint32
	for k, f := range feats {
		sn[k] = slots[f&mask].sn
		if slots[f&mask].tag != slotTag(f) {
			sn[k] = m.probe(f)
		}
	}
	ent := m.ent
	var x uint32
	for k := range feats {
		if sn[k]&0xff != 0 {
			x |= ent[sn[k]>>8]
		}
	}
	for k := range feats {
		a := sn[k] >> 8
		for _, e := range ent[a : a+sn[k]&0xff] {
			scores[e>>16] += int32(int16(e))
		}
	}
	return x
}

// probe returns the row (start<<8 | length) of feature f, or 0 (an empty row) if the model has
// no weights for it.
func (m *Model) probe(f uint64) uint32 {
	tag := slotTag(f)
	for i := f & m.mask; ; i = (i + 1) & m.mask {
		sl := m.slots[i]
		if sl.tag == tag {
			return sl.sn
		}
		if sl.tag == 0 {
			return 0
		}
	}
}

// Tag predicts the tags of the words of one sentence (forms as in the text: case is a feature;
// a typographic apostrophe is read as "'", see tagClasses). upos and xpos must have at least
// len(words) entries, which are overwritten; Tag panics if they are shorter. An empty sentence
// is fine.
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
//
// Typographic apostrophes (U+2019, as in news text: "we’ve", "China’s") are read as the ASCII
// apostrophe that EWT writes almost everywhere (82 of its 204,577 training words have U+2019),
// so "’ve" is tagged like "'ve".
//
// A bidirectional model tags the sentence twice, left to right and right to left, each pass
// greedy with its own history, and gives every word the class whose summed scores (each pass's
// weights times its scale) are highest.
func (m *Model) tagClasses(words []string, out []int32) {
	for i, w := range words {
		if strings.ContainsRune(w, '\u2019') {
			words = append([]string(nil), words...) // the caller's slice is not modified
			for j := i; j < len(words); j++ {
				words[j] = strings.ReplaceAll(words[j], "\u2019", "'")
			}
			break
		}
	}
	sc := getScratch()
	defer putScratch(sc)
	info := sc.infos(len(words))
	m.fillInfo(words, info)
	if m.back == nil {
		m.greedy(words, info, nil, out, &sc.fwdWords)
		return
	}
	n, C := len(words), len(m.classes)
	fwd := sc.scoreBuf(2 * n * C)
	bwd := fwd[n*C:]
	m.greedy(words, info, fwd, out, &sc.fwdWords)
	rwords, rinfo, rout := sc.reversed(n)
	for i := range words {
		rwords[n-1-i], rinfo[n-1-i] = words[i], info[i]
	}
	m.back.greedy(rwords, rinfo, bwd, rout, &sc.bwdWords)
	clear(rwords) // the pool keeps no caller's strings alive
	var sumBuf [maxClasses + 1]float32
	sum := sumBuf[:C]
	for i := range words {
		if info[i].dict != 0 { // a tag-dictionary word: both passes gave its class
			continue
		}
		f, b := fwd[i*C:(i+1)*C], bwd[(n-1-i)*C:(n-i)*C]
		for c := range sum {
			sum[c] = float32(f[c])*m.scale + float32(b[c])*m.back.scale
		}
		out[i] = argmax(sum)
	}
}

// scratch is tagClasses' per-sentence working memory, reused across sentences through
// scratchFree: the two passes' class scores alone are 2 × words × classes int32s (tens of KB
// for a news sentence), which were a quarter of a corpus load's allocated bytes. Every buffer
// is overwritten before it is read (fillInfo sets every field of a tokenInfo, greedy clears a
// word's scores before summing into them and the final sum reads only scored words), so a
// reused buffer gives the same tags as a fresh one.
type scratch struct {
	info, rinfo []tokenInfo
	scores      []int32
	rwords      []string
	rout        []int32

	fwdWords, bwdWords wordCache // the two directions' word-only sums (wordCache)
}

// scratchFree holds the scratches no tagging is using. It is a plain list rather than a
// sync.Pool because the collector empties a Pool at every cycle (after one more in its victim
// cache), and a corpus load collects every ~300 sentences (71 cycles in a 1,000-article load):
// each collection threw away the word caches (wordCache), so they spent most of their life
// refilling (95 MB of the load's allocated bytes were new caches). The list holds at most
// maxFreeScratch scratches (~3.6 MB each), enough for every tagging worker of a load or a
// server; a scratch put back beyond that is left to the collector.
var scratchFree struct {
	sync.Mutex
	s []*scratch
}

const maxFreeScratch = 16

func getScratch() *scratch {
	scratchFree.Lock()
	defer scratchFree.Unlock()
	if n := len(scratchFree.s); n > 0 {
		s := scratchFree.s[n-1]
		scratchFree.s[n-1] = nil
		scratchFree.s = scratchFree.s[:n-1]
		return s
	}
	return new(scratch)
}

func putScratch(s *scratch) {
	scratchFree.Lock()
	defer scratchFree.Unlock()
	if len(scratchFree.s) < maxFreeScratch {
		scratchFree.s = append(scratchFree.s, s)
	}
}

// infos returns a tokenInfo slice of length n.
func (s *scratch) infos(n int) []tokenInfo {
	if cap(s.info) < n {
		s.info = make([]tokenInfo, n)
	}
	return s.info[:n]
}

// scoreBuf returns an int32 slice of length n (contents unspecified).
func (s *scratch) scoreBuf(n int) []int32 {
	if cap(s.scores) < n {
		s.scores = make([]int32, n)
	}
	return s.scores[:n]
}

// reversed returns the right-to-left pass's words, infos and classes, each of length n.
func (s *scratch) reversed(n int) ([]string, []tokenInfo, []int32) {
	if cap(s.rwords) < n {
		s.rwords = make([]string, n)
		s.rinfo = make([]tokenInfo, n)
		s.rout = make([]int32, n)
	}
	return s.rwords[:n], s.rinfo[:n], s.rout[:n]
}

// greedy tags words (with their hashes info, from fillInfo, which also looked each word up in
// the tag dictionary: a dictionary word takes its class unscored) in order, each word from the features of the
// classes chosen before it, and writes the classes into out. With scores (len ≥ len(words) ×
// classes), it also keeps every scored word's class scores there, C per word in word order;
// tag-dictionary words are not scored.
func (m *Model) greedy(words []string, info []tokenInfo, scores []int32, out []int32, wc *wordCache) {
	var featBuf, restBuf [nTemplates]uint64
	var wordBuf [nWordTemplates]uint64
	var scoreBuf [maxClasses + 1]int32
	C := len(m.classes)
	if wc != nil {
		wc.ready(m)
	}
	h := newHistory()
	for i := range words {
		c := info[i].dict - 1 // the tag dictionary's class (fillInfo), -1 if none
		if c < 0 {
			sc := scoreBuf[:C]
			if scores != nil {
				sc = scores[i*C : (i+1)*C]
			}
			n := features(info, i, &h, featBuf[:])
			if e := wc.entry(words[i], info[i].form); e != nil {
				// the word's own templates from the cache (filled on a miss), the templates of
				// its context and history summed on top: the same integer sum in another order
				w, r := splitWordTemplates(featBuf[:n], wordBuf[:], restBuf[:])
				if !wc.hit {
					clear(e)
					m.score(w, e)
				}
				copy(sc, e)
				m.score(r, sc)
			} else {
				clear(sc)
				m.score(featBuf[:n], sc)
			}
			c = argmaxInt(sc)
		}
		out[i] = c
		h.push(int(c), m.verbal[c], info, i)
	}
}

// nWordTemplates is the number of templates that read nothing but the word itself (see
// splitWordTemplates).
const nWordTemplates = 13

// splitWordTemplates splits the feature IDs features wrote for one word into those of the
// templates that read only the word's own form (bias, lower case, form, suffixes, prefixes,
// shape, ambiguity class: the first twelve IDs and the 26th, in features' order) and the rest.
func splitWordTemplates(feats []uint64, word, rest []uint64) ([]uint64, []uint64) {
	copy(word, feats[:12])
	word[12] = feats[25]
	r := copy(rest, feats[12:25])
	r += copy(rest[r:], feats[26:])
	return word[:nWordTemplates], rest[:r]
}

// wordCache keeps, per tagging direction, the summed weights of the word-only templates
// (splitWordTemplates) of recently scored word forms: those templates are a function of the form
// alone, and ~38% of a scored word's weight entries (two fifths of its row reads) are theirs.
// It is direct-mapped on the form's hash (info.form), keyed by the form's bytes (forms longer
// than wordCacheKey bytes are not kept), and belongs to one Model (ready resets it for
// another). A cached sum is the same integers added in another order, so tags are unchanged.
type wordCache struct {
	owner *Model
	C     int
	keys  []byte  // wordCacheSize × wordCacheKey bytes
	lens  []uint8 // key length per entry, 0 when empty
	sums  []int32 // wordCacheSize × C
	hit   bool    // whether the last entry call found the form
	hits  int     // entry calls that found the form (tests read it)
}

const (
	wordCacheBits = 12
	wordCacheSize = 1 << wordCacheBits
	wordCacheKey  = 24
)

// ready makes wc m's cache, emptying it if it held another model's sums.
func (wc *wordCache) ready(m *Model) {
	if wc.owner == m {
		return
	}
	C := len(m.classes)
	wc.owner, wc.C = m, C
	if len(wc.keys) != wordCacheSize*wordCacheKey {
		wc.keys = make([]byte, wordCacheSize*wordCacheKey)
		wc.lens = make([]uint8, wordCacheSize)
	} else {
		clear(wc.lens)
	}
	if cap(wc.sums) < wordCacheSize*C {
		wc.sums = make([]int32, wordCacheSize*C)
	}
	wc.sums = wc.sums[:wordCacheSize*C]
}

// entry returns the cache row of form w (with hash h) and sets wc.hit when it holds w's sums;
// on a miss the row is claimed for w and the caller fills it. It returns nil when wc is nil
// or w is not cacheable.
func (wc *wordCache) entry(w string, h uint64) []int32 {
	if wc == nil || len(w) == 0 || len(w) > wordCacheKey {
		return nil
	}
	s := int(h & (wordCacheSize - 1))
	key := wc.keys[s*wordCacheKey : s*wordCacheKey+wordCacheKey]
	row := wc.sums[s*wc.C : (s+1)*wc.C]
	if int(wc.lens[s]) == len(w) && string(key[:len(w)]) == w {
		wc.hit = true
		wc.hits++
		return row
	}
	wc.hit = false
	wc.lens[s] = uint8(copy(key, w))
	return row
}

// argmaxInt is argmax for quantized scores.
func argmaxInt(scores []int32) int32 {
	best := int32(0)
	bv := int32(math.MinInt32)
	for i, s := range scores {
		if s > bv {
			bv = s
			best = int32(i)
		}
	}
	return best
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
