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
