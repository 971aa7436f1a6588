package graph

import (
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// crashMemTable makes the big articles of the crash test overflow one transaction, so that
// MergeArticle writes each in several and a kill can land between them.
const crashMemTable = 1 << 20

// crashArticle is the i-th article of the crash test: large, and sharing its actor and most
// policies with the others, so a half-written article leaves evidence in shared relations.
func crashArticle(i int) *ArticleGraph {
	b := bigArticle(fmt.Sprintf("https://example.com/crash/%d", i))
	b.g.Article.Text += fmt.Sprintf(" Article %d.", i)
	b.rel(Demands, b.actor(Person, fmt.Sprintf("Speaker Number%d", i)), b.policy("measure number 000"), 200, "demanded", 0.5, false)
	return b.g
}

// TestCrashChild is the process TestCrashMidLoad kills: it loads crash articles until killed.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv("GRAPH_CRASH_DIR")
	if dir == "" {
		t.Skip("run by TestCrashMidLoad")
	}
	s, err := Open(DefaultOptions(dir).WithMemTableSize(crashMemTable).WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		if i == 2 {
			fmt.Println("loading") // the parent kills after this
		}
		if _, err := s.MergeArticle(ctx, crashArticle(i)); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCrashMidLoad kills a process while it merges articles written in several transactions, then
// checks that the store opens and answers, that its indexes are consistent, and that merging the
// same articles again gives exactly the store a clean load gives.
func TestCrashMidLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := filepath.Join(t.TempDir(), "store")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.v")
	cmd.Env = append(os.Environ(), "GRAPH_CRASH_DIR="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4096)
	for seen := ""; ; {
		n, err := out.Read(buf)
		seen += string(buf[:n])
		if err != nil {
			t.Fatalf("child ended before loading: %v\n%s", err, seen)
		}
		if strings.Contains(seen, "loading") {
			break
		}
	}
	time.Sleep(150 * time.Millisecond)
	cmd.Process.Kill()
	cmd.Wait()

	s, err := Open(DefaultOptions(dir).WithMemTableSize(crashMemTable).WithLogger(quiet))
	if err != nil {
		t.Fatalf("store does not open after a crash: %v", err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	checkIntegrity(t, s)
	loaded := st.Articles
	var partial bool
	s.db.View(func(txn *badger.Txn) error {
		partial = hasFacts(txn, crashArticle(loaded).Article.ID)
		return nil
	})
	t.Logf("killed after %d complete articles; next one half written: %v", loaded, partial)

	clean := openTest(t)
	for i := range loaded + 1 {
		res, err := s.MergeArticle(ctx, crashArticle(i))
		if err != nil {
			t.Fatal(err)
		}
		if i < loaded && !res.Skipped {
			t.Errorf("complete article %d was loaded again", i)
		}
		mustMerge(t, clean, crashArticle(i))
	}
	checkIntegrity(t, s)
	if got, want := dump(t, s), dump(t, clean); !maps.Equal(got, want) {
		t.Errorf("store after crash and reload differs from a clean load (%d vs %d keys)", len(got), len(want))
	}
}
