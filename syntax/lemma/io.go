package lemma

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// The data file is UTF-8 text, one entry per line, tab-separated; lines starting with "#" are
// comments:
//
//	x <form lower-cased> <XPOS> <lemma>   exception; lemma "=" means the form as written and
//	                                      "~" the form lower-cased
//	k <lemma>                             a known lemma
const header = "# claimgraph lemma data 1: exceptions (x form xpos lemma) and known lemmas (k lemma)\n"

// Save writes the tables in the format above, sorted, so that a retrain diffs line by line.
func (l *Lemmatizer) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(header)
	bw.WriteString("# Learned from UD English EWT (CC BY-SA 4.0); see README.md beside this file.\n")
	for _, k := range sortedKeys(l.except) {
		fmt.Fprintf(bw, "x\t%s\t%s\n", k, l.except[k])
	}
	for _, k := range sortedKeys(l.known) {
		fmt.Fprintf(bw, "k\t%s\n", k)
	}
	return bw.Flush()
}

// SaveFile writes the tables to path, replacing it.
func (l *Lemmatizer) SaveFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("lemma: %w", err)
	}
	if err := l.Save(f); err != nil {
		f.Close()
		return fmt.Errorf("lemma: writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("lemma: writing %s: %w", path, err)
	}
	return nil
}

// Load reads tables written by Save. name (a file name or "") prefixes errors, which give the
// 1-based line number of a malformed line.
func Load(r io.Reader, name string) (*Lemmatizer, error) {
	if name == "" {
		name = "lemma data"
	}
	l := &Lemmatizer{except: map[string]string{}, known: map[string]bool{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	sawHeader := false
	for sc.Scan() {
		n++
		line := sc.Text()
		if n == 1 {
			if line+"\n" != header {
				return nil, fmt.Errorf("lemma: %s:1: not a claimgraph lemma data file", name)
			}
			sawHeader = true
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case f[0] == "x" && len(f) == 4 && f[1] != "" && f[3] != "":
			l.except[f[1]+"\t"+f[2]] = f[3]
		case f[0] == "k" && len(f) == 2 && f[1] != "":
			l.known[f[1]] = true
		default:
			return nil, fmt.Errorf("lemma: %s:%d: malformed line %q", name, n, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lemma: %s: %w", name, err)
	}
	if !sawHeader {
		return nil, fmt.Errorf("lemma: %s: empty input", name)
	}
	return l, nil
}
