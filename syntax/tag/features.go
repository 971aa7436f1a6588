package tag

import (
	"strings"

	"github.com/claimgraph/claimgraph/syntax/clusters"
	"unicode"
	"unicode/utf8"
)

// Feature IDs are 64-bit hashes: a template number mixed with the hashes of the strings or tag
// numbers it combines. Word-level hashes (form, lower case, prefixes, suffixes, shape, ambiguity
// class) are computed once per token; each feature is then one or two multiplications. The hash
// is FNV-1a (64-bit) over bytes, finished with the splitmix64 mixer so that the low bits used by
// the weight table are well spread.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString returns the FNV-1a hash of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines a running hash with one more 64-bit value.
func mix(h, v uint64) uint64 {
	h ^= v
	h *= fnvPrime
	h ^= h >> 29
	return h
}

// finish is the splitmix64 finalizer.
func finish(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// Feature templates. The numbers are part of the model: changing one invalidates saved models
// (Load checks the format version).
const (
	fBias = iota + 1
	fLower
	fForm
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fPre4
	fShape
	fP1
	fP2P1
	fP1Lower
	fLowerM1
	fSuf3M1
	fLowerM2
	fLowerP1
	fSuf3P1
	fLowerP2
	fAmbP1
	fAmbP2
	fLowerM1Lower
	fLowerLowerP1
	fAmb
	fP1Amb
	fAmbAmbP1
	fShapeFirst
	fP1Suf3
	fP1AmbP1
	fFormM1
	fFormP1
	fShapeM1
	fShapeP1
	fShapeM1ShapeShapeP1
	fVerbSuf2
	fVerbLower
	fP1LowerP1
	fLowerAmbP1
	// word clusters (models trained with Options.Clusters only): the word's cluster at depth 4,
	// depth 6 and its leaf, and the two neighbours' clusters at depth 6 and leaf (Turian,
	// Ratinov and Bengio 2010; Koo, Carreras and Collins 2008 for the prefix lengths)
	fClu4
	fClu6
	fCluFull
	fClu6M1
	fCluFullM1
	fClu6P1
	fCluFullP1
	nTemplates
)

// tokenInfo holds the per-token hashes the templates combine.
type tokenInfo struct {
	lower, form, shape, amb uint64
	suf, pre                [4]uint64 // suf[k] is the hash of the last k+1 bytes of lower
	// hasC: the word is in the model's cluster table; c4, c6, cf hash its cluster bit string's
	// first 4 and 6 bits and the whole string
	hasC       bool
	c4, c6, cf uint64
	// dict is the word's class in the tag dictionary plus one, 0 when it is not there: looked up
	// once per word in fillInfo, then read by both greedy passes and the bidirectional sum
	dict int32
}

var (
	hStart = hashString("<s>")
	hEnd   = hashString("</s>")
	hUnk   = hashString("<unk>")
)

// normalize returns the lower-cased form with digit strings collapsed, following Honnibal's
// tagger ("A good part-of-speech tagger in about 200 lines of Python", 2013): four-digit numbers
// become "!YEAR", other tokens starting with a digit "!DIGITS", so numbers share statistics.
func normalize(w string) string {
	if w == "" {
		return w
	}
	if w[0] >= '0' && w[0] <= '9' {
		if len(w) == 4 && isDigits(w) {
			return "!YEAR"
		}
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// shape maps letters to X/x, digits to d and keeps other characters, collapsing runs of the same
// class beyond two ("Washington" → "Xxx", "U.S." → "X.X.", "1,000" → "d,ddd" → "d,dd").
func shape(w string) string {
	var b [32]byte
	n := 0
	var last byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case r < utf8.RuneSelf && r >= 'A' && r <= 'Z', r >= utf8.RuneSelf && unicode.IsUpper(r):
			c = 'X'
		case r < utf8.RuneSelf && r >= 'a' && r <= 'z', r >= utf8.RuneSelf && unicode.IsLetter(r):
			c = 'x'
		case r >= '0' && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '?'
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
			last = c
		}
		if n == len(b) {
			break
		}
		b[n] = c
		n++
	}
	return string(b[:n])
}

// fillInfo computes the word-level hashes of every token of a sentence into info, which must
// have len(words) entries. lex gives the ambiguity class of known words.
func (m *Model) fillInfo(words []string, info []tokenInfo) {
	for i, w := range words {
		low := normalize(w)
		ti := &info[i]
		ti.lower = hashString(low)
		ti.form = hashString(w)
		ti.shape = hashString(shape(w))
		if e, ok := m.lex[low]; ok {
			ti.amb = e.amb
		} else {
			ti.amb = hUnk
		}
		ti.hasC, ti.c4, ti.c6, ti.cf = false, 0, 0, 0
		ti.dict = 0
		if c, ok := m.tagdict[w]; ok {
			ti.dict = c + 1
		}
		if m.clusters != nil {
			if b, ok := m.clusters.Lookup(w); ok {
				ti.hasC = true
				ti.c4 = hashString(clusters.Prefix(b, 4))
				ti.c6 = hashString(clusters.Prefix(b, 6))
				ti.cf = hashString(b)
			}
		}
		for k := 0; k < 4; k++ {
			if k < len(low) {
				ti.suf[k] = hashString(low[len(low)-k-1:])
				ti.pre[k] = hashString(low[:k+1])
			} else {
				ti.suf[k] = hUnk
				ti.pre[k] = hUnk
			}
		}
	}
}

// history is what greedy tagging has decided left of the current word.
type history struct {
	p1, p2   int    // the two previous classes, -1 before the sentence
	lastVerb uint64 // lower-case hash of the nearest word tagged VERB or AUX, hStart if none
}

func newHistory() history { return history{p1: -1, p2: -1, lastVerb: hStart} }

// push records the class c chosen for word i.
func (h *history) push(c int, verbal bool, info []tokenInfo, i int) {
	h.p2, h.p1 = h.p1, c
	if verbal {
		h.lastVerb = info[i].lower
	}
}

// features writes the feature IDs of token i into out (len ≥ nTemplates-1) given the history
// and returns the count. The nearest verb or auxiliary to the left, with the word's ending,
// separates past participles from past tenses ("has been asked" / "he asked").
func features(info []tokenInfo, i int, h *history, out []uint64) int {
	p1, p2 := h.p1, h.p2
	cur := &info[i]
	at := func(j int) *tokenInfo {
		if j < 0 || j >= len(info) {
			return nil
		}
		return &info[j]
	}
	lowerAt := func(j int) uint64 {
		if t := at(j); t != nil {
			return t.lower
		}
		if j < 0 {
			return hStart
		}
		return hEnd
	}
	ambAt := func(j int) uint64 {
		if t := at(j); t != nil {
			return t.amb
		}
		if j < 0 {
			return hStart
		}
		return hEnd
	}
	suf3At := func(j int) uint64 {
		if t := at(j); t != nil {
			return t.suf[2]
		}
		if j < 0 {
			return hStart
		}
		return hEnd
	}
	get := func(j int, f func(*tokenInfo) uint64) uint64 {
		if t := at(j); t != nil {
			return f(t)
		}
		if j < 0 {
			return hStart
		}
		return hEnd
	}
	formOf := func(t *tokenInfo) uint64 { return t.form }
	shapeOf := func(t *tokenInfo) uint64 { return t.shape }
	hp1 := uint64(p1 + 2)
	hp2 := uint64(p2 + 2)
	t := func(id int) uint64 { return uint64(id) * 0x9e3779b97f4a7c15 }
	n := 0
	add := func(h uint64) { out[n] = finish(h); n++ }
	add(t(fBias))
	add(mix(t(fLower), cur.lower))
	add(mix(t(fForm), cur.form))
	add(mix(t(fSuf1), cur.suf[0]))
	add(mix(t(fSuf2), cur.suf[1]))
	add(mix(t(fSuf3), cur.suf[2]))
	add(mix(t(fSuf4), cur.suf[3]))
	add(mix(t(fPre1), cur.pre[0]))
	add(mix(t(fPre2), cur.pre[1]))
	add(mix(t(fPre3), cur.pre[2]))
	add(mix(t(fPre4), cur.pre[3]))
	add(mix(t(fShape), cur.shape))
	add(mix(t(fP1), hp1))
	add(mix(mix(t(fP2P1), hp2), hp1))
	add(mix(mix(t(fP1Lower), hp1), cur.lower))
	add(mix(t(fLowerM1), lowerAt(i-1)))
	add(mix(t(fSuf3M1), suf3At(i-1)))
	add(mix(t(fLowerM2), lowerAt(i-2)))
	add(mix(t(fLowerP1), lowerAt(i+1)))
	add(mix(t(fSuf3P1), suf3At(i+1)))
	add(mix(t(fLowerP2), lowerAt(i+2)))
	add(mix(t(fAmbP1), ambAt(i+1)))
	add(mix(t(fAmbP2), ambAt(i+2)))
	add(mix(mix(t(fLowerM1Lower), lowerAt(i-1)), cur.lower))
	add(mix(mix(t(fLowerLowerP1), cur.lower), lowerAt(i+1)))
	add(mix(t(fAmb), cur.amb))
	add(mix(mix(t(fP1Amb), hp1), cur.amb))
	add(mix(mix(t(fAmbAmbP1), cur.amb), ambAt(i+1)))
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	add(mix(mix(t(fShapeFirst), cur.shape), first))
	add(mix(mix(t(fP1Suf3), hp1), cur.suf[2]))
	add(mix(mix(t(fP1AmbP1), hp1), ambAt(i+1)))
	add(mix(t(fFormM1), get(i-1, formOf)))
	add(mix(t(fFormP1), get(i+1, formOf)))
	add(mix(t(fShapeM1), get(i-1, shapeOf)))
	add(mix(t(fShapeP1), get(i+1, shapeOf)))
	add(mix(mix(mix(t(fShapeM1ShapeShapeP1), get(i-1, shapeOf)), cur.shape), get(i+1, shapeOf)))
	add(mix(mix(t(fVerbSuf2), h.lastVerb), cur.suf[1]))
	add(mix(mix(t(fVerbLower), h.lastVerb), cur.lower))
	add(mix(mix(t(fP1LowerP1), hp1), lowerAt(i+1)))
	add(mix(mix(t(fLowerAmbP1), cur.lower), ambAt(i+1)))
	// cluster features: none for a word outside the table (nor for a sentence boundary)
	if cur.hasC {
		add(mix(t(fClu4), cur.c4))
		add(mix(t(fClu6), cur.c6))
		add(mix(t(fCluFull), cur.cf))
	}
	if p := at(i - 1); p != nil && p.hasC {
		add(mix(t(fClu6M1), p.c6))
		add(mix(t(fCluFullM1), p.cf))
	}
	if p := at(i + 1); p != nil && p.hasC {
		add(mix(t(fClu6P1), p.c6))
		add(mix(t(fCluFullP1), p.cf))
	}
	return n
}
