package lexicon

import (
	"testing"

	"github.com/claimgraph/claimgraph/data"
)

// BenchmarkLoad measures building the tables from the embedded files (once per process).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Load(data.FS); err != nil {
			b.Fatal(err)
		}
	}
}
