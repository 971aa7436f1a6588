package main

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Row overrides (events30b). PETRARCH2 files some verb–object patterns and verbs under a root
// whose codebook definition their meaning contradicts: "REACH * OUT" under 020 "make an appeal
// or request" (reaching out to someone is making contact, no request), "RAISE * &CURRENCY" under
// 0231 "appeal for economic aid" (raising money reports funds collected, no appeal to an actor),
// the bare CAMPAIGN under the DEMAND block's 100 (to campaign is to run a campaign; the block's
// own "CAMPAIGN * (AGAINST)" [110] codes its stance). The hand table cameo-overrides.txt gives
// such an entry, by its CAMEO.2.0.txt line, the types its meaning has, with the codebook
// definition that justifies the change; the generator writes those types in place of the
// code's (cameo-types.txt) and fails on an override naming no verb or pattern line. The CAMEO
// code and PLOVER category stay the dictionary's.

// overrideKey is the typeTable key of an override row (no code prefix starts with '#').
func overrideKey(line int) string { return "#" + strconv.Itoa(line) }

// parseOverrides reads cameo-overrides.txt ("line | asserted | future | conditional | reason")
// into t under overrideKey.
func parseOverrides(r io.Reader, name string, t typeTable) error {
	return barRecords(r, name, func(n int, f []string) error {
		if len(f) != 5 {
			return fmt.Errorf("%s:%d: want 5 fields (line | asserted | future | conditional | reason), got %d", name, n, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		line, err := strconv.Atoi(f[0])
		if err != nil || line <= 0 {
			return fmt.Errorf("%s:%d: %q is not a CAMEO.2.0.txt line number", name, n, f[0])
		}
		row := typeRow{Prefix: f[0], Asserted: f[1], Future: f[2], Conditional: f[3], Reason: f[4], Line: n}
		if err := row.complete(name, n, fmt.Sprintf("line %d", line)); err != nil {
			return err
		}
		k := overrideKey(line)
		if _, dup := t[k]; dup {
			return fmt.Errorf("%s:%d: line %d listed twice", name, n, line)
		}
		t[k] = row
		return nil
	})
}

// override returns the types of an overridden entry at CAMEO.2.0.txt line, marking it used.
func (t typeTable) override(line int, used map[int]bool, types [3]string) [3]string {
	row, ok := t[overrideKey(line)]
	if !ok {
		return types
	}
	used[line] = true
	return [3]string{row.Asserted, row.Future, row.Conditional}
}

// unusedOverrides reports the override rows that named no verb or pattern line.
func (t typeTable) unusedOverrides(used map[int]bool) error {
	var bad []string
	for k := range t {
		if l, ok := strings.CutPrefix(k, "#"); ok {
			if n, _ := strconv.Atoi(l); !used[n] {
				bad = append(bad, l)
			}
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		return fmt.Errorf("cameo-overrides.txt: lines %s name no verb or pattern entry of CAMEO.2.0.txt", strings.Join(bad, ", "))
	}
	return nil
}
