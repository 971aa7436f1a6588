package loader

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestParseMemoMatchesFreshParse extracts whole documents — every whole-document test text of
// this package and, when present, the shared corpus — with verifyParseMemo set: each time a
// rule is handed a kept parse, the sentence is parsed afresh and the two trees must be equal. A
// caller that wrote into a kept tree, or a parse input changed after the first parse, panics in
// the extraction, which Extract returns as an error. PARSEMEMO_CORPUS names more files to check
// the same way (input.Read: a bench corpus, bench/corpus/gen's JSONL).
func TestParseMemoMatchesFreshParse(t *testing.T) {
	if testing.Short() {
		t.Skip("parses every sentence twice")
	}
	verifyParseMemo = true
	defer func() { verifyParseMemo = false }()
	var files []string
	for _, pat := range []string{"testdata/wholedoc*/*/*.txt", "testdata/wholedoc*/*.txt", corpusDir + "/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	n, hits := 0, verifiedHits
	for _, f := range files {
		if base := filepath.Base(f); base == "gold.txt" || strings.Contains(strings.ToLower(base), "licen") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c, err := exCleaner(t).Clean(input.Document{Source: f, Text: string(b)})
		if err != nil {
			continue // not an article (the cleaner's own error is its tests' business)
		}
		if _, err := testExtractor(t).Extract(c); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		n++
	}
	if extra := os.Getenv("PARSEMEMO_CORPUS"); extra != "" {
		err := input.Read(context.Background(), strings.Fields(extra), nil, func(doc input.Document, err error) error {
			if err != nil {
				return err
			}
			c, err := exCleaner(t).Clean(doc)
			if err != nil {
				return nil
			}
			if _, err := testExtractor(t).Extract(c); err != nil {
				t.Errorf("%s: %v", doc.Source, err)
			}
			n++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 100 {
		t.Fatalf("only %d documents extracted; the test needs the whole-document texts", n)
	}
	if verifiedHits-hits < 50 {
		t.Fatalf("only %d memo hits compared over %d documents", verifiedHits-hits, n)
	}
	t.Logf("%d documents, %d memo hits compared with a fresh parse", n, verifiedHits-hits)
}

// TestParseMemoVerifierCatchesAWrite writes into a kept parse and checks that the verifier
// (verifyParseMemo) sees it, so that TestParseMemoMatchesFreshParse can fail; and that without
// the verifier the memo hands the same tree to a second caller, forced or not.
func TestParseMemoVerifierCatchesAWrite(t *testing.T) {
	d := resolvedDoc(t, input.Document{Source: "test", Text: "The ministry condemned the attack on the embassy on Tuesday.\n"})
	st := d.Sents[0]
	fs, _ := d.parseSentenceFor(st, true)
	if fs == nil || len(fs.toks) < 3 {
		t.Fatalf("no parse: %+v", fs)
	}
	if again, _ := d.parseSentenceFor(st, true); again != fs {
		t.Fatal("the second forced call parsed again")
	}
	if again, tagged := d.parseSentenceFor(st, false); !tagged || again != fs {
		t.Fatalf("the unforced call of a cue sentence: %p tagged %v, want the kept %p", again, tagged, fs)
	}
	fs.toks[1].Head, fs.toks[1].DepRel = 0, "written"
	verifyParseMemo = true
	defer func() { verifyParseMemo = false }()
	defer func() {
		if recover() == nil {
			t.Fatal("a kept parse written into went unnoticed")
		}
	}()
	d.parseSentenceFor(st, true)
}

// TestParseMemoUnforcedThenForced: a sentence with no cue candidate asked unforced is tagged but
// not parsed (nil); asked forced afterwards it is parsed, and that parse is kept.
func TestParseMemoUnforcedThenForced(t *testing.T) {
	d := resolvedDoc(t, input.Document{Source: "test", Text: "The weather in the capital was mild on Tuesday.\n"})
	st := d.Sents[0]
	if fs, tagged := d.parseSentenceFor(st, false); fs != nil || tagged {
		t.Fatalf("unforced: %v %v, want nil, false", fs, tagged)
	}
	fs, tagged := d.parseSentenceFor(st, true)
	if fs == nil || tagged {
		t.Fatalf("forced: %v %v, want a parse, false", fs, tagged)
	}
	if again, _ := d.parseSentenceFor(st, true); again != fs {
		t.Fatal("the forced parse was not kept")
	}
	if again, _ := d.parseSentenceFor(st, false); again != nil {
		t.Fatal("unforced after forced: a sentence with no cue candidate gives nil, as without the memo")
	}
}
