package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimgraph/claimgraph/export"
)

// outputFile is a file a command writes its output to: written under a temporary name in the
// same folder and renamed over path only once complete, so an interrupted export leaves no half
// file and an overwritten one stays whole until the new one is ready.
type outputFile struct {
	*os.File
	path string
}

// createOutput checks path and creates its temporary file. It refuses a path inside the store
// directory db, where the export would overwrite or corrupt the store's own files (issue 16): a
// usage error (exit 2), since the two flags contradict each other. An existing folder, and an
// existing file unless force is set, are runtime refusals (exit 1, new-user trial 27): the command
// line is valid, the file system is not as it expects; the message names the path and what to do.
func createOutput(db, path string, force bool) (*outputFile, error) {
	abs, err := realPath(path)
	if err != nil {
		return nil, fmt.Errorf("-o %s: %w", path, err)
	}
	store, err := realPath(db)
	if err == nil && (abs == store || strings.HasPrefix(abs, store+string(filepath.Separator))) {
		return nil, usagef("-o %s is inside the store directory %s: write the export elsewhere", path, db)
	}
	if st, err := os.Stat(abs); err == nil {
		if st.IsDir() {
			return nil, fmt.Errorf("-o %s is an existing folder: this format writes one file; name a new file (in that folder or elsewhere)", path)
		}
		if !force {
			return nil, fmt.Errorf("-o %s exists: give --force to overwrite it, or name a new file", path)
		}
	}
	f, err := os.CreateTemp(filepath.Dir(abs), "."+filepath.Base(abs)+".tmp*")
	if err != nil {
		return nil, fmt.Errorf("-o %s: %w", path, err)
	}
	// CreateTemp makes the file 0600 (a temporary file is private); the export it becomes is an
	// ordinary file, with the mode os.Create gives the CSV tables (new-user trial 29, finding 18)
	if err := f.Chmod(newFileMode); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, fmt.Errorf("-o %s: %w", path, err)
	}
	return &outputFile{File: f, path: abs}, nil
}

// Commit closes the file and moves it to its path.
func (o *outputFile) Commit() error {
	if err := o.File.Close(); err != nil {
		os.Remove(o.Name())
		return fmt.Errorf("-o %s: %w", o.path, err)
	}
	if err := os.Rename(o.Name(), o.path); err != nil {
		os.Remove(o.Name())
		return fmt.Errorf("-o %s: %w", o.path, err)
	}
	return nil
}

// Abort closes and removes the temporary file; after Commit it does nothing.
func (o *outputFile) Abort() {
	if o.File.Close() == nil {
		os.Remove(o.Name())
	}
}

// realPath is p made absolute with the symbolic links of its folder (and of p itself, when it
// exists) resolved, so two names of one place compare equal.
func realPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r, nil
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return abs, nil
	}
	return filepath.Join(dir, filepath.Base(abs)), nil
}

// checkCSVDir checks the folder a CSV export writes its tables into: never the store directory
// or inside it (usage error, exit 2: the flags contradict each other); a file, or a folder that
// already holds the tables unless force is set, is a runtime refusal (exit 1, new-user trial 27:
// the command line is valid) whose message names the path and what to do.
func checkCSVDir(db, dir string, force bool) error {
	abs, err := realPath(dir)
	if err != nil {
		return fmt.Errorf("-o %s: %w", dir, err)
	}
	store, err := realPath(db)
	if err == nil && (abs == store || strings.HasPrefix(abs, store+string(filepath.Separator))) {
		return usagef("-o %s is inside the store directory %s: write the export elsewhere", dir, db)
	}
	if st, err := os.Stat(abs); err == nil && !st.IsDir() {
		return fmt.Errorf("-o %s is an existing file: CSV tables go into a folder; name a new folder (or a .zip)", dir)
	}
	if !force {
		for _, name := range export.CSVFiles {
			if _, err := os.Stat(filepath.Join(abs, name)); err == nil {
				return fmt.Errorf("-o %s already holds %s: give --force to overwrite the tables, or name a new folder", dir, name)
			}
		}
	}
	return nil
}
