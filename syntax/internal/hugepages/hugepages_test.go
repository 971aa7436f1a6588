package hugepages

import (
	"os"
	"runtime"
	"strings"
	"testing"
	"unsafe"
)

// TestCopy: a copy holds the same values; a small table is left where it is; on Linux a large
// one is moved to memory aligned to a huge page.
func TestCopy(t *testing.T) {
	small := []uint32{1, 2, 3}
	if c := Copy(small); &c[0] != &small[0] {
		t.Errorf("a table smaller than a huge page was copied")
	}
	big := make([]uint64, 3<<20/8)
	for i := range big {
		big[i] = uint64(i) * 0x9e3779b97f4a7c15
	}
	c := Copy(big)
	if len(c) != len(big) {
		t.Fatalf("copy has %d entries, want %d", len(c), len(big))
	}
	for i := range big {
		if c[i] != big[i] {
			t.Fatalf("entry %d: %x, want %x", i, c[i], big[i])
		}
	}
	if runtime.GOOS != "linux" {
		return
	}
	if p := uintptr(unsafe.Pointer(&c[0])); p%hugePage != 0 {
		t.Errorf("copy at %#x, not aligned to a huge page", p)
	}
	// where transparent huge pages are on for advised memory, the copy is backed by them
	// (khugepaged or the fault path may still fall back to small pages under memory pressure,
	// so this is logged, not required)
	if mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled"); err == nil {
		s, _ := os.ReadFile("/proc/self/smaps_rollup")
		for _, l := range strings.Split(string(s), "\n") {
			if strings.HasPrefix(l, "AnonHugePages:") {
				t.Logf("THP mode %s; %s", strings.TrimSpace(string(mode)), l)
			}
		}
	}
}
