package depparse

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/claimgraph/claimgraph/syntax/clusters"
)

// The model file is gzip-compressed; inside, after the magic line:
//
//	uvarint bits, uvarint feature-set version (featureVersion, or clusterVersion followed by the
//	cluster table's fingerprint as a uint64, little-endian; a model is only valid for the
//	templates it was trained with), uvarint beam width of training (versions 2 and 3; version
//	1 files are greedy models), uvarint default beam width of parsing (version 3; in version 2
//	the training width), uvarint number of labels, each label as uvarint length + bytes,
//	float32 scale (little-endian), uvarint number of non-empty rows R, uvarint number of weights N,
//	R uvarint row-index deltas, R uvarint row lengths, N action bytes, N int16 weights (LE).
//
// A weight is the int16 times scale (scale = largest |weight| / 32767; Train quantizes before
// saving, so a loaded model scores exactly as the trained one); columns of like values compress
// well under gzip.
const (
	magic   = "claimgraph-depparse 3\n"
	magicV2 = "claimgraph-depparse 2\n" // training width only (parsing width = training width); still read
	magicV1 = "claimgraph-depparse 1\n" // before beam widths were recorded (greedy); still read
)

// Save writes the model to w.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	bw.WriteString(magic)
	uv(uint64(m.bits))
	if m.clusters != nil {
		uv(clusterVersion)
		binary.Write(bw, binary.LittleEndian, m.clusters.Fingerprint())
	} else {
		uv(featureVersion)
	}
	uv(uint64(m.TrainedBeam()))
	uv(uint64(m.BeamWidth()))
	uv(uint64(len(m.labels)))
	for _, l := range m.labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	var rows, lens []uint64
	rowsN := m.rows()
	last, n := 0, 0
	for r := 0; r < rowsN; r++ {
		c := 0
		m.eachWeight(r, func(int, int16) { c++ })
		if c > 0 {
			rows = append(rows, uint64(r-last))
			lens = append(lens, uint64(c))
			last = r
			n += c
		}
	}
	scale := m.scale
	binary.Write(bw, binary.LittleEndian, scale)
	uv(uint64(len(rows)))
	uv(uint64(n))
	for _, d := range rows {
		uv(d)
	}
	for _, c := range lens {
		uv(c)
	}
	for r := 0; r < rowsN; r++ {
		m.eachWeight(r, func(a int, _ int16) { bw.WriteByte(byte(a)) })
	}
	for r := 0; r < rowsN; r++ {
		m.eachWeight(r, func(_ int, q int16) {
			bw.WriteByte(byte(q))
			bw.WriteByte(byte(uint16(q) >> 8))
		})
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by Save. Errors say what is wrong with the data (not gzip, wrong
// magic, truncated, inconsistent tables). A model of feature set 3 needs LoadWith.
func Load(r io.Reader) (*Model, error) { return LoadWith(r, nil) }

// LoadWith is Load for a model that may read word clusters (feature set 3): tab must then be
// the table it was trained with (same fingerprint), or LoadWith says so. A set 2 model ignores
// tab.
func LoadWith(r io.Reader, tab *clusters.Table) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("depparse: model: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	_, err = io.ReadFull(br, head)
	version := map[string]int{magicV1: 1, magicV2: 2, magic: 3}[string(head)]
	if err != nil || version == 0 {
		return nil, errors.New("depparse: model: not a claimgraph-depparse file of version 1 to 3")
	}
	fail := func(what string, err error) (*Model, error) {
		return nil, fmt.Errorf("depparse: model: reading %s: %w", what, err)
	}
	bits, err := binary.ReadUvarint(br)
	if err != nil || bits < 8 || bits > 26 {
		return fail("bits", orBad(err))
	}
	fv, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("feature version", err)
	}
	var clu *clusters.Table
	switch fv {
	case featureVersion:
	case clusterVersion:
		var fp uint64
		if err := binary.Read(br, binary.LittleEndian, &fp); err != nil {
			return fail("cluster fingerprint", err)
		}
		if tab == nil || tab.Fingerprint() != fp {
			return nil, fmt.Errorf("depparse: model: feature set %d reads word clusters (table %016x): load it with that table", fv, fp)
		}
		clu = tab
	default:
		return nil, fmt.Errorf("depparse: model: trained with feature set %d, this parser extracts sets %d and %d: retrain it (go run ./cmd/claimgraph-train)", fv, featureVersion, clusterVersion)
	}
	trainBeam, parseBeam := uint64(1), uint64(1)
	if version >= 2 {
		trainBeam, err = binary.ReadUvarint(br)
		if err != nil || trainBeam < 1 || trainBeam > maxBeam {
			return fail("beam width", orBad(err))
		}
		parseBeam = trainBeam
	}
	if version >= 3 {
		parseBeam, err = binary.ReadUvarint(br)
		if err != nil || parseBeam < 1 || parseBeam > maxBeam {
			return fail("beam width", orBad(err))
		}
	}
	nl, err := binary.ReadUvarint(br)
	if err != nil || nl == 0 || actFirstL+2*nl > 256 {
		return fail("label count", orBad(err))
	}
	m := &Model{bits: uint(bits), labels: make([]string, nl), beam: int(parseBeam), trainBeam: int(trainBeam), clusters: clu}
	for i := range m.labels {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 64 {
			return fail("labels", orBad(err))
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return fail("labels", err)
		}
		m.labels[i] = string(b)
	}
	if err := m.setSpecialLabels(); err != nil {
		return nil, err
	}
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return fail("scale", err)
	}
	nrows, err := binary.ReadUvarint(br)
	if err != nil || nrows > 1<<bits {
		return fail("row count", orBad(err))
	}
	nw, err := binary.ReadUvarint(br)
	if err != nil || nw > 256*nrows {
		return fail("weight count", orBad(err))
	}
	rowIdx := make([]uint64, nrows)
	var acc uint64
	for i := range rowIdx {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return fail("rows", err)
		}
		acc += d
		if acc >= 1<<bits || (i > 0 && d == 0) {
			return fail("rows", errBad)
		}
		rowIdx[i] = acc
	}
	rowStart := make([]uint32, (1<<bits)+1)
	lens := make([]uint64, nrows)
	var total uint64
	for i := range lens {
		c, err := binary.ReadUvarint(br)
		if err != nil {
			return fail("row lengths", err)
		}
		lens[i] = c
		total += c
	}
	if total != nw {
		return fail("row lengths", errBad)
	}
	cls := make([]uint8, nw)
	if _, err := io.ReadFull(br, cls); err != nil {
		return fail("actions", err)
	}
	na := m.numActions()
	for _, c := range cls {
		if int(c) >= na {
			return fail("actions", errBad)
		}
	}
	raw := make([]byte, 2*nw)
	if _, err := io.ReadFull(br, raw); err != nil {
		return fail("weights", err)
	}
	m.scale = scale
	ent := make([]uint32, nw)
	for i := range ent {
		ent[i] = uint32(cls[i])<<16 | uint32(binary.LittleEndian.Uint16(raw[2*i:]))
	}
	// row starts: rows without weights are empty ranges
	pos := uint32(0)
	k := 0
	for row := 0; row < 1<<bits; row++ {
		rowStart[row] = pos
		if k < len(rowIdx) && rowIdx[k] == uint64(row) {
			pos += uint32(lens[k])
			k++
		}
	}
	rowStart[1<<bits] = pos
	m.pack(rowStart, ent)
	return m, nil
}

var errBad = errors.New("inconsistent data")

func orBad(err error) error {
	if err == nil {
		return errBad
	}
	return err
}
