package loader

import (
	"strconv"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/frames"
)

// TestTargetTrim: a target phrase ends before a through/via phrase naming the body it went
// through, and does not open with a comma and coordinator (relation_targettrim.go). Invented
// wordings; near miss: a path noun's via-phrase naming a place stays.
func TestTargetTrim(t *testing.T) {
	runCases(t, []exCase{
		{"channel", "In reply, the Philippine authorities lodged formal protests to the shipping company through the Manila Economic and Cultural Office.",
			[]string{"OPPOSES Philippine authorities -> shipping company", "!OPPOSES Philippine authorities -> Manila Economic"}},
		{"leading coordinator", "A small unit at the African Union coordinates with, and will be writing a long report on, the corridor in 2027.",
			// untrimmed, the phrase would open with ", and" and be kept; trimmed, it opens with the
			// operator "will" and is no noun phrase (TestOperatorOpensNoTarget)
			[]string{"!SUPPORTS African Union -> will be writing a long report on", "!SUPPORTS African Union -> , and"}},
		{"path via a place", "Kenya welcomed the new pipeline via Uganda.",
			[]string{"KNOWN parser: via-PP obl of welcomed, not nmod of pipeline | SUPPORTS Kenya -> new pipeline via Uganda"}},
	})
}

// TestVerbConjunctOfNominal: a verb the parser coordinated with a noun inside a phrase ends the
// phrase before its coordinator; a noun conjunct stays. The parses are written by hand (form,
// UPOS, head, relation), in the shape the parser gave a sentence of the dev corpus, on words of
// our own.
func TestVerbConjunctOfNominal(t *testing.T) {
	// "duties on $80 billion in Russian steel and alarmed by claims"
	verb := handParse(t, `duties NOUN -1 root
on ADP 2 case
$ SYM 0 nmod
80 NUM 4 compound
billion NUM 2 nummod
in ADP 7 case
Russian ADJ 7 amod
steel NOUN 2 nmod
and CCONJ 9 cc
alarmed VERB 2 conj
by ADP 11 case
claims NOUN 9 obl:agent`)
	if lo, hi := verb.span(0); lo != 0 || hi != 8 {
		t.Errorf("verb conjunct: span [%d,%d), want [0,8) (up to steel)", lo, hi)
	}
	// "duties on Russian steel and aluminium"
	noun := handParse(t, `duties NOUN -1 root
on ADP 3 case
Russian ADJ 3 amod
steel NOUN 0 nmod
and CCONJ 5 cc
aluminium NOUN 3 conj`)
	if lo, hi := noun.span(0); lo != 0 || hi != 6 {
		t.Errorf("noun conjunct: span [%d,%d), want [0,6)", lo, hi)
	}
}

// handParse builds a frameSentence from lines "form UPOS head deprel" (head a 0-based index, -1
// for the root).
func handParse(t *testing.T, s string) *frameSentence {
	t.Helper()
	lines := strings.Split(s, "\n")
	fs := &frameSentence{toks: make([]frames.Token, len(lines)), at: make([]int, len(lines)), kids: make([][]int, len(lines))}
	for i, l := range lines {
		f := strings.Fields(l)
		h, err := strconv.Atoi(f[2])
		if err != nil || len(f) != 4 {
			t.Fatalf("bad line %q", l)
		}
		fs.toks[i] = frames.Token{Form: f[0], UPOS: f[1], Head: h, DepRel: f[3]}
		fs.at[i] = i
	}
	for i, tk := range fs.toks {
		if tk.Head >= 0 {
			fs.kids[tk.Head] = append(fs.kids[tk.Head], i)
		}
	}
	return fs
}
