// Package conllu reads and writes CoNLL-U, the Universal Dependencies file
// format (https://universaldependencies.org/format.html).
//
// A file is a sequence of sentences separated by blank lines. Each sentence
// has comment lines ("# key = value"), then one line per word with ten
// tab-separated columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC.
// Two other kinds of line may appear among the words:
//   - multiword-token lines ("2-3  don't  _ …") give the surface form of a
//     range of words; they are kept verbatim and written back in place;
//   - empty-node lines ("8.1 …", enhanced dependencies only) are skipped:
//     basic trees never refer to them.
//
// Reading then writing a file without empty nodes gives back the same bytes
// (modulo a trailing newline at end of file).
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word (a line whose ID is an integer). Unknown
// values are "_" as in the file; Head is 0 for the root and -1 when the
// column is "_" (unannotated).
type Word struct {
	ID     int // 1-based position in the sentence
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 = root, -1 = unknown ("_")
	DepRel string
	Deps   string
	Misc   string
}

// MultiWord is a multiword-token line: the surface token covering words
// First..Last (inclusive, 1-based), e.g. "don't" over "do" "n't".
type MultiWord struct {
	First, Last int
	Form        string
	// Line is the whole line as read (without the newline); Write emits it
	// verbatim so that MISC (SpaceAfter=No) and other columns survive.
	Line string
}

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	Comments   []string    // comment lines, each including the leading "#"
	Words      []Word      // Words[i].ID == i+1
	MultiWords []MultiWord // in file order
}

// Text returns the value of the "# text = …" comment, or "" when absent.
func (s *Sentence) Text() string {
	for _, c := range s.Comments {
		if v, ok := strings.CutPrefix(c, "# text = "); ok {
			return v
		}
	}
	return ""
}

// SentID returns the value of the "# sent_id = …" comment, or "".
func (s *Sentence) SentID() string {
	for _, c := range s.Comments {
		if v, ok := strings.CutPrefix(c, "# sent_id = "); ok {
			return v
		}
	}
	return ""
}

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	name string // for error messages
	line int
}

// NewReader returns a Reader over r; name (a file name, or "" for none)
// prefixes error messages.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	if name == "" {
		name = "conllu"
	}
	return &Reader{sc: sc, name: name}
}

// Next returns the next sentence, or io.EOF after the last one. Errors name
// the input and the 1-based line number: a word line without ten columns,
// a non-numeric ID or HEAD, or word IDs out of sequence.
func (r *Reader) Next() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if line == "" {
			if s != nil {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if line[0] == '#' {
			s.Comments = append(s.Comments, line)
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return nil, r.errorf("want 10 tab-separated columns, got %d", len(cols))
		}
		id := cols[0]
		if strings.IndexByte(id, '.') >= 0 {
			continue // empty node: enhanced graph only
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || first < 1 || last < first {
				return nil, r.errorf("bad multiword-token range %q", id)
			}
			s.MultiWords = append(s.MultiWords, MultiWord{First: first, Last: last, Form: cols[1], Line: line})
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil {
			return nil, r.errorf("bad word ID %q", id)
		}
		if n != len(s.Words)+1 {
			return nil, r.errorf("word ID %d out of sequence (want %d)", n, len(s.Words)+1)
		}
		head := -1
		if cols[6] != "_" {
			head, err = strconv.Atoi(cols[6])
			if err != nil || head < 0 {
				return nil, r.errorf("bad HEAD %q", cols[6])
			}
		}
		s.Words = append(s.Words, Word{
			ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Feats: cols[5], Head: head, DepRel: cols[7], Deps: cols[8], Misc: cols[9],
		})
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: line %d: %w", r.name, r.line, err)
	}
	if s != nil {
		return s, nil
	}
	return nil, io.EOF
}

func (r *Reader) errorf(format string, args ...any) error {
	return fmt.Errorf("%s: line %d: %s", r.name, r.line, fmt.Sprintf(format, args...))
}

// ReadAll reads every sentence of r, checking that heads point inside their
// sentence.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	rd := NewReader(r, name)
	var out []*Sentence
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		for _, w := range s.Words {
			if w.Head > len(s.Words) {
				return nil, fmt.Errorf("%s: sentence %d (%s): word %d has head %d beyond the sentence", rd.name, len(out)+1, s.SentID(), w.ID, w.Head)
			}
		}
		out = append(out, s)
	}
}

// ReadFile reads every sentence of the named file.
func ReadFile(path string) ([]*Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadAll(f, path)
}

// Write writes one sentence followed by a blank line. Multiword-token lines
// are written verbatim just before their first word.
func Write(w io.Writer, s *Sentence) error {
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriter(w)
	}
	for _, c := range s.Comments {
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	mw := 0
	for i := range s.Words {
		wd := &s.Words[i]
		for mw < len(s.MultiWords) && s.MultiWords[mw].First <= wd.ID {
			bw.WriteString(s.MultiWords[mw].Line)
			bw.WriteByte('\n')
			mw++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		for j, col := range [...]string{strconv.Itoa(wd.ID), wd.Form, wd.Lemma, wd.UPOS, wd.XPOS, wd.Feats, head, wd.DepRel, wd.Deps, wd.Misc} {
			if j > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(blank(col))
		}
		bw.WriteByte('\n')
	}
	for ; mw < len(s.MultiWords); mw++ {
		bw.WriteString(s.MultiWords[mw].Line)
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
	if !ok {
		return bw.Flush()
	}
	return nil
}

// WriteAll writes the sentences in order.
func WriteAll(w io.Writer, ss []*Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range ss {
		if err := Write(bw, s); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// blank returns "_" for an empty column, which CoNLL-U does not allow.
func blank(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
