package loader

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// auditMatrix tallies an audit matrix of sentence frames × dictionary entries (the session-19
// audits: relation_audit19, relation_auditr19, relation_nouns19): per frame, in the order first
// counted, and per entry, the expectations that hold, with the misses; report logs it and fails
// each frame under its floor.
type auditMatrix struct {
	perFrame, perEntry map[string]*stanceTally
	frames             []string
}

func newAuditMatrix() *auditMatrix {
	return &auditMatrix{perFrame: map[string]*stanceTally{}, perEntry: map[string]*stanceTally{}}
}

// add counts one cell's tally under its frame and its entry.
func (mx *auditMatrix) add(frame, entry string, tally stanceTally) {
	if mx.perFrame[frame] == nil {
		mx.perFrame[frame] = &stanceTally{}
		mx.frames = append(mx.frames, frame)
	}
	if mx.perEntry[entry] == nil {
		mx.perEntry[entry] = &stanceTally{}
	}
	for _, tl := range []*stanceTally{mx.perFrame[frame], mx.perEntry[entry]} {
		tl.hit += tally.hit
		tl.total += tally.total
		tl.misses = append(tl.misses, tally.misses...)
	}
}

// scored runs text (under a Reuters dateline) as the subtest frame/entry and counts its stance
// expectations want (checkExpectScored), each miss followed by the text.
func (mx *auditMatrix) scored(t *testing.T, frame, entry, text string, want []string) {
	t.Helper()
	var tally stanceTally
	t.Run(frame+"/"+entry, func(t *testing.T) {
		checkExpectScored(t, extractText(t, "Probe\n\nGENEVA (Reuters) - "+text), want, &tally)
	})
	for i := range tally.misses {
		tally.misses[i] += "  | " + text
	}
	mx.add(frame, entry, tally)
}

// report logs the matrix under title (frames, all, entries sorted, misses) and fails every frame
// of the matrix or of floors (named floorsName in the message) that holds fewer than its floor.
func (mx *auditMatrix) report(t *testing.T, title string, floors map[string]int, floorsName string) {
	t.Helper()
	fw, ew := 0, 0
	for _, f := range mx.frames {
		fw = max(fw, len(f))
	}
	entries := make([]string, 0, len(mx.perEntry))
	for e := range mx.perEntry {
		entries = append(entries, e)
		ew = max(ew, len(e))
	}
	sort.Strings(entries)
	var b strings.Builder
	hit, total := 0, 0
	for _, f := range mx.frames {
		tl := mx.perFrame[f]
		hit, total = hit+tl.hit, total+tl.total
		fmt.Fprintf(&b, "frame %-*s %2d/%2d\n", fw, f, tl.hit, tl.total)
	}
	fmt.Fprintf(&b, "all %d/%d\n", hit, total)
	for _, e := range entries {
		fmt.Fprintf(&b, "entry %-*s %2d/%2d\n", ew, e, mx.perEntry[e].hit, mx.perEntry[e].total)
	}
	for _, f := range mx.frames {
		for _, m := range mx.perFrame[f].misses {
			b.WriteString(m + "\n")
		}
	}
	t.Logf("%s:\n%s", title, b.String())
	names := append([]string(nil), mx.frames...)
	for f := range floors {
		if mx.perFrame[f] == nil {
			names = append(names, f) // a floored frame with no cells holds nothing
		}
	}
	for _, f := range names {
		tl := mx.perFrame[f]
		if tl == nil {
			tl = &stanceTally{}
		}
		if tl.hit < floors[f] {
			t.Errorf("frame %s: %d/%d hold, floor %d (%s)", f, tl.hit, tl.total, floors[f], floorsName)
		}
	}
}
