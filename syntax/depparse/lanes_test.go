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
