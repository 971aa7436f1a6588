// Package hugepages copies the large weight tables of the embedded tagger and parser into memory
// backed by transparent huge pages (2 MiB on x86-64) where the kernel offers them. Scoring reads
// those tables (about 16 MB together) at random, one or two cache lines per feature: with 4 KiB
// pages nearly every read also misses the TLB, and a page walk costs more inside a virtual
// machine (nested page tables). With huge pages the tables take ten TLB entries instead of
// thousands. Linux backs anonymous memory with huge pages only where the process asks for them
// (madvise(MADV_HUGEPAGE), the usual setting of /sys/kernel/mm/transparent_hugepage/enabled),
// and the Go runtime does not ask for its heap (Go 1.21.1 and later).
//
// Memory from Copy is never given back: it is for tables that live as long as the process (the
// models that syntax.Default loads once). It must hold no pointers (the collector does not
// scan it).
package hugepages

import "unsafe"

// hugePage is the size of a transparent huge page on x86-64 and arm64 with 4 KiB pages.
const hugePage = 2 << 20

// minBytes is the smallest table worth moving: below a huge page nothing is gained.
const minBytes = hugePage

// Copy returns a copy of s in memory advised for huge pages, or s itself where that is not
// available (another OS, a failed mmap or madvise, or s smaller than a huge page). T must hold
// no pointers.
func Copy[T any](s []T) []T {
	size := len(s) * int(unsafe.Sizeof(*new(T)))
	if size < minBytes {
		return s
	}
	b := alloc(size)
	if b == nil {
		return s
	}
	c := unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), len(s))
	copy(c, s)
	return c
}
