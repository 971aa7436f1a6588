//go:build !linux

package graph

import "log/slog"

// trimResidency needs /proc and madvise(MADV_PAGEOUT); elsewhere the store's mapped files stay
// resident as the operating system decides.
func trimResidency(dir string, budget int64, stop <-chan struct{}, done chan<- struct{}, log *slog.Logger) {
	close(done)
}
