package depparse

import (
	"math/rand"
	"testing"
)

// TestAccsLanes: summing weights two actions per lane (addSlot's sparse and dense paths, at,
// floats) gives the plain int32 sums, for negative and positive weights and both signs.
func TestAccsLanes(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, C := range []int{8, 9, 104, 255} {
		// a model of 64 rows: empty, short (in the slot), long (overflow) and dense ones
		rows := 64
		rowStart := make([]uint32, rows+1)
		var ent []uint32
		for r := 0; r < rows; r++ {
			rowStart[r] = uint32(len(ent))
			n := []int{0, 1, 3, 4, 5, 9, C / 4, C}[r%8]
			for a := 0; a < C && n > 0; a++ {
				if rng.Intn(C) < n {
					ent = append(ent, entry(a, int16(rng.Intn(65535)-32767)))
				}
			}
		}
		rowStart[rows] = uint32(len(ent))
		m := &Model{labels: make([]string, (C-actFirstL+1)/2)}
		C = m.numActions()
		m.pack(rowStart[:rows+1], ent)
		for trial := 0; trial < 200; trial++ {
			var acc accs
			want := make([]int32, C)
			for k := 0; k < 40; k++ {
				r := rng.Intn(rows)
				sign := int64(1 - 2*rng.Intn(2))
				m.addSlot(&acc, m.slots[r*slotWords], uint32(r), C, sign)
				for _, e := range ent[rowStart[r]:rowStart[r+1]] {
					if int(uint8(e>>16)) < C {
						want[uint8(e>>16)] += int32(sign) * int32(int16(uint16(e)))
					}
				}
			}
			got := make([]float32, C)
			acc.floats(got)
			for a := 0; a < C; a++ {
				if acc.at(a) != want[a] || got[a] != float32(want[a]) {
					t.Fatalf("C=%d action %d: at %d, floats %v, want %d", C, a, acc.at(a), got[a], want[a])
				}
			}
		}
	}
}

// TestAddLanes: addLanes and subLanes give the plain lane sums for every length (the 256-bit
// path takes multiples of four lanes, the rest is added one by one), with the vector path on
// (where the CPU has it) and off, and leave the lanes past the row untouched.
func TestAddLanes(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	defer func(v bool) { hasAVX2 = v }(hasAVX2)
	for _, vec := range []bool{hasAVX2, false} {
		hasAVX2 = vec
		for n := 0; n <= 70; n++ {
			row := make([]int64, n)
			a := make([]int64, n+3)
			for j := range row {
				row[j] = rng.Int63() - 1<<62
			}
			for j := range a {
				a[j] = rng.Int63() - 1<<62
			}
			want := append([]int64(nil), a...)
			for j, v := range row {
				want[j] += v
			}
			got := append([]int64(nil), a...)
			addLanes(got, row)
			for j := range want {
				if got[j] != want[j] {
					t.Fatalf("avx2 %v, n %d: addLanes lane %d = %d, want %d", vec, n, j, got[j], want[j])
				}
			}
			subLanes(got, row)
			for j := range a {
				if got[j] != a[j] {
					t.Fatalf("avx2 %v, n %d: subLanes lane %d = %d, want %d", vec, n, j, got[j], a[j])
				}
			}
		}
	}
}

// TestAddDense: addDense adds (sign 1) or subtracts (sign -1) every listed row to the lanes, as
// one addLanes or subLanes per row does, for lane counts around the 16- and 4-lane runs of the
// vector path (on where the CPU has it, and off), and rows listed twice; the lanes past len(a)
// are untouched.
func TestAddDense(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	defer func(v bool) { hasAVX2 = v }(hasAVX2)
	for _, vec := range []bool{hasAVX2, false} {
		hasAVX2 = vec
		for L := 1; L <= 70; L++ {
			pairs := make([]int64, 6*L)
			for j := range pairs {
				pairs[j] = rng.Int63() - 1<<62
			}
			for _, offs := range [][]int32{{0}, {int32(5 * L)}, {int32(2 * L), 0, int32(2 * L), int32(4 * L)}} {
				for _, sign := range []int64{1, -1} {
					a := make([]int64, L+3)
					for j := range a {
						a[j] = rng.Int63() - 1<<62
					}
					want := append([]int64(nil), a...)
					for _, o := range offs {
						if sign > 0 {
							addLanes(want, pairs[o:int(o)+L])
						} else {
							subLanes(want, pairs[o:int(o)+L])
						}
					}
					got := append([]int64(nil), a...)
					addDense(got[:L], pairs, offs, sign)
					for j := range want {
						if got[j] != want[j] {
							t.Fatalf("avx2 %v, L %d, rows %v, sign %d: lane %d = %d, want %d", vec, L, offs, sign, j, got[j], want[j])
						}
					}
				}
			}
		}
	}
}
