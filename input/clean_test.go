package input

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// corpusDir is the shared corpus of real texts, read in place (PRC-government files must not be
// copied into the repository). Tests that need it skip when it is absent.
const corpusDir = "../../shared/corpus"

var update = flag.Bool("update", false, "rewrite the golden files in testdata/clean")

var (
	sharedCleaner     *Cleaner
	sharedCleanerErr  error
	sharedCleanerOnce sync.Once
)

func testCleaner(t testing.TB) *Cleaner {
	t.Helper()
	sharedCleanerOnce.Do(func() { sharedCleaner, sharedCleanerErr = NewCleaner() })
	if sharedCleanerErr != nil {
		t.Fatal(sharedCleanerErr)
	}
	return sharedCleaner
}

// checkCleanedShape checks the format contract of cleaned text: paragraphs separated by exactly
// one blank line, no empty paragraph, white space collapsed, title first, sentence offsets exact.
func checkCleanedShape(t *testing.T, c *Cleaned) {
	t.Helper()
	text := c.Article.Text
	if text == "" {
		t.Fatal("empty text")
	}
	for i, p := range strings.Split(text, "\n\n") {
		if p == "" || strings.ContainsAny(p, "\n\t\r") || strings.Contains(p, "  ") || strings.TrimSpace(p) != p {
			t.Errorf("paragraph %d badly formed: %q", i, p)
		}
	}
	if c.Article.Title != "" && !strings.HasPrefix(text, c.Article.Title+"\n\n") && text != c.Article.Title {
		t.Errorf("text does not start with the title %q: %.80q", c.Article.Title, text)
	}
	if want := graph.ArticleID(c.Article.URL, text); c.Article.ID != want {
		t.Errorf("ID = %s, want %s", c.Article.ID, want)
	}
	if len(c.Sentences) == 0 {
		t.Error("no sentences")
	}
	checkSentences(t, text, c.Sentences)
}

// furnitureMarks must never survive cleaning of the real inputs.
var furnitureMarks = []string{
	"Advertisement", "SKIP ADVERTISEMENT", "Accessibility links", "Breaking News", "16x9 Image",
	"Credit...", "Order Reprints", "Today’s Paper", "A version of this article appears in print",
	"Follow Keith Bradsher", "contributed reporting", "Read more", "Home >", "Home>", "Copyright",
	"Related News", "Suggest to a friend", "Chinese Embassies", "CV of Foreign Ministry",
	"For Immediate Release", "NOTE: full page text", "<u>", "\\r\\n", "VOA News",
}

// TestCleanCorpus cleans every real input (shared corpus, evaluation articles, sample) and checks
// the format contract and that no page furniture is left.
func TestCleanCorpus(t *testing.T) {
	paths := []string{corpusDir, "../../shared/eval/articles", "../../shared/sample"}
	var have []string
	for _, p := range paths {
		if _, err := os.Stat(p); err == nil {
			have = append(have, p)
		}
	}
	if len(have) == 0 {
		t.Skip("no shared corpus")
	}
	c := testCleaner(t)
	n := 0
	err := Read(context.Background(), have, nil, func(d Document, err error) error {
		if err != nil {
			t.Errorf("read: %v", err)
			return nil
		}
		n++
		t.Run(filepath.Base(d.Source), func(t *testing.T) {
			cl, err := c.Clean(d)
			if err != nil {
				t.Fatal(err)
			}
			checkCleanedShape(t, cl)
			for _, m := range furnitureMarks {
				if strings.Contains(cl.Article.Text, m) {
					t.Errorf("furniture %q left in text", m)
				}
			}
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 5 {
		t.Errorf("read only %d documents", n)
	}
}

func cleanFile(t *testing.T, path string) *Cleaned {
	t.Helper()
	var out *Cleaned
	err := Read(context.Background(), []string{path}, nil, func(d Document, err error) error {
		if err != nil {
			return err
		}
		cl, err := testCleaner(t).Clean(d)
		out = cl
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCleanRealPages checks what each kind of real page must give: headline, authors, date, and
// the first words of the story.
func TestCleanRealPages(t *testing.T) {
	cases := []struct {
		path, title, start, published string
		authors                       []string
		contains, absent              []string
	}{
		{path: "../../shared/sample/china-hard-line-trade-demands.txt",
			title:   "China Is Set to Take a Hard Line on Trump’s Trade Demands",
			start:   "China Is Set to Take a Hard Line on Trump’s Trade Demands\n\nBEIJING — Staking an assertive",
			authors: []string{"Keith Bradsher", "Chris Buckley"},
			absent:  []string{"A container port", "A worker making carbon fiber", "[On other trade fronts", "Image"}},
		{path: "../../shared/eval/articles/004_voa-us-trade-delegation-to-brief-trump-2018-05-04.json",
			title: "US Trade Delegation to Brief Trump After Talks in China", published: "2018-05-04",
			start:  "US Trade Delegation to Brief Trump After Talks in China\n\nThe U.S. and China ended",
			absent: []string{"waves to the media", "USA", "Voice of America provides"}},
		{path: "../../shared/eval/articles/025_state-nauert-china-trade-remarks-2018-03-22.json",
			title: "State Department Spokesperson Heather Nauert, March 22, 2018", published: "2018-03-22",
			start: "State Department Spokesperson Heather Nauert, March 22, 2018\n\nWe have a longstanding"},
		{path: corpusDir + "/005_mfa-presscon-lukang-2018-05-14.txt",
			title:     "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 14, 2018",
			start:     "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 14, 2018\n\nAt the invitation",
			published: "2018-05-14", // from the title
			absent: []string{"Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on August",
				"Español", "Contact us", "Appendix:"}},
		{path: corpusDir + "/005_mfa-presscon-lukang-2018-05-14.html",
			title: "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 14, 2018",
			start: "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 14, 2018\n\nAt the invitation", published: "2018-05-14"},
		{path: corpusDir + "/009_whitehouse-president-statement-trade-china-2018-06-18-TRUNCATED.txt",
			title: "Statement from the President Regarding Trade with China", published: "2018-06-18",
			contains: []string{"\n\nOn Friday, I announced plans for tariffs on $50 billion worth of imports from China. These tariffs"}},
		{path: corpusDir + "/011_whitehouse-pence-hudson-china-policy-2018-10-04-EXCERPT.txt",
			title: "Remarks by Vice President Pence on the Administration’s Policy Toward China", published: "2018-10-04",
			contains: []string{"THE VICE PRESIDENT: Thank you, Ken, for that kind introduction. To the Members of the Board"},
			absent:   []string{"Policy Toward\n\n", "11:07"}},
		{path: corpusDir + "/021_whitehouse-geneva-trade-talks-quotes-2025-05-11.txt",
			start: "Secretary of the Treasury Scott Bessent:\n\n“I’m happy to report", published: "2025-05-11", // from the file name
			contains: []string{"\n\nU.S. Trade Representative Ambassador Jamieson Greer:\n\n“This was"}},
		{path: corpusDir + "/014_crs-IF10708-section-301-and-china-2019-06-26-EXCERPT.txt",
			title: "Enforcing U.S. Trade Laws: Section 301 and China", published: "2019-06-26"},
		{path: corpusDir + "/019_whitehouse-factsheet-301-tariffs-china-2024-05-14.txt", published: "2024-05-14",
			contains: []string{"\n\nSteel and Aluminum\n\n", "The previous administration’s trade deal with China failed to increase American exports"}},
		{path: corpusDir + "/024_wikinews-netherlands-semiconductor-export-curbs-2023-03-10.html",
			start: "Dutch trade minister Liesje Schreinemacher wrote lawmakers yesterday", published: "2023-03-10",
			contains: []string{"\"on national security grounds\".\n\nHer letter"}},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.path), func(t *testing.T) {
			if _, err := os.Stat(c.path); err != nil {
				t.Skip("absent")
			}
			cl := cleanFile(t, c.path)
			checkCleanedShape(t, cl)
			a := cl.Article
			if a.Title != c.title {
				t.Errorf("Title = %q, want %q", a.Title, c.title)
			}
			if c.start != "" && !strings.HasPrefix(a.Text, c.start) {
				t.Errorf("text starts %.120q, want %q", a.Text, c.start)
			}
			if a.PublishedAt != c.published {
				t.Errorf("PublishedAt = %q, want %q", a.PublishedAt, c.published)
			}
			if c.authors != nil && !reflect.DeepEqual(a.Authors, c.authors) {
				t.Errorf("Authors = %q, want %q", a.Authors, c.authors)
			}
			for _, s := range c.contains {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q", s)
				}
			}
			for _, s := range c.absent {
				if strings.Contains(a.Text, s) {
					t.Errorf("text keeps %q", s)
				}
			}
		})
	}
}
