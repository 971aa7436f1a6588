package loader

import "testing"

// trail21Floor is the number of gold lines of testdata/wholedoc21/trail21 that
// TestWholeDocTrail21Gold must get right. Main at the start of branch trail21 got 21 of 34; the
// figure is the branch's and may only rise.
const trail21Floor = 28

// TestWholeDocTrail21Gold loads the invented wire stories of testdata/wholedoc21/trail21 whole
// (Read and extract on the full text, as `load` does) and scores gold.tsv line by line: a line
// "file TYPE source keywords" is right when a relation of that type from the node named source
// has a target whose label holds every keyword; "!TYPE" lines are right when there is none ("" as
// source: from any node). -v prints the tally by file and every line that is not right.
func TestWholeDocTrail21Gold(t *testing.T) {
	wholeDocFloor(t, "trail21", trail21Floor)
}
