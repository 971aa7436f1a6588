package graph

import (
	"bufio"
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// residencyInterval is how often the trimmer looks at the process's file-backed memory. Reading
// /proc/self/status costs a few microseconds; /proc/self/smaps is parsed only when over budget.
const residencyInterval = 500 * time.Millisecond

// mappedRegion is one mapping of a store file in /proc/self/smaps.
type mappedRegion struct {
	start, end uintptr
	path       string
	rss        int64 // resident bytes
}

// trimResidency keeps the resident pages of the store's mapped files (Badger maps every table
// and value-log file, and the pages it writes or reads stay in the process's RSS until the file is
// closed) under budget bytes. When over, it asks the kernel to reclaim the pages of the largest
// mappings with madvise(MADV_PAGEOUT) (Linux 5.4+) until they are under budget/2.
//
// MADV_PAGEOUT is reclaim, not discard: a page the process touches again is read back from the
// file, dirty pages are written first, and advice on a range that Badger unmapped (and the address
// space reused) in the meantime can at worst reclaim an unrelated page. That makes the race with
// Badger's own mmap/munmap harmless, which MADV_DONTNEED would not be. Kernels without
// MADV_PAGEOUT return EINVAL; the trimmer then logs once and stops.
func trimResidency(dir string, budget int64, stop <-chan struct{}, done chan<- struct{}, log *slog.Logger) {
	defer close(done)
	abs, err := filepath.Abs(dir)
	if err != nil {
		return
	}
	prefix := abs + string(filepath.Separator)
	t := time.NewTicker(residencyInterval)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		// RssFile counts every file-backed page, the program's own text included; only when it
		// exceeds the budget is there anything of the store's worth looking at.
		if fileRSS() <= budget {
			continue
		}
		regions := storeRegions(prefix)
		var total int64
		for _, r := range regions {
			total += r.rss
		}
		if total <= budget {
			continue
		}
		sort.Slice(regions, func(i, j int) bool { return regions[i].rss > regions[j].rss })
		for _, r := range regions {
			if total <= budget/2 {
				break
			}
			_, _, errno := unix.Syscall(unix.SYS_MADVISE, r.start, r.end-r.start, unix.MADV_PAGEOUT)
			switch errno {
			case 0:
				total -= r.rss
			case unix.EINVAL:
				log.Warn("store: kernel lacks madvise(MADV_PAGEOUT); mapped store files stay resident", "dir", dir)
				return
			default:
				// ENOMEM: Badger unmapped the file (a compacted table) after smaps was read.
			}
		}
	}
}

// fileRSS returns the RssFile of /proc/self/status in bytes, or -1 when it cannot be read.
func fileRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range bytes.Split(b, []byte("\n")) {
		if v, ok := bytes.CutPrefix(line, []byte("RssFile:")); ok {
			return parseKB(string(v))
		}
	}
	return -1
}

// storeRegions returns the mappings of files under prefix (Badger's .sst tables and .vlog value
// logs; memtable WALs are bounded by the memtable count and constantly dirty, so they are left)
// with their resident bytes, from /proc/self/smaps.
func storeRegions(prefix string) []mappedRegion {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []mappedRegion
	cur := -1
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "Rss:"); ok {
			if cur >= 0 {
				out[cur].rss = parseKB(v)
			}
			continue
		}
		// A mapping header: "start-end perms offset dev inode   path". Field lines start with a
		// capitalised name and a colon, headers with a hex address.
		fields := strings.Fields(line)
		if len(fields) < 5 || !strings.Contains(fields[0], "-") || strings.HasSuffix(fields[0], ":") {
			continue
		}
		cur = -1
		if len(fields) < 6 {
			continue
		}
		path := strings.Join(fields[5:], " ")
		if !strings.HasPrefix(path, prefix) || !(strings.HasSuffix(path, ".sst") || strings.HasSuffix(path, ".vlog")) {
			continue
		}
		lo, hi, ok := strings.Cut(fields[0], "-")
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		if err1 != nil || err2 != nil || end <= start {
			continue
		}
		out = append(out, mappedRegion{start: uintptr(start), end: uintptr(end), path: path})
		cur = len(out) - 1
	}
	return out
}

// parseKB parses a /proc value such as "  1234 kB" into bytes; -1 when unreadable.
func parseKB(s string) int64 {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "kB"))
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return -1
	}
	return n << 10
}
