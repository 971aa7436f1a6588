package main

import (
	"fmt"
	"os"
	"sync"
	"testing"
)

// The binary the subprocess tests run (kill -9, signals, a filling disk, serve): built once,
// on first use (buildBinary), into binDir, which TestMain removes at the end.
var (
	binDir  string
	binOnce sync.Once
	binPath string
	binErr  error
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "claimgraph-test-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
