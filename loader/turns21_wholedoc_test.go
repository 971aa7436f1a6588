package loader

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/segment"
)

// TestWholeDocTurns21 loads whole transcripts of the kinds turns21 reads (invented, in
// testdata/wholedoc21/turns21): a caption-style transcript under a catalogue title line with
// hyphen questions and en-dash answers, a press conference of plain alternating paragraphs, a
// news agency's video script with numbered SOUNDBITE shots, a STORYLINE with quoted bites between
// its own paragraphs, an AP-style shot list whose "SOUNDBITE (English) X, role:" line carries its
// quotation on the next line, a briefing with "Speaker 1:"-style
// labels, and a statement with a hyphen list (near miss). Each file is extracted whole, as an
// article is, and checked against gold.tsv: the discourse unit of named sentences, relations
// that must be found and relations that must not.
func TestWholeDocTurns21(t *testing.T) {
	wholeDocGold(t, "testdata/wholedoc21/turns21")
}

// wholeDocGold loads each whole document of dir that gold.tsv names and checks its lines.
func wholeDocGold(t *testing.T, dir string) {
	f, err := os.Open(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type loaded struct {
		v *graphView
		d *doc
	}
	docs := map[string]*loaded{}
	load := func(name string) *loaded {
		if l := docs[name]; l != nil {
			return l
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		c, err := exCleaner(t).Clean(input.Document{Source: name, Text: string(b)})
		if err != nil {
			t.Fatal(err)
		}
		d, err := newDoc(testExtractor(t), c)
		if err != nil {
			t.Fatal(err)
		}
		segment.Annotate(d.Doc)
		l := &loaded{v: view(extractText(t, string(b))), d: d}
		docs[name] = l
		return l
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		for len(col) < 5 {
			col = append(col, "")
		}
		l := load(col[0])
		switch col[1] {
		case "rel", "!rel":
			got := len(l.v.rels(graph.RelType(col[2]), col[3], col[4])) > 0
			if got != (col[1] == "rel") {
				t.Errorf("%s: %s %s %s -> %q: found=%v", col[0], col[1], col[2], col[3], col[4], got)
			}
		case "unit":
			found := false
			for _, st := range l.d.Sents {
				if !strings.Contains(st.S.Text, col[2]) {
					continue
				}
				found = true
				if st.Unit.Rule != col[3] || col[4] != "*" && st.Unit.Label != col[4] {
					t.Errorf("%s: %q: unit %s [%s], want %s [%s]", col[0], col[2], st.Unit.Rule, st.Unit.Label, col[3], col[4])
				}
			}
			if !found {
				t.Errorf("%s: no sentence holds %q", col[0], col[2])
			}
		default:
			t.Fatalf("gold.tsv: bad line %q", line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
