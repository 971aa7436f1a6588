package loader

import (
	"path/filepath"
	"testing"
)

// speakers21Floor is the number of gold lines of testdata/speakers21 TestSpeakers21Gold must get
// right: the base figure (main 677ddae), measured before any change of round 21. It may only rise.
const speakers21Floor = 90

// TestSpeakers21Gold scores the invented documents of testdata/speakers21 (ten layouts the earlier
// fixtures did not hold: a defence ministry briefing, an EU midday briefing, an African Union
// statement, a Japanese MOFA press conference, a Senate estimates hearing, an in-flight briefing, a
// joint declaration, a central bank press conference, a police statement, a TV interview) against
// gold.tsv, line by line as TestSpeakers20Gold does. -v prints the tally by file and every line that
// is not right.
func TestSpeakers21Gold(t *testing.T) {
	scoreSpeakerGold(t, filepath.Join("testdata", "speakers21"), speakers21Floor)
}

// scoreSpeakerGold scores the gold.tsv of dir (speakers20Line per line), logs the tally by file
// and each line not right, and fails when fewer than floor lines are right.
func scoreSpeakerGold(t *testing.T, dir string, floor int) {
	t.Helper()
	type tally struct{ right, total int }
	byFile := map[string]*tally{}
	var files []string
	right, total := 0, 0
	for _, f := range goldLines(t, dir) {
		if byFile[f.file] == nil {
			byFile[f.file] = &tally{}
			files = append(files, f.file)
		}
		ok, why := speakers20Line(view(f.g), f.speaker, f.words)
		total++
		byFile[f.file].total++
		if ok {
			right++
			byFile[f.file].right++
		} else {
			t.Logf("%s: %s %q: %s", f.file, f.speaker, f.words, why)
		}
	}
	for _, f := range files {
		t.Logf("%s: %d of %d", f, byFile[f].right, byFile[f].total)
	}
	t.Logf("%s: %d of %d right", filepath.Base(dir), right, total)
	if right < floor {
		t.Errorf("%s: %d right, floor %d", filepath.Base(dir), right, floor)
	}
}

// speakers21bFloor is the number of gold lines of testdata/speakers21b TestSpeakers21bGold must
// get right: the branch's figure when the transfer set was first scored (the base's is in the
// gold file's header). It may only rise.
const speakers21bFloor = 35

// TestSpeakers21bGold scores the transfer documents of testdata/speakers21b (four layouts written
// after round 21's code: a Pentagon briefing, a parliamentary written reply, a podcast with
// timestamps, a think-tank event) against gold.tsv, as TestSpeakers21Gold does.
func TestSpeakers21bGold(t *testing.T) {
	scoreSpeakerGold(t, filepath.Join("testdata", "speakers21b"), speakers21bFloor)
}
