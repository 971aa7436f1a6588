package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// ewtSlice is the committed slice of EWT test (CC BY-SA 4.0, see syntax/testdata/README.md).
const ewtSlice = "../../syntax/testdata/ewt-test-slice.conllu"

// TestParseCoNLLU: CoNLL-U in, CoNLL-U out. The output re-reads; sentences, comments, IDs, forms,
// multiword-token lines and MISC are the input's; every word gets a lemma, tags and a head, the
// heads form one tree per sentence, and the attachment score against the gold heads is far above
// chance (floor well below the model's measured ~0.85; it catches a scrambled output).
func TestParseCoNLLU(t *testing.T) {
	gold, err := conllu.ReadFile(ewtSlice)
	if err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "", "parse", "--conllu", ewtSlice)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got, err := conllu.ReadAll(strings.NewReader(out), "output")
	if err != nil {
		t.Fatalf("output does not re-read: %v", err)
	}
	if len(got) != len(gold) {
		t.Fatalf("%d sentences out, %d in", len(got), len(gold))
	}
	mwt, right, total := 0, 0, 0
	for i, g := range gold {
		s := got[i]
		if strings.Join(s.Comments, "\n") != strings.Join(g.Comments, "\n") {
			t.Errorf("sentence %d: comments changed", i+1)
		}
		if len(s.MultiWords) != len(g.MultiWords) {
			t.Fatalf("sentence %d: %d multiword lines, want %d", i+1, len(s.MultiWords), len(g.MultiWords))
		}
		for k := range g.MultiWords {
			if s.MultiWords[k].Line != g.MultiWords[k].Line {
				t.Errorf("sentence %d: multiword line %q became %q", i+1, g.MultiWords[k].Line, s.MultiWords[k].Line)
			}
			mwt++
		}
		if len(s.Words) != len(g.Words) {
			t.Fatalf("sentence %d: %d words, want %d", i+1, len(s.Words), len(g.Words))
		}
		roots := 0
		for k, w := range s.Words {
			gw := g.Words[k]
			if w.ID != gw.ID || w.Form != gw.Form || w.Misc != gw.Misc {
				t.Errorf("sentence %d word %d: %d %q %q, want %d %q %q", i+1, k+1, w.ID, w.Form, w.Misc, gw.ID, gw.Form, gw.Misc)
			}
			if w.UPOS == "_" || w.XPOS == "_" || w.Lemma == "_" || w.DepRel == "_" || w.Head < 0 || w.Head > len(s.Words) || w.Head == w.ID {
				t.Errorf("sentence %d word %d: incomplete annotation %+v", i+1, k+1, w)
			}
			if w.Head == 0 {
				roots++
			}
			total++
			if w.Head == gw.Head {
				right++
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d: %d roots", i+1, roots)
		}
	}
	if mwt == 0 {
		t.Fatal("the slice should contain multiword tokens")
	}
	uas := float64(right) / float64(total)
	t.Logf("UAS on the slice through the command: %.4f", uas)
	if uas < 0.7 {
		t.Errorf("UAS %.4f below the floor 0.7", uas)
	}
}

// TestParseBeamFlag: --beam 1 (greedy) and --beam 4 both give one tree per sentence with
// heads far above chance on the slice (the floor of TestParseCoNLLU).
func TestParseBeamFlag(t *testing.T) {
	gold, err := conllu.ReadFile(ewtSlice)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"1", "4"} {
		code, out, stderr := runCLI(t, "", "parse", "--beam", k, "--conllu", ewtSlice)
		if code != exitOK {
			t.Fatalf("--beam %s: exit %d: %s", k, code, stderr)
		}
		got, err := conllu.ReadAll(strings.NewReader(out), "output")
		if err != nil || len(got) != len(gold) {
			t.Fatalf("--beam %s: %d sentences, %v", k, len(got), err)
		}
		right, total := 0, 0
		for i, s := range got {
			roots := 0
			for j, w := range s.Words {
				if w.Head == 0 {
					roots++
				}
				if w.Head == gold[i].Words[j].Head {
					right++
				}
				total++
			}
			if roots != 1 {
				t.Errorf("--beam %s sentence %d: %d roots", k, i+1, roots)
			}
		}
		if uas := float64(right) / float64(total); uas < 0.7 {
			t.Errorf("--beam %s: UAS %.4f below the floor 0.7", k, uas)
		}
	}
}

// TestParseText: plain text on standard input; sentences and words follow the loader's splitter
// and UD tokenization, "# text" holds the sentence, contractions become multiword tokens, and
// every TokenRange points at its word (or multiword token) in the input, in code points.
func TestParseText(t *testing.T) {
	in := "“We won’t back down,” said Mr. Smith of the U.S. Treasury.\n\nChina's ministry didn't reply. Officials met in Geneva."
	code, out, stderr := runCLI(t, in, "parse")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	ss, err := conllu.ReadAll(strings.NewReader(out), "output")
	if err != nil {
		t.Fatalf("output does not re-read: %v\n%s", err, out)
	}
	if len(ss) != 3 {
		t.Fatalf("%d sentences, want 3:\n%s", len(ss), out)
	}
	if got := ss[1].Text(); got != "China's ministry didn't reply." {
		t.Errorf("# text = %q", got)
	}
	rs := []rune(in)
	check := func(form, misc string) {
		for _, f := range strings.Split(misc, "|") {
			v, ok := strings.CutPrefix(f, "TokenRange=")
			if !ok {
				continue
			}
			a, b, _ := strings.Cut(v, ":")
			start, err1 := strconv.Atoi(a)
			end, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || start < 0 || end > len(rs) || start >= end || string(rs[start:end]) != form {
				t.Errorf("TokenRange %q of %q does not point at it", v, form)
			}
			return
		}
		t.Errorf("%q has no TokenRange in %q", form, misc)
	}
	var forms []string
	for _, s := range ss {
		for _, m := range s.MultiWords {
			cols := strings.Split(m.Line, "\t")
			check(m.Form, cols[9])
			forms = append(forms, m.Form)
		}
		for _, w := range s.Words {
			check(w.Form, w.Misc)
			if w.UPOS == "" || w.UPOS == "_" || w.DepRel == "_" {
				t.Errorf("word %q not annotated", w.Form)
			}
		}
	}
	if strings.Join(forms, " ") != "won’t China's didn't" {
		t.Errorf("multiword tokens %q", forms)
	}
	w := ss[0].Words
	if w[2].Form != "wo" || w[3].Form != "n’t" {
		t.Errorf("won’t split as %q %q", w[2].Form, w[3].Form)
	}
}

func TestParseErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.conllu")
	if err := os.WriteFile(bad, []byte("# text = x\n1\tx\t_\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// An executable's first bytes, as a user who names the wrong file gives them.
	binary := filepath.Join(dir, "prog.txt")
	if err := os.WriteFile(binary, append([]byte("\x7fELF\x02\x01\x01"), make([]byte, 200)...), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []string
		code int
		msg  []string
	}{
		{"missing text file", []string{"parse", filepath.Join(dir, "nope.txt")}, exitRuntime, []string{"nope.txt"}},
		{"missing conllu file", []string{"parse", "--conllu", filepath.Join(dir, "nope.conllu")}, exitRuntime, []string{"nope.conllu"}},
		{"bad conllu", []string{"parse", "--conllu", bad}, exitRuntime, []string{"bad.conllu", "2"}},
		{"both inputs", []string{"parse", "--conllu", bad, "x.txt"}, exitUsage, []string{"either"}},
		{"two files", []string{"parse", "a.txt", "b.txt"}, exitUsage, nil},
		{"negative beam", []string{"parse", "--beam", "-1", "x.txt"}, exitUsage, []string{"beam"}},
		{"binary file", []string{"parse", binary}, exitRuntime, []string{"prog.txt", "binary content"}},
	} {
		code, _, stderr := runCLI(t, "", c.args...)
		if code != c.code {
			t.Errorf("%s: exit %d, want %d (%s)", c.name, code, c.code, stderr)
		}
		for _, m := range c.msg {
			if !strings.Contains(stderr, m) {
				t.Errorf("%s: stderr %q lacks %q", c.name, stderr, m)
			}
		}
	}
	// Empty input is not an error: no sentences, no output.
	if code, out, stderr := runCLI(t, "  \n", "parse"); code != exitOK || out != "" {
		t.Errorf("blank input: exit %d, output %q, %s", code, out, stderr)
	}
}
