//go:build unix

package main

import (
	"os"
	"syscall"
)

// newFileMode is the mode os.Create gives a new file here: 0666 less the process umask. It is
// read once, before main starts any goroutine, because reading the umask means setting it.
var newFileMode = func() os.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return 0o666 &^ os.FileMode(m)
}()
