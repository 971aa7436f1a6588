//go:build !linux

package graph

// preallocate is Linux-only (fallocate); elsewhere the free-space checks alone guard writes.
func preallocate(dir string) error { return nil }
