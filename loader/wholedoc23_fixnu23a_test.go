package loader

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestWholeDocFixnu23a loads the fixnu23a whole documents (testdata/wholedoc23/fixnu23a: role-only
// briefings, ministry statements, readouts and news stories of our own for the speaker and
// actor-country classes of /work/nu22/findings.md) and checks their gold, expected absences included.
func TestWholeDocFixnu23a(t *testing.T) {
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc23", "fixnu23a"))
}

// TestWholeDocFixnu23aOfficialsSpeaker: in a background call of our own (g01), every stance the
// unnamed officials voice for the state ("SENIOR ADMINISTRATION OFFICIAL: We urge our allies …",
// source United States) keeps the officials' group as its evidence's speaker, as a named
// spokesperson's would (evidence_speaker.go officialsVoice); the moderator's and questioner's
// sentences have none.
func TestWholeDocFixnu23aOfficialsSpeaker(t *testing.T) {
	f := filepath.Join("testdata", "wholedoc23", "fixnu23a", "g01_background_call.txt")
	text, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	g := extractDoc(t, input.Document{Source: "g01_background_call.txt", Text: string(text)})
	v := view(g)
	officials := v.node("administration officials")
	us := v.node("United States")
	if officials == nil || us == nil {
		t.Fatalf("no officials or United States node")
	}
	n := 0
	for _, r := range g.Relations {
		if r.Source != us.ID || !stanceTypes[r.Type] {
			continue
		}
		for _, ev := range r.Evidence {
			n++
			if ev.Speaker != officials.ID {
				t.Errorf("%s United States -> %s: speaker %q, want the officials %q", r.Type, v.label(r.Target), ev.Speaker, officials.ID)
			}
		}
	}
	if n < 3 {
		t.Errorf("want at least 3 stances of the United States voiced by the officials, have %d", n)
	}
}
