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
)

// The saved model is a gzip stream of:
//
//	magic      "claimgraph-tagger 2\n" (the version changes whenever the feature templates do)
//	classes    uvarint n, then n × (string UPOS, string XPOS)
//	ambiguity  uvarint n, then n × uint64 (distinct ambiguity-class hashes)
//	lexicon    uvarint n, then n × (string form, uvarint ambiguity index), normalized forms
//	           ascending
//	tagdict    uvarint n, then n × (string form, uvarint class), forms ascending
//	weights    float32 scale, uvarint rows, then per row: uvarint key delta (keys ascending),
//	           uvarint entries, entries × (byte class, varint q) with weight = q × scale
//
// Strings are a uvarint byte length and the bytes. Weights are quantized to 16 bits (scale =
// largest magnitude / 32767), which changes no prediction on EWT dev and halves the file.

const magic = "claimgraph-tagger 2\n"

// Save writes the model to w in the format above.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { n := binary.PutUvarint(buf[:], x); bw.Write(buf[:n]) }
	sv := func(x int64) { n := binary.PutVarint(buf[:], x); bw.Write(buf[:n]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }

	bw.WriteString(magic)
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
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
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
var ErrFormat = errors.New("not a claimgraph tagger model (version 2)")

// Load reads a model written by Save. Errors wrap ErrFormat for bad or truncated input.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("tag: %w: %v", ErrFormat, err)
	}
	defer zr.Close()
	m, err := decode(bufio.NewReader(zr))
	if err != nil {
		return nil, fmt.Errorf("tag: %w: %v", ErrFormat, err)
	}
	return m, nil
}

// LoadFile reads a model from path; errors name the file.
func LoadFile(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	defer f.Close()
	m, err := Load(f)
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

func decode(br *bufio.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("bad header")
	}
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
	var scale float32
	if err == nil {
		err = binary.Read(br, binary.LittleEndian, &scale)
	}
	nr := count("weight row")
	if err != nil {
		return nil, err
	}
	m.rowStart = make([]int32, 1, nr+1)
	m.rowKeys = make([]uint64, 0, nr)
	key := uint64(0)
	for r := 0; r < nr && err == nil; r++ {
		key += uv()
		m.rowKeys = append(m.rowKeys, key)
		ne := count("row entry")
		for j := 0; j < ne && err == nil; j++ {
			var c byte
			c, err = br.ReadByte()
			if err != nil {
				break
			}
			if int(c) >= nc {
				err = fmt.Errorf("weight class %d out of range", c)
				break
			}
			var q int64
			q, err = binary.ReadVarint(br)
			if err == nil && (q < math.MinInt16 || q > math.MaxInt16) {
				err = fmt.Errorf("weight %d out of the 16-bit range", q)
			}
			m.ent = append(m.ent, uint32(c)<<16|uint32(uint16(int16(q))))
		}
		m.rowStart = append(m.rowStart, int32(len(m.ent)))
		if ne > 255 || len(m.ent) > maxEntries {
			err = fmt.Errorf("row %d: %d entries, or %d weights in all, beyond the limits", r, ne, len(m.ent))
		}
	}
	if err != nil {
		return nil, err
	}
	m.scale = scale
	m.buildTable(m.rowKeys)
	return m, nil
}
