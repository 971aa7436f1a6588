//go:build !unix

package main

import "os"

// newFileMode is the mode os.Create gives a new file (no umask on this system).
var newFileMode os.FileMode = 0o666
