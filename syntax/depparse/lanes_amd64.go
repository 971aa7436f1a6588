//go:build amd64 && !purego

package depparse

import "golang.org/x/sys/cpu"

// hasAVX2: the dense-row sums use 256-bit adds (lanes_amd64.s), four lanes an instruction.
var hasAVX2 = cpu.X86.HasAVX2

// addLanes adds row to a (len(a) ≥ len(row)) lane by lane; subLanes subtracts it. A dense row of
// the shipped model is 52 lanes (C = 104): with AVX2, 13 adds of four lanes instead of 52.
// Integer adds in any grouping give the same sums, so the scores are exactly those of the
// plain loop (TestAccsLanes, TestAddLanes).
func addLanes(a, row []int64) {
	a = a[:len(row)]
	n := 0
	if hasAVX2 {
		if n = len(row) &^ 3; n > 0 {
			addLanesAVX2(&a[0], &row[0], n)
		}
	}
	for j := n; j < len(row); j++ {
		a[j] += row[j]
	}
}

func subLanes(a, row []int64) {
	a = a[:len(row)]
	n := 0
	if hasAVX2 {
		if n = len(row) &^ 3; n > 0 {
			subLanesAVX2(&a[0], &row[0], n)
		}
	}
	for j := n; j < len(row); j++ {
		a[j] -= row[j]
	}
}

// addLanesAVX2 adds src[:n] to dst[:n]; n is a positive multiple of 4. subLanesAVX2 subtracts.
//
//go:noescape
func addLanesAVX2(dst, src *int64, n int)

//go:noescape
func subLanesAVX2(dst, src *int64, n int)

// addDense adds sign (±1) × the dense rows of pairs at lane offsets offs (each row len(a)
// lanes) to a. With AVX2, each run of 16 lanes of a (then of 4) stays in registers while every
// row's run is added, and is stored once: a scoring adds several dense rows (the tag and
// distance templates have the fullest rows), which lane by lane would load and store a as many
// times. Integer adds in any order give the same sums (TestAddDense).
func addDense(a, pairs []int64, offs []int32, sign int64) {
	if len(offs) == 0 {
		return
	}
	L := len(a)
	n := 0
	if hasAVX2 {
		if n = L &^ 3; n > 0 {
			for _, o := range offs {
				_ = pairs[int(o)+L-1] // bounds: the assembly reads rows [o, o+n)
			}
			if sign > 0 {
				addDenseAVX2(&a[0], &pairs[0], &offs[0], len(offs), n)
			} else {
				subDenseAVX2(&a[0], &pairs[0], &offs[0], len(offs), n)
			}
		}
	}
	for _, o := range offs {
		row := pairs[int(o)+n : int(o)+L]
		if sign > 0 {
			for j, v := range row {
				a[n+j] += v
			}
		} else {
			for j, v := range row {
				a[n+j] -= v
			}
		}
	}
}

//go:noescape
func addDenseAVX2(dst, src *int64, offs *int32, nrows, nlanes int)

//go:noescape
func subDenseAVX2(dst, src *int64, offs *int32, nrows, nlanes int)
