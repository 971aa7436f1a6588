package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/claimgraph/claimgraph/text"
)

// ploverTable maps CAMEO codes (and roots) to PLOVER categories, as CAMEO2PLOVER-2021.txt gives
// them ("030: AGREE,  , diplomatic # …"). Roots map too ("03: AGREE"); where a root appears twice
// (08: CONCEDE, 08: RETREAT) the first is kept and the three-digit codes decide.
type ploverTable map[string]string

// parsePlover reads CAMEO2PLOVER-2021.txt. Lines without "code:" are ignored; the "~~~~~" line
// ends the table.
func parsePlover(r io.Reader, name string) (ploverTable, error) {
	t := ploverTable{}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "~~") {
			break
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		code, rest, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok || code == "" || !text.AllDigits(code) {
			continue
		}
		cat := strings.TrimSpace(strings.Split(rest, ",")[0])
		if cat == "" {
			return nil, fmt.Errorf("%s:%d: code %s without a category", name, n, code)
		}
		if _, seen := t[code]; !seen {
			t[code] = cat
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if len(t) == 0 {
		return nil, fmt.Errorf("%s: no codes", name)
	}
	return t, nil
}

// lookup returns the PLOVER category of a CAMEO code by its longest listed prefix, or "-" (CAMEO
// 01 and 02 are not in PLOVER).
func (t ploverTable) lookup(code string) string {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if cat, ok := t[c]; ok {
			return cat
		}
	}
	return "-"
}

// complete fills the "=" columns (future, conditional) from the asserted type and checks that
// every type is one of ours and that the row gives its reason; what names the row in the error
// ("prefix 0211", "line 2991"), name:n is its file and line.
func (row *typeRow) complete(name string, n int, what string) error {
	if row.Future == "=" {
		row.Future = row.Asserted
	}
	if row.Conditional == "=" {
		row.Conditional = row.Asserted
	}
	for _, ty := range []string{row.Asserted, row.Future, row.Conditional} {
		if !relTypes[ty] {
			return fmt.Errorf("%s:%d: unknown relation type %q", name, n, ty)
		}
	}
	if row.Reason == "" {
		return fmt.Errorf("%s:%d: %s has no reason", name, n, what)
	}
	return nil
}

// typeRow is one row of data/frames/cameo-types.txt.
type typeRow struct {
	Prefix                        string
	Asserted, Future, Conditional string // relation type or "-"; "=" already resolved
	Reason                        string
	Line                          int
}

// typeTable is the hand-written CAMEO → relation type table.
type typeTable map[string]typeRow

// relTypes are the relation types a cue may produce (graph.RelType values; the generator does
// not import graph so that the tool stays a plain data converter).
var relTypes = map[string]bool{"OPPOSES": true, "SUPPORTS": true, "OFFERS": true, "DEMANDS": true,
	"THREATENS": true, "SANCTIONS": true, "CITES": true, "-": true}

// parseTypes reads cameo-types.txt: "prefix | asserted | future | conditional | reason", fields
// separated by " | " (a bar between spaces).
func parseTypes(r io.Reader, name string) (typeTable, error) {
	t := typeTable{}
	err := barRecords(r, name, func(n int, f []string) error {
		if len(f) != 5 {
			return fmt.Errorf("%s:%d: want 5 fields (prefix | asserted | future | conditional | reason), got %d", name, n, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		row := typeRow{Prefix: f[0], Asserted: f[1], Future: f[2], Conditional: f[3], Reason: f[4], Line: n}
		code, block, qualified := strings.Cut(row.Prefix, "@")
		if !text.AllDigits(code) || len(code) < 2 || len(code) > 4 || qualified && (block == "" || strings.ToUpper(block) != block) {
			return fmt.Errorf("%s:%d: prefix %q is not a CAMEO code (or code@BLOCK)", name, n, row.Prefix)
		}
		if err := row.complete(name, n, "prefix "+row.Prefix); err != nil {
			return err
		}
		if _, dup := t[row.Prefix]; dup {
			return fmt.Errorf("%s:%d: prefix %s listed twice", name, n, row.Prefix)
		}
		t[row.Prefix] = row
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// barRecords calls fn with the 1-based line number and the " | "-separated fields of every line of
// r that is neither blank nor a '#' comment (the format of every hand-written table in
// data/frames); it stops at fn's first error, or at the reader's, which it prefixes with name.
func barRecords(r io.Reader, name string, fn func(line int, fields []string) error) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(n, strings.Split(line, " | ")); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// lookup returns the row of the longest prefix of code, and false when none matches. A row
// qualified by the entry's verb block ("173@APPREHEND") wins over the unqualified row of the same
// prefix: PETRARCH2 files verbs of different codebook senses under one code (ARREST and SUE are
// both 173), and the block names the sense.
func (t typeTable) lookup(code, block string) (typeRow, bool) {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if row, ok := t[c+"@"+block]; ok && block != "" {
			return row, true
		}
		if row, ok := t[c]; ok {
			return row, true
		}
	}
	return typeRow{}, false
}
