package tag

import "testing"

// TestWordCacheSameScores: greedy with a word cache gives every scored word the same class
// scores, to the integer, as greedy without one, in both directions of the shipped model, over
// the test slice tagged twice through one cache (the second pass mostly hits). A cache filled by
// another model is emptied before use (ready), so a model never reads another's sums.
func TestWordCacheSameScores(t *testing.T) {
	m, err := LoadFile("../../data/syntax/tagger.model")
	if err != nil {
		t.Skip(err)
	}
	other := trainSlice(t)
	sents := readSlice(t, "ewt-test-slice.conllu")
	var wc wordCache
	C := len(m.classes)
	for pass := 0; pass < 2; pass++ {
		for si, s := range sents {
			ws := make([]string, len(s.Words))
			for i, w := range s.Words {
				ws[i] = w.Form
			}
			n := len(ws)
			info := make([]tokenInfo, n)
			m.fillInfo(ws, info)
			for _, mm := range []*Model{m, m.back} {
				want, got := make([]int32, n*C), make([]int32, n*C)
				wo, go_ := make([]int32, n), make([]int32, n)
				mm.greedy(ws, info, want, wo, nil)
				mm.greedy(ws, info, got, go_, &wc)
				for i := range ws {
					if wo[i] != go_[i] {
						t.Fatalf("pass %d sentence %d word %d %q: class %d with the cache, %d without", pass, si, i, ws[i], go_[i], wo[i])
					}
					if info[i].dict != 0 {
						continue
					}
					for c := 0; c < C; c++ {
						if want[i*C+c] != got[i*C+c] {
							t.Fatalf("pass %d sentence %d word %q class %d: score %d with the cache, %d without", pass, si, ws[i], c, got[i*C+c], want[i*C+c])
						}
					}
				}
			}
			if si%50 == 0 { // another model in between: its sums must not leak into m's
				oi := make([]tokenInfo, n)
				other.fillInfo(ws, oi)
				other.greedy(ws, oi, nil, make([]int32, n), &wc)
				if wc.owner != other {
					t.Fatal("ready did not take the cache for the other model")
				}
			}
		}
	}
	if wc.hits == 0 {
		t.Fatal("the cache was never used")
	}
	t.Logf("%d cache hits", wc.hits)
}
