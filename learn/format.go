package learn

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// The binary model format, little-endian throughout:
//
//	magic   "CGLM" (4 bytes)
//	format  uint16 (formatVersion)
//	version uint16 (Model.Version)
//	bits    uint8
//	thresh  float32 (Model.Threshold)
//	classes uint16 count, then each: uint16 length + UTF-8 bytes
//	data    uint32 length + UTF-8 bytes
//	rows    uint32 count, then each: uint32 bucket (ascending) + one float32 per class
//
// Nothing follows the last row.
const formatVersion = 1

var magic = []byte("CGLM")

// MarshalBinary encodes m in the format above. Equal models give equal bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.Write(magic)
	le := binary.LittleEndian
	b.Write(le.AppendUint16(nil, formatVersion))
	b.Write(le.AppendUint16(nil, m.Version))
	b.WriteByte(m.Bits)
	b.Write(le.AppendUint32(nil, math.Float32bits(m.Threshold)))
	b.Write(le.AppendUint16(nil, uint16(len(m.Classes))))
	for _, c := range m.Classes {
		b.Write(le.AppendUint16(nil, uint16(len(c))))
		b.WriteString(c)
	}
	b.Write(le.AppendUint32(nil, uint32(len(m.Data))))
	b.WriteString(m.Data)
	b.Write(le.AppendUint32(nil, uint32(len(m.Rows))))
	nc := len(m.Classes)
	for r, bucket := range m.Rows {
		b.Write(le.AppendUint32(nil, bucket))
		for c := 0; c < nc; c++ {
			b.Write(le.AppendUint32(nil, math.Float32bits(m.W[r*nc+c])))
		}
	}
	return b.Bytes(), nil
}

// ErrFormat is wrapped by every error of Load: the bytes are not a model of this format.
var ErrFormat = errors.New("learn: not a model of format CGLM 1")

// Load decodes a model written by MarshalBinary. Errors wrap ErrFormat and say what is wrong
// (bad magic, unknown format version, truncated section, unsorted rows, trailing bytes).
func Load(p []byte) (*Model, error) {
	r := &reader{p: p}
	if !bytes.Equal(r.take(4), magic) {
		return nil, fmt.Errorf("%w: bad magic", ErrFormat)
	}
	if v := r.u16(); v != formatVersion {
		return nil, fmt.Errorf("%w: format version %d", ErrFormat, v)
	}
	m := &Model{Version: r.u16()}
	if bb := r.take(1); bb != nil {
		m.Bits = bb[0]
	}
	m.Threshold = math.Float32frombits(r.u32())
	nc := int(r.u16())
	for i := 0; i < nc && r.err == nil; i++ {
		m.Classes = append(m.Classes, string(r.take(int(r.u16()))))
	}
	m.Data = string(r.take(int(r.u32())))
	nr := int(r.u32())
	if r.err == nil && (m.Bits < 1 || m.Bits > 30 || nc < 1) {
		return nil, fmt.Errorf("%w: %d hash bits, %d classes", ErrFormat, m.Bits, nc)
	}
	if r.err == nil && nr > (len(r.p)-r.off)/(4+4*nc) {
		return nil, fmt.Errorf("%w: %d rows do not fit in %d bytes", ErrFormat, nr, len(r.p)-r.off)
	}
	for i := 0; i < nr && r.err == nil; i++ {
		bucket := r.u32()
		if i > 0 && bucket <= m.Rows[i-1] || bucket >= 1<<m.Bits {
			return nil, fmt.Errorf("%w: row %d: bucket %d out of order or range", ErrFormat, i, bucket)
		}
		m.Rows = append(m.Rows, bucket)
		for c := 0; c < nc; c++ {
			m.W = append(m.W, math.Float32frombits(r.u32()))
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.off != len(p) {
		return nil, fmt.Errorf("%w: %d bytes after the last row", ErrFormat, len(p)-r.off)
	}
	m.buildIndex()
	return m, nil
}

type reader struct {
	p   []byte
	off int
	err error
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.off+n > len(r.p) {
		r.err = fmt.Errorf("%w: truncated at byte %d", ErrFormat, r.off)
		return nil
	}
	b := r.p[r.off : r.off+n]
	r.off += n
	return b
}

func (r *reader) u16() uint16 {
	if b := r.take(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (r *reader) u32() uint32 {
	if b := r.take(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}
