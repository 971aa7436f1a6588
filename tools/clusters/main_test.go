package main

import (
	"math"
	"strings"
	"testing"
)

// unit returns v scaled to length 1.
func unit(v ...float32) []float32 {
	var s float64
	for _, x := range v {
		s += float64(x * x)
	}
	for i := range v {
		v[i] = float32(float64(v[i]) / math.Sqrt(s))
	}
	return v
}

// TestBuildGroupsNeighbours: three tight groups of directions end in three subtrees, the
// strings are no longer than the depth, and a second run gives the same strings.
func TestBuildGroupsNeighbours(t *testing.T) {
	var vecs [][]float32
	group := []int{}
	dirs := [][]float32{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	for i := 0; i < 30; i++ {
		g := i % 3
		d := dirs[g]
		e := float32(i) * 0.001
		vecs = append(vecs, unit(d[0]+e, d[1]+2*e, d[2]+3*e))
		group = append(group, g)
	}
	o := Options{Depth: 5, MinSize: 2, Iters: 20, Seed: 1}
	bits := Build(vecs, o)
	again := Build(vecs, o)
	for i := range bits {
		if bits[i] != again[i] {
			t.Fatalf("word %d: %q then %q: not deterministic", i, bits[i], again[i])
		}
		if len(bits[i]) == 0 || len(bits[i]) > o.Depth || strings.Trim(bits[i], "01") != "" {
			t.Fatalf("word %d: bit string %q", i, bits[i])
		}
	}
	// each group is a subtree: the prefix common to its words starts no word of another group
	common := map[int]string{}
	for i, b := range bits {
		p, ok := common[group[i]]
		if !ok {
			common[group[i]] = b
			continue
		}
		n := 0
		for n < len(p) && n < len(b) && p[n] == b[n] {
			n++
		}
		common[group[i]] = p[:n]
	}
	for i, b := range bits {
		for g, p := range common {
			if g != group[i] && strings.HasPrefix(b, p) {
				t.Errorf("word %d (group %d, %q) lies in group %d's subtree %q", i, group[i], b, g, p)
			}
		}
	}
}

// TestCenterRemovesCommonDirection: after center, vectors that differed only by a shared
// offset are far apart.
func TestCenterRemovesCommonDirection(t *testing.T) {
	vecs := [][]float32{unit(10, 1, 0), unit(10, -1, 0), unit(10, 0, 1), unit(10, 0, -1)}
	center(vecs, 0)
	if c := dot(vecs[0], []float64{float64(vecs[1][0]), float64(vecs[1][1]), float64(vecs[1][2])}); c > -0.9 {
		t.Errorf("cosine of opposite offsets after centring: %.2f, want about -1", c)
	}
}
