package graph

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// preallocate gives the store's memory-mapped write-ahead logs (*.mem) and value logs (*.vlog)
// real blocks for their whole length. Badger creates them as sparse files and writes through
// mappings; a write that lands on a hole when the disk is full kills the process with SIGBUS.
// Allocated up front, those writes cannot fail. It returns syscall.ENOSPC when the space is not
// there (the watchdog then stops writes). Files already allocated cost a stat each.
func preallocate(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".mem") && !strings.HasSuffix(name, ".vlog") {
			continue
		}
		p := filepath.Join(dir, name)
		var st syscall.Stat_t
		if err := syscall.Stat(p, &st); err != nil || st.Blocks*512 >= st.Size {
			continue
		}
		f, err := os.OpenFile(p, os.O_RDWR, 0)
		if err != nil {
			continue // removed meanwhile (a rotated memtable)
		}
		err = unix.Fallocate(int(f.Fd()), 0, 0, st.Size)
		f.Close()
		if errors.Is(err, syscall.ENOSPC) {
			return err
		}
	}
	return nil
}
