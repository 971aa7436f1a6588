package graph

import (
	"crypto/rand"
	"fmt"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"golang.org/x/sys/unix"
)

// residentStoreBytes sums the resident pages of the store's mapped .sst and .vlog files.
func residentStoreBytes(t *testing.T, dir string) int64 {
	t.Helper()
	var n int64
	for _, r := range storeRegions(dir + "/") {
		n += r.rss
	}
	return n
}

// TestResidentFilesBounded writes ~24 MiB of incompressible values into tables, reads them all
// back (which maps every page of every table into the process), and checks that the trimmer
// brings the resident pages of the store's files under the bound while the data stays readable.
func TestResidentFilesBounded(t *testing.T) {
	if fileRSS() < 0 {
		t.Skip("no /proc/self/status")
	}
	if page, err := unix.Mmap(-1, 0, 4096, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_ANON|unix.MAP_PRIVATE); err == nil {
		err := unix.Madvise(page, unix.MADV_PAGEOUT)
		unix.Munmap(page)
		if err == unix.EINVAL {
			t.Skip("kernel without madvise(MADV_PAGEOUT) (Linux < 5.4): the bound is not enforced there")
		}
	}
	dir := t.TempDir()
	const budget = 4 << 20
	// No trimmer from Open: the test starts one itself once the pages are resident.
	s, err := Open(DefaultOptions(dir).WithLogger(quiet).WithResidentFiles(0))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	val := make([]byte, 4<<10)
	const n = 6000
	wb := s.db.NewWriteBatch()
	for i := 0; i < n; i++ {
		rand.Read(val)
		if err := wb.Set([]byte(fmt.Sprintf("test/%06d", i)), append([]byte(nil), val...)); err != nil {
			t.Fatal(err)
		}
	}
	if err := wb.Flush(); err != nil {
		t.Fatal(err)
	}
	readAll := func() int {
		count := 0
		err := s.db.View(func(txn *badger.Txn) error {
			it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: []byte("test/")})
			defer it.Close()
			for it.Rewind(); it.Valid(); it.Next() {
				if err := it.Item().Value(func(v []byte) error {
					if len(v) != len(val) {
						return fmt.Errorf("value of %d bytes", len(v))
					}
					return nil
				}); err != nil {
					return err
				}
				count++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return count
	}
	// Closing flushes the memtables into tables; reading after reopening touches every page.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(DefaultOptions(dir).WithLogger(quiet).WithResidentFiles(0)); err != nil {
		t.Fatal(err)
	}
	readAll()
	if got := residentStoreBytes(t, dir); got < 4*budget {
		t.Fatalf("only %d bytes of the store's files resident after reading them all; the test needs > %d", got, 4*budget)
	}
	stop, done := make(chan struct{}), make(chan struct{})
	go trimResidency(dir, budget, stop, done, quiet)
	defer func() { close(stop); <-done }()
	deadline := time.Now().Add(10 * time.Second)
	for residentStoreBytes(t, dir) > budget {
		if time.Now().After(deadline) {
			t.Fatalf("store files still hold %d resident bytes after 10 s; bound %d", residentStoreBytes(t, dir), budget)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if got := readAll(); got != n {
		t.Fatalf("read %d values after trimming, want %d", got, n)
	}
}
