package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const dataDir = "../../data/frames"

// TestGeneratedFilesAreCurrent regenerates the cue files from the committed sources and table and
// requires the committed outputs to be byte-identical.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	verbs, patterns, _, err := outputs(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string][]byte{"cameo-verbs.txt": verbs, "cameo-patterns.txt": patterns} {
		got, err := os.ReadFile(filepath.Join(dataDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what the generator writes: run go run ./cmd/claimgraph-cues", name)
		}
	}
	forms, nouns, err := moreOutputs(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string][]byte{"cameo-forms.txt": forms, "cameo-nouns.txt": nouns} {
		got, err := os.ReadFile(filepath.Join(dataDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what the generator writes: run go run ./cmd/claimgraph-cues", name)
		}
	}
	for _, want := range []string{"froze | freeze | ", "condemnation | condemn | ", "seizure | seize | "} {
		if !bytes.Contains(forms, []byte(want)) && !bytes.Contains(nouns, []byte(want)) {
			t.Errorf("no line %q", want)
		}
	}
	for _, not := range []string{"organization | ", "decision | ", "failure | ", "withdrawal | "} {
		// a group (050 block default), a volition verb's noun, an implicative's, a yielding act (08)
		if bytes.Contains(nouns, []byte("\n"+not)) {
			t.Errorf("cameo-nouns.txt holds %q", not)
		}
	}
	again, _, _, err := outputs(dataDir)
	if err != nil || !bytes.Equal(again, verbs) {
		t.Errorf("two runs differ (err %v)", err)
	}
}

// rows returns the generated lines whose first fields equal prefix (fields split on " | ").
func rows(t *testing.T, data []byte, prefix ...string) [][]string {
	t.Helper()
	var out [][]string
	for _, l := range strings.Split(string(data), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, " | ")
		ok := len(f) >= len(prefix)
		for i := 0; ok && i < len(prefix); i++ {
			ok = prefix[i] == "*" || f[i] == prefix[i]
		}
		if ok {
			out = append(out, f)
		}
	}
	return out
}

func TestSpotChecks(t *testing.T) {
	verbs, patterns, counts, err := outputs(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	// RELEASE * STATEMENT is CAMEO 010, a plain statement (CAMEO.2.0.txt:6865): no stance type.
	st := rows(t, patterns, "RELEASE", "-", "-", "statement")
	if len(st) == 0 {
		t.Fatal("RELEASE * STATEMENT missing")
	}
	for _, f := range st {
		if f[6] != "010" || f[7] != "-" || f[8] != "-" || f[9] != "-" || f[10] != "-" {
			t.Errorf("RELEASE * STATEMENT = %v, want code 010 and no type", f)
		}
	}
	// the verb release alone is CAMEO 084 (return, release), PLOVER RETREAT, a concession: OFFERS
	if r := rows(t, verbs, "release", "release", "RELEASE"); len(r) != 1 || r[0][3] != "084" || r[0][4] != "RETREAT" || r[0][5] != "OFFERS" {
		t.Errorf("release = %v", r)
	}
	// RELEASE * &HOSTAGE expands the set's heads into the object column (CAMEO 0841)
	if r := rows(t, patterns, "RELEASE", "-", "-", "*"); !hasObject(r, "hostage", "0841") {
		t.Errorf("RELEASE * &HOSTAGE not expanded: %v", r)
	}
	// ASK is CAMEO 020 (appeal), DEMANDS, dropped by PLOVER; +ASK_FOR keeps its preposition
	if r := rows(t, verbs, "ask", "ask for", "ASK"); len(r) != 1 || r[0][3] != "020" || r[0][4] != "-" || r[0][5] != "DEMANDS" {
		t.Errorf("ask for = %v", r)
	}
	// THREATEN [130] → THREATENS, PLOVER THREATEN
	if r := rows(t, verbs, "threaten", "threaten"); len(r) == 0 || r[0][5] != "THREATENS" || r[0][4] != "THREATEN" {
		t.Errorf("threaten = %v", r)
	}
	// a meeting held is no stance, announced it is an offer (CAMEO 04 → 036)
	if r := rows(t, verbs, "meet", "meet"); len(r) == 0 || r[0][5] != "-" || r[0][6] != "OFFERS" {
		t.Errorf("meet = %v", r)
	}
	// sanctions imposed: IMPOSE block, object sanctions → 163, conditional → THREATENS
	found := false
	for _, f := range rows(t, patterns, "*", "-", "-", "*") {
		if strings.Contains("|"+f[3]+"|", "|sanctions|") && f[6] == "163" {
			found = true
			if f[8] != "SANCTIONS" || f[10] != "THREATENS" {
				t.Errorf("%v: want SANCTIONS, conditional THREATENS", f)
			}
		}
	}
	if !found {
		t.Error("no * SANCTIONS [163] pattern")
	}
	// a "source:target" code is the subject's act; ":B" (the subject undergoes B) gives nothing
	ap := rows(t, patterns, "APPEAR", "-", "-", "-", "-", "before court")
	if len(ap) != 1 || ap[0][6] != ":173" {
		t.Errorf("APPEAR (BEFORE COURT) = %v, want code :173", ap)
	}
	for _, f := range ap {
		if f[8] != "-" {
			t.Errorf("APPEAR (IN COURT) gives %s", f[8])
		}
	}
	// every type the table can produce appears, and the counts add up to the lines written
	for _, ty := range []string{"OPPOSES", "SUPPORTS", "OFFERS", "DEMANDS", "THREATENS", "SANCTIONS"} {
		if counts["verb "+ty]+counts["pattern "+ty] == 0 {
			t.Errorf("no cue of type %s", ty)
		}
	}
	n := 0
	for _, c := range counts {
		n += c
	}
	if lines := len(rows(t, verbs)) + len(rows(t, patterns)); lines != n {
		t.Errorf("counts %d, lines %d", n, lines)
	}
}

func hasObject(rs [][]string, head, code string) bool {
	for _, f := range rs {
		if strings.Contains("|"+f[3]+"|", "|"+head+"|") && f[6] == code {
			return true
		}
	}
	return false
}

// TestTypeTableCoversEveryRoot checks the hand table: every CAMEO root 01–20 has a row, so no
// code falls through.
func TestTypeTableCoversEveryRoot(t *testing.T) {
	f, err := os.Open(filepath.Join(dataDir, "cameo-types.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ty, err := parseTypes(f, f.Name())
	if err != nil {
		t.Fatal(err)
	}
	for r := 1; r <= 20; r++ {
		root := string([]byte{byte('0' + r/10), byte('0' + r%10)})
		if _, ok := ty[root]; !ok {
			t.Errorf("root %s has no row", root)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"member outside set", "+WORD\n", "outside a set"},
		{"pattern before block", "####### VERB PATTERNS #######\n- * X [010]\n", "before any verb block"},
		{"no code", "####### VERB PATTERNS #######\n--- X [---] ---\nX\n- * Y\n", "without a code"},
		{"bad code", "####### VERB PATTERNS #######\n--- X [0a0] ---\n", "bad code"},
		{"unbalanced", "####### VERB PATTERNS #######\n--- X [---] ---\nX\n- * (TO Y [010]\n", "unbalanced"},
	} {
		_, err := parseCAMEO(strings.NewReader(tc.in), "t.txt")
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "t.txt:") {
			t.Errorf("%s: err %v, want %q with the file name", tc.name, err, tc.want)
		}
	}
	if _, err := parseTypes(strings.NewReader("01 | FOO | = | = | why\n"), "t.txt"); err == nil || !strings.Contains(err.Error(), "t.txt:1") {
		t.Errorf("unknown type: err %v", err)
	}
	if _, err := parseTypes(strings.NewReader("01 | - | = | = | \n"), "t.txt"); err == nil {
		t.Error("a row without a reason must fail")
	}
}

// TestSlashAlternatives: a pattern word listing alternatives with '/' ("(BY/WITH SANCTIONS)",
// "(IN AIR ATTACK/BOMBING/RAID/STRIKE)") is one pattern per alternative; a set name keeps its
// slash-free label and a pattern without '/' stays whole.
func TestSlashAlternatives(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{" * (BY/WITH SANCTIONS)   [163]  # HIT", []string{" * (BY SANCTIONS)   [163]  # HIT", " * (WITH SANCTIONS)   [163]  # HIT"}},
		{" * (IN AIR ATTACK/RAID) [195]", []string{" * (IN AIR ATTACK) [195]", " * (IN AIR RAID) [195]"}},
		{" * (TO/FOR PROTEST) [141]", []string{" * (TO PROTEST) [141]", " * (FOR PROTEST) [141]"}},
		{" * &WEAPON [194]", []string{" * &WEAPON [194]"}},
		{" * SANCTIONS [163]", []string{" * SANCTIONS [163]"}},
	} {
		got := slashAlternatives(c.in)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCueClassPlover requires every code of cue-classes.txt (a hand noun line's CAMEO code) to be
// a code the type table knows, carried with the PLOVER category CAMEO2PLOVER-2021.txt gives it,
// and every noun line to have one: a relation from a noun cue carries its event codes.
func TestCueClassPlover(t *testing.T) {
	g, err := os.Open(filepath.Join(dataDir, "source/CAMEO2PLOVER-2021.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	pl, err := parsePlover(g, g.Name())
	if err != nil {
		t.Fatal(err)
	}
	h, err := os.Open(filepath.Join(dataDir, "cameo-types.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	ty, err := parseTypes(h, h.Name())
	if err != nil {
		t.Fatal(err)
	}
	c, err := os.Open(filepath.Join(dataDir, "cue-classes.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	nouns := 0
	err = barRecords(c, "cue-classes.txt", func(n int, f []string) error {
		if len(f) != 11 {
			t.Errorf("cue-classes.txt:%d: %d fields, want 11", n, len(f))
			return nil
		}
		code, plover := f[8], f[9]
		stance := f[4] != "-" || f[5] != "-" && f[5] != "=" || f[6] != "-" && f[6] != "="
		if code == "-" {
			// every line that makes a relation names its CAMEO code, or says why it has none
			// in its source column (issue 13, codes18: researchers count stances by CAMEO code)
			if f[0] == "noun" {
				t.Errorf("cue-classes.txt:%d: noun %s has no CAMEO code", n, f[1])
			} else if stance && !strings.HasPrefix(f[10], "no CAMEO code: ") {
				t.Errorf("cue-classes.txt:%d: %s %s makes %s/%s/%s but has no CAMEO code and no reason (source \"no CAMEO code: …\")", n, f[0], f[1], f[4], f[5], f[6])
			}
			return nil
		}
		if !stance && f[0] != "noun" {
			t.Errorf("cue-classes.txt:%d: %s %s makes no relation but names code %s", n, f[0], f[1], code)
		}
		nouns++
		if _, _, _, err := classify(code, "", pl, ty); err != nil {
			t.Errorf("cue-classes.txt:%d: %v", n, err)
		}
		if want := pl.lookup(code); plover != want {
			t.Errorf("cue-classes.txt:%d: %s %s code %s has PLOVER %s, CAMEO2PLOVER-2021.txt gives %s", n, f[0], f[1], code, plover, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if nouns < 150 {
		t.Errorf("%d coded lines, want every noun line and every stance line (150 and more)", nouns)
	}
}
