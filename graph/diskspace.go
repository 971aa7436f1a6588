package graph

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// MinFreeBytes is the free space the store requires on its file system to write (the default of
// Options.MinFreeBytes). Badger memory-maps its memtable and value-log files and grows them
// sparsely; when the disk fills under a mapping the process dies of SIGBUS, which no error
// return can report. A write is therefore refused while less than this much remains: 128 MiB
// covers a value-log file (64 MiB, see DefaultOptions), a memtable's write-ahead log (16 MiB)
// and the table it flushes to at Close.
const MinFreeBytes = 128 << 20

// diskPoll is how often the disk watchdog measures free space while the store is open for
// writing. At 50 ms another process must write faster than 2.5 GB/s to take the last 128 MiB
// between two looks.
const diskPoll = 50 * time.Millisecond

// ErrDiskFull is returned by MergeArticle when the store's file system has
// less than Options.MinFreeBytes free, before the write or (the watchdog) between the
// transactions of a large article. What was committed stays; the store stays readable, and the
// article is merged whole by the next MergeArticle of it.
var ErrDiskFull = errors.New("graph: not enough free disk space")

// diskWatch is the free-space watchdog of a writable store on disk: a goroutine measures free
// space every diskPoll and, below the minimum, cancels ctx with the ErrDiskFull error as its
// cause; writes run under contexts tied to it (writeContext). Space coming back re-arms it.
type diskWatch struct {
	dir      string
	min      uint64
	free     func(string) (uint64, error)
	prealloc func(string) error // preallocate, or nil (tests with an injected free space)

	mu     sync.Mutex
	ctx    context.Context // cancelled (cause: *diskFullError) while the disk is full
	cancel context.CancelCauseFunc
}

func newDiskWatch(dir string, min uint64, free func(string) (uint64, error)) *diskWatch {
	w := &diskWatch{dir: dir, min: min, free: free}
	w.ctx, w.cancel = context.WithCancelCause(context.Background())
	return w
}

// check measures free space now, trips or re-arms the watchdog, and returns the ErrDiskFull
// error when below the minimum. Below four times the minimum it also preallocates the store's
// mapped log files (see preallocate), so that a disk filled by another process faster than the
// watchdog looks cannot take the pages Badger is about to write.
func (w *diskWatch) check() error {
	free, err := w.free(w.dir)
	if err != nil {
		return err
	}
	// A failed preallocation means the next log file cannot be written whatever statfs says: the
	// store is full, and the message keeps the measured figure.
	preallocFailed := free < 4*w.min && w.prealloc != nil && w.prealloc(w.dir) != nil
	w.mu.Lock()
	defer w.mu.Unlock()
	if free < w.min || preallocFailed {
		why := ""
		if preallocFailed && free >= w.min {
			why = ", and the store's next log files could not be allocated"
		}
		err := fmt.Errorf("store %s: %w (%d MiB free%s, %d MiB needed to write safely); free some space and load again", w.dir, ErrDiskFull, free>>20, why, w.min>>20)
		if w.ctx.Err() == nil {
			w.cancel(err)
		}
		return err
	}
	if w.ctx.Err() != nil {
		w.ctx, w.cancel = context.WithCancelCause(context.Background())
	}
	return nil
}

// run polls until stop is closed.
func (w *diskWatch) run(stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(diskPoll)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			_ = w.check()
		}
	}
}

// full reports whether the watchdog is tripped now.
func (w *diskWatch) full() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.ctx.Err() != nil
}

// writeContext returns a context for one write: ctx, also cancelled with the ErrDiskFull error
// as its cause when the watchdog trips. Call stop when the write is over.
func (w *diskWatch) writeContext(ctx context.Context) (context.Context, func()) {
	w.mu.Lock()
	disk := w.ctx
	w.mu.Unlock()
	wctx, cancel := context.WithCancelCause(ctx)
	stopAfter := context.AfterFunc(disk, func() { cancel(context.Cause(disk)) })
	return wctx, func() { stopAfter(); cancel(nil) }
}

// checkFreeSpace returns the ErrDiskFull error (wrapped, naming the directory) when the store's
// file system is nearly full. In-memory and read-only stores always pass.
func (s *Store) checkFreeSpace() error {
	if s.disk == nil {
		return nil
	}
	return s.disk.check()
}

// writeContext is ctx tied to the disk watchdog (see diskWatch.writeContext); ctx itself for
// stores without one.
func (s *Store) writeContext(ctx context.Context) (context.Context, func()) {
	if s.disk == nil {
		return ctx, func() {}
	}
	return s.disk.writeContext(ctx)
}

// diskCause returns the disk watchdog's error when it is why ctx ended, else err.
func diskCause(ctx context.Context, err error) error {
	if err == nil || ctx.Err() == nil {
		return err
	}
	if c := context.Cause(ctx); errors.Is(c, ErrDiskFull) {
		return c
	}
	return err
}
