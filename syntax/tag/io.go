package tag

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"

	"github.com/claimgraph/claimgraph/syntax/clusters"
)

// The saved model is a gzip stream of:
//
//	magic      "claimgraph-tagger 3\n" (the version changes whenever the feature templates or the
//	           layout do; version 2, the same without the direction count and with one
//	           direction, still loads)
//	classes    uvarint n, then n × (string UPOS, string XPOS)
//	ambiguity  uvarint n, then n × uint64 (distinct ambiguity-class hashes)
//	lexicon    uvarint n, then n × (string form, uvarint ambiguity index), normalized forms
//	           ascending
//	tagdict    uvarint n, then n × (string form, uvarint class), forms ascending
//	directions uvarint 1 (left to right) or 2 (bidirectional), then one weights section each,
//	           left to right first:
//	weights    float32 scale, uvarint rows, then per row: uvarint key delta (keys ascending),
//	           uvarint entries, entries × (byte class, varint q) with weight = q × scale
//
// Version 4 is version 3 with, right after the magic, the fingerprint of the word-cluster table
// the model was trained with (uint64, little-endian; clusters.Table.Fingerprint); a model
// without clusters is written as version 3.
//
// Strings are a uvarint byte length and the bytes. Weights are quantized to 16 bits (scale =
// largest magnitude / 32767), which changes no prediction on EWT dev and halves the file.

const (
	magicV4 = "claimgraph-tagger 4\n"
	magic   = "claimgraph-tagger 3\n"
	magicV2 = "claimgraph-tagger 2\n"
)

// Save writes the model to w in the format above.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { n := binary.PutUvarint(buf[:], x); bw.Write(buf[:n]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }

	if m.clusters != nil {
		bw.WriteString(magicV4)
		binary.Write(bw, binary.LittleEndian, m.clusters.Fingerprint())
	} else {
		bw.WriteString(magic)
	}
	uv(uint64(len(m.classes)))
	for _, c := range m.classes {
		str(c.UPOS)
		str(c.XPOS)
	}
	ambIdx := map[uint64]int{}
	var ambs []uint64
	for _, e := range m.lex {
		if _, ok := ambIdx[e.amb]; !ok {
			ambIdx[e.amb] = 0
			ambs = append(ambs, e.amb)
		}
	}
	sort.Slice(ambs, func(i, j int) bool { return ambs[i] < ambs[j] })
	for i, a := range ambs {
		ambIdx[a] = i
	}
	uv(uint64(len(ambs)))
	for _, a := range ambs {
		binary.Write(bw, binary.LittleEndian, a)
	}
	forms := make([]string, 0, len(m.lex))
	for f := range m.lex {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	uv(uint64(len(forms)))
	for _, f := range forms {
		str(f)
		uv(uint64(ambIdx[m.lex[f].amb]))
	}
	forms = forms[:0]
	for f := range m.tagdict {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	uv(uint64(len(forms)))
	for _, f := range forms {
		str(f)
		uv(uint64(m.tagdict[f]))
	}
	halves := []*Model{m}
	if m.back != nil {
		halves = append(halves, m.back)
	}
	uv(uint64(len(halves)))
	for _, h := range halves {
		h.writeWeights(bw)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// writeWeights writes the weights section of one direction.
func (m *Model) writeWeights(bw *bufio.Writer) {
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { n := binary.PutUvarint(buf[:], x); bw.Write(buf[:n]) }
	sv := func(x int64) { n := binary.PutVarint(buf[:], x); bw.Write(buf[:n]) }
	binary.Write(bw, binary.LittleEndian, m.scale)
	nRows := len(m.rowStart) - 1
	uv(uint64(nRows))
	prev := uint64(0)
	for r := 0; r < nRows; r++ {
		uv(m.rowKeys[r] - prev)
		prev = m.rowKeys[r]
		a, b := m.rowStart[r], m.rowStart[r+1]
		uv(uint64(b - a))
		for j := a; j < b; j++ {
			bw.WriteByte(byte(m.ent[j] >> 16))
			sv(int64(int16(m.ent[j])))
		}
	}
}

// SaveFile writes the model to path, replacing it.
func (m *Model) SaveFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("tag: %w", err)
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return fmt.Errorf("tag: writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("tag: writing %s: %w", path, err)
	}
	return nil
}

// ErrFormat is wrapped by Load's errors when the input is not a tagger model of this version
// or is truncated or inconsistent.
var ErrFormat = errors.New("not a claimgraph tagger model (version 2 to 4)")

// Load reads a model written by Save. Errors wrap ErrFormat for bad or truncated input; a model
// trained with word clusters needs LoadWith.
func Load(r io.Reader) (*Model, error) { return LoadWith(r, nil) }

// LoadWith is Load for a model that may read word clusters: tab must then be the table it was
// trained with (same fingerprint), or LoadWith says so. A model without clusters ignores tab.
func LoadWith(r io.Reader, tab *clusters.Table) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("tag: %w: %v", ErrFormat, err)
	}
	defer zr.Close()
	m, fp, err := decode(bufio.NewReader(zr))
	if err != nil {
		return nil, fmt.Errorf("tag: %w: %v", ErrFormat, err)
	}
	if fp != 0 {
		if tab == nil || tab.Fingerprint() != fp {
			return nil, fmt.Errorf("tag: the model reads word clusters (table %016x): load it with that table", fp)
		}
		m.clusters = tab
		if m.back != nil {
			m.back.clusters = tab
		}
	}
	return m, nil
}

// LoadFile reads a model from path; errors name the file.
func LoadFile(path string) (*Model, error) { return LoadFileWith(path, nil) }

// LoadFileWith is LoadWith from a file; errors name the file.
func LoadFileWith(path string, tab *clusters.Table) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	defer f.Close()
	m, err := LoadWith(f, tab)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// sanity bounds on counts read from a file, so a corrupt header cannot ask for huge slices.
const (
	maxStringLen = 1 << 16
	maxCount     = 1 << 26
)

// decode reads a model and the fingerprint of its cluster table (0: none).
func decode(br *bufio.Reader) (*Model, uint64, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || (string(head) != magic && string(head) != magicV2 && string(head) != magicV4) {
		return nil, 0, errors.New("bad header")
	}
	var fp uint64
	if string(head) == magicV4 {
		if err := binary.Read(br, binary.LittleEndian, &fp); err != nil || fp == 0 {
			return nil, 0, errors.New("bad cluster fingerprint")
		}
	}
	m, err := decodeBody(br, string(head) != magicV2)
	return m, fp, err
}

// decodeBody reads what follows the magic (and the fingerprint); dirs: the direction count is
// recorded (versions 3 and 4).
func decodeBody(br *bufio.Reader, hasDirs bool) (*Model, error) {
	var err error
	uv := func() uint64 {
		if err != nil {
			return 0
		}
		var x uint64
		x, err = binary.ReadUvarint(br)
		return x
	}
	count := func(what string) int {
		n := uv()
		if err == nil && n > maxCount {
			err = fmt.Errorf("%s count %d too large", what, n)
		}
		return int(n)
	}
	str := func() string {
		n := uv()
		if err != nil {
			return ""
		}
		if n > maxStringLen {
			err = fmt.Errorf("string length %d too large", n)
			return ""
		}
		b := make([]byte, n)
		_, err = io.ReadFull(br, b)
		return string(b)
	}
	m := &Model{lex: map[string]lexEntry{}, tagdict: map[string]int32{}}
	nc := count("class")
	if err == nil && (nc == 0 || nc > maxClasses) {
		return nil, fmt.Errorf("class count %d out of range", nc)
	}
	for i := 0; i < nc && err == nil; i++ {
		u := str()
		x := str()
		m.classes = append(m.classes, Class{u, x})
	}
	m.setClasses(m.classes)
	na := count("ambiguity class")
	ambs := make([]uint64, 0, min(na, 1<<16))
	for i := 0; i < na && err == nil; i++ {
		var a uint64
		err = binary.Read(br, binary.LittleEndian, &a)
		ambs = append(ambs, a)
	}
	nl := count("lexicon")
	for i := 0; i < nl && err == nil; i++ {
		f := str()
		ai := uv()
		if err == nil && ai >= uint64(len(ambs)) {
			err = fmt.Errorf("lexicon entry %q: ambiguity index %d out of range", f, ai)
		}
		if err == nil {
			m.lex[f] = lexEntry{amb: ambs[ai]}
		}
	}
	nd := count("tag dictionary")
	for i := 0; i < nd && err == nil; i++ {
		f := str()
		c := uv()
		if err == nil && c >= uint64(nc) {
			err = fmt.Errorf("tag dictionary entry %q: class %d out of range", f, c)
		}
		m.tagdict[f] = int32(c)
	}
	dirs := uint64(1)
	if hasDirs {
		dirs = uv()
	}
	if err != nil {
		return nil, err
	}
	if dirs != 1 && dirs != 2 {
		return nil, fmt.Errorf("%d directions (1 or 2 expected)", dirs)
	}
	if e := m.readWeights(br, count, uv, nc, &err); e != nil {
		return nil, e
	}
	if dirs == 2 {
		m.back = m.halfLike()
		if e := m.back.readWeights(br, count, uv, nc, &err); e != nil {
			return nil, fmt.Errorf("right-to-left weights: %w", e)
		}
	}
	return m, nil
}

// readWeights reads one direction's weights section into m (nc classes). count and uv read
// from br and record their first error in *errp, which readWeights also sets and returns.
func (m *Model) readWeights(br *bufio.Reader, count func(string) int, uv func() uint64, nc int, errp *error) error {
	var scale float32
	if *errp = binary.Read(br, binary.LittleEndian, &scale); *errp != nil {
		return *errp
	}
	nr := count("weight row")
	if *errp != nil {
		return *errp
	}
	m.rowStart = make([]int32, 1, nr+1)
	m.rowKeys = make([]uint64, 0, nr)
	key := uint64(0)
	for r := 0; r < nr && *errp == nil; r++ {
		key += uv()
		m.rowKeys = append(m.rowKeys, key)
		ne := count("row entry")
		for j := 0; j < ne && *errp == nil; j++ {
			c, err := br.ReadByte()
			if err != nil {
				*errp = err
				break
			}
			if int(c) >= nc {
				*errp = fmt.Errorf("weight class %d out of range", c)
				break
			}
			q, err := binary.ReadVarint(br)
			if err == nil && (q < math.MinInt16 || q > math.MaxInt16) {
				err = fmt.Errorf("weight %d out of the 16-bit range", q)
			}
			if err != nil {
				*errp = err
				break
			}
			m.ent = append(m.ent, uint32(c)<<16|uint32(uint16(int16(q))))
		}
		m.rowStart = append(m.rowStart, int32(len(m.ent)))
		if *errp == nil && (ne > 255 || len(m.ent) > maxEntries) {
			*errp = fmt.Errorf("row %d: %d entries, or %d weights in all, beyond the limits", r, ne, len(m.ent))
		}
	}
	if *errp != nil {
		return *errp
	}
	m.scale = scale
	m.buildTable(m.rowKeys)
	return nil
}
