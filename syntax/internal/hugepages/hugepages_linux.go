package hugepages

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// alloc maps size bytes (rounded up to whole huge pages) of anonymous memory aligned to a huge
// page and advised MADV_HUGEPAGE before any page is touched, so that the first write faults in
// huge pages; nil if the kernel refuses either call.
func alloc(size int) []byte {
	n := (size + hugePage - 1) &^ (hugePage - 1)
	b, err := unix.Mmap(-1, 0, n+hugePage, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
	if err != nil {
		return nil
	}
	off := 0
	if p := uintptr(unsafe.Pointer(unsafe.SliceData(b))) % hugePage; p != 0 {
		off = int(hugePage - p)
	}
	// the unaligned head and tail are given back (munmap takes any page-aligned part of a
	// mapping; unix.Munmap only whole mappings it made, so the call is made directly)
	if off > 0 {
		munmap(b[:off])
	}
	if off+n < len(b) {
		munmap(b[off+n:])
	}
	b = b[off : off+n : off+n]
	if err := unix.Madvise(b, unix.MADV_HUGEPAGE); err != nil {
		munmap(b)
		return nil
	}
	return b[:size]
}

// munmap unmaps the pages of b.
func munmap(b []byte) {
	_, _, _ = unix.Syscall(unix.SYS_MUNMAP, uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(len(b)), 0)
}
