package loader

import (
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/data"
)

// TestExtractScalesLinearly guards against quadratic coreference: forty copies of the sample article
// must take well under forty squared times one copy (here: under 80 times, with slack for noise).
func TestExtractScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("timing check")
	}
	b, err := data.FS.ReadFile(data.SamplePath)
	if err != nil {
		t.Fatal(err)
	}
	one, err := exCleaner(t).Clean(Document{Source: "one", Text: string(b)})
	if err != nil {
		t.Fatal(err)
	}
	many, err := exCleaner(t).Clean(Document{Source: "many", Text: strings.Repeat(string(b)+"\n\n", 40)})
	if err != nil {
		t.Fatal(err)
	}
	x := testExtractor(t)
	x.Extract(one) // warm up
	t0 := time.Now()
	for i := 0; i < 5; i++ {
		if _, err := x.Extract(one); err != nil {
			t.Fatal(err)
		}
	}
	d1 := time.Since(t0) / 5
	t0 = time.Now()
	if _, err := x.Extract(many); err != nil {
		t.Fatal(err)
	}
	d40 := time.Since(t0)
	t.Logf("1 copy %v, 40 copies %v (%.1fx)", d1, d40, float64(d40)/float64(d1))
	if d40 > 80*d1+200*time.Millisecond {
		t.Errorf("40 copies took %v, one %v: extraction is not linear", d40, d1)
	}
}
