// Package wordnet reads the WordNet 3.0 database files (wndb(5WN): data.POS, index.POS) that the
// generators of data/ (cmd/claimgraph-cues, tools/wordnetclass) turn into word classes.
package wordnet

import (
	"bufio"
	"os"
	"strings"
)

// EachLine calls f with every entry line of the WordNet database file at path and its 1-based
// line number in the file, skipping the licence header (its lines start with spaces; no entry
// line does). Lines may be up to 1 MiB (a data.noun synset with many pointers is long). It stops
// at f's first error and returns it, or the file's.
func EachLine(path string, f func(n int, line string) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		if strings.HasPrefix(l, " ") {
			continue
		}
		if err := f(n, l); err != nil {
			return err
		}
	}
	return sc.Err()
}
