//go:build !amd64 || purego

package depparse

// addLanes adds row to a (len(a) ≥ len(row)) lane by lane; subLanes subtracts it.
func addLanes(a, row []int64) {
	a = a[:len(row)]
	for j, v := range row {
		a[j] += v
	}
}

func subLanes(a, row []int64) {
	a = a[:len(row)]
	for j, v := range row {
		a[j] -= v
	}
}

// hasAVX2 is false off amd64 (and with the purego tag): the plain loops above are the only ones.
var hasAVX2 = false

// addDense adds sign (±1) × the dense rows of pairs at lane offsets offs (each row len(a)
// lanes) to a.
func addDense(a, pairs []int64, offs []int32, sign int64) {
	for _, o := range offs {
		row := pairs[o : int(o)+len(a)]
		if sign > 0 {
			addLanes(a, row)
		} else {
			subLanes(a, row)
		}
	}
}
