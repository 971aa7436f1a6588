package graph

import (
	"errors"
	"fmt"
)

// MinFreeBytes is the free space MergeArticle requires on the store's file system before it
// writes. Badger memory-maps its memtable and value-log files and grows them sparsely; when the
// disk fills under a mapping the process dies of SIGBUS, which no error return can report. A
// write is therefore refused while less than this much remains: 128 MiB covers a value-log file
// (64 MiB, see DefaultOptions), a memtable's write-ahead log (16 MiB) and the table it flushes to.
const MinFreeBytes = 128 << 20

// ErrDiskFull is returned by MergeArticle when the store's file system has less than MinFreeBytes
// free. Nothing is written; the store stays readable.
var ErrDiskFull = errors.New("graph: not enough free disk space")

// checkFreeSpace returns ErrDiskFull (wrapped, naming the directory) when dir's file system is
// nearly full. In-memory stores have no directory and always pass.
func (s *Store) checkFreeSpace() error {
	if s.opts.InMemory || s.opts.Dir == "" {
		return nil
	}
	free, err := freeBytes(s.opts.Dir)
	if err != nil {
		return err
	}
	if free < MinFreeBytes {
		return fmt.Errorf("store %s: %w (%d MiB free, %d MiB needed to write safely)", s.opts.Dir, ErrDiskFull, free>>20, MinFreeBytes>>20)
	}
	return nil
}
