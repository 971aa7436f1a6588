package depparse

import "testing"

func TestFeatures(t *testing.T) {
	words := []Word{{"Officials", "NOUN", "NNS"}, {"rejected", "VERB", "VBD"}, {"the", "DET", "DT"}, {"plan", "NOUN", "NN"}}
	ws := prepare(words, nil)
	if ws[1].w != hashLower("officials") {
		t.Errorf("word atoms must be lower-cased")
	}
	if tagHash("NOUN", "NN") == tagHash("NOUN", "NNS") || tagHash("AD", "PX") == tagHash("ADP", "X") {
		t.Errorf("tag atoms must separate XPOS and not run UPOS into XPOS")
	}
	var st state
	st.reset(len(words))
	f0 := make([]uint64, numFeatures)
	extract(&st, ws, f0)
	// template 1 is s0 word+tag: the root at the start.
	if f0[0] != mix3(1, rootWord, rootTag, 0) {
		t.Errorf("s0wp of the initial state is not the root's")
	}
	// template 4 is n0 word+tag.
	if f0[3] != mix3(4, ws[1].w, ws[1].p, 0) {
		t.Errorf("n0wp does not read the buffer front")
	}
	seen := map[uint64]int{}
	for i, h := range f0 {
		if j, ok := seen[h]; ok {
			t.Errorf("templates %d and %d hash alike", j+1, i+1)
		}
		seen[h] = i
	}
	// SHIFT, then LEFT-ARC nsubj: "rejected" gets a left child, which the n0 child features see.
	labels := []string{"nsubj", "root"}
	st.apply(actShift, len(labels))
	st.apply(actFirstL+0, len(labels))
	f1 := make([]uint64, numFeatures)
	extract(&st, ws, f1)
	if st.lc1[2] != 1 || st.nl[2] != 1 || st.lset[2] != 1 {
		t.Fatalf("left child not recorded: lc1 %d nl %d lset %b", st.lc1[2], st.nl[2], st.lset[2])
	}
	// template 48 is n0's leftmost child's word, 50 its label.
	if f1[47] != mix3(48, ws[1].w, 0, 0) || f1[49] != mix3(50, 1, 0, 0) {
		t.Errorf("n0 leftmost-child features wrong")
	}
	// the distance s0–n0 (root at 0, n0 = 2) is bucket 2: template 27 is s0w+d.
	if f1[26] != mix3(27, rootWord, 2, 0) {
		t.Errorf("distance feature wrong")
	}
	if distBucket(3) != 3 || distBucket(8) != 6 || distBucket(40) != 7 {
		t.Errorf("distance buckets wrong")
	}
}
