package loader

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestVoice22WholeDocuments loads each whole document of testdata/wholedoc22/voice22 (our own
// wording: briefings whose turns a spokesperson or a government's officials speak, wire stories
// with a trailing attribution to a Secretary-titled minister) and checks gold.tsv: each relation
// with its source and, where the gold names one, its Evidence.speaker — the README's rule that a
// spokesperson's or an official's "we" is the state he speaks for, with him as the speaker.
// Lines marked KNOWN are logged, not failed: what no general rule of this branch reaches yet.
func TestVoice22WholeDocuments(t *testing.T) {
	dir := filepath.Join("testdata", "wholedoc22", "voice22")
	views := map[string]*graphView{}
	knownGoldLines(t, filepath.Join(dir, "gold.tsv"), func(f []string) bool {
		if len(f) < 4 || len(f) > 5 {
			t.Fatalf("gold.tsv: want file, type, source, keywords[, speaker]: %q", f)
		}
		v := wholeDocView(t, views, dir, f[0])
		typ, not := strings.CutPrefix(f[1], "!")
		speaker := ""
		if len(f) == 5 {
			speaker = f[4]
		}
		return voiceGold(v, graph.RelType(typ), f[2], strings.Fields(f[3]), speaker) != not
	})
}

// voiceGold reports a relation of type typ from one of srcs ("A|B"; "" any source) whose target
// label holds every keyword and, when speaker is given, one of whose evidences names that node
// as Evidence.Speaker ("-": one that names no speaker).
func voiceGold(v *graphView, typ graph.RelType, srcs string, keywords []string, speaker string) bool {
	var sp *graph.Node
	if speaker != "" && speaker != "-" {
		if sp = v.node(speaker); sp == nil {
			return false
		}
	}
	for _, src := range strings.Split(srcs, "|") {
		for _, r := range v.rels(typ, src, keywords...) {
			for _, e := range r.Evidence {
				switch {
				case speaker == "",
					speaker == "-" && e.Speaker == "",
					sp != nil && e.Speaker == sp.ID:
					return true
				}
			}
		}
	}
	return false
}
