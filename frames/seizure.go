package frames

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// Seizure of property (events30b). CAMEO 171 is "seize or damage property" (codebook 1.1b3: 1711
// "confiscate property", 1712 "destroy property"; PLOVER COERCE "seize": property). PETRARCH2
// files under it whole blocks of verbs of taking hold (APPREHEND: capture, catch, grab, seize,
// snatch, take; EXTRACT: pull, pluck, wrest; STEAL; TAKE_CONTROL), whose members inherit 171 for
// every object. Their figurative uses take no property: "captured the hearts of moderates",
// "seized on the issue", "grabbed the headlines", "captured wins", "stole the country". A 171
// match whose target is a common noun whose first WordNet 3.0 sense is abstract (an act,
// attribute, cognition, communication, event, feeling, motive, phenomenon, process, quantity,
// relation, shape, state or time: source/wordnet-first-senses.txt) seizes nothing and is dropped.
//
// A place taken with a verb of the APPREHEND block ("captured Vermont", "seizing seven
// districts") is no property either: the block's own pattern for taking places, "- * CONTROL (OF
// VILLAGES)", is coded 192 "occupy territory" (CAMEO.2.0.txt; the codebook's 192), which asserted
// is no stance of ours (cameo-types.txt 192: a military act); a candidate's "captured Vermont" is
// an election won. Other blocks keep their places (TAKE_PROPERTY's annex is territorial by
// definition and coded 171 by the dictionary itself). A target that names a person or group, a
// thing or an unlisted noun keeps the match ("seized the tanker", "captured the rebels").

// readFirstSenses loads source/wordnet-first-senses.txt ("lexicographer file | noun noun …"); a
// file system without it (a test's) leaves the map empty.
func (lx *Lexicon) readFirstSenses(fsys fs.FS) error {
	lx.firstSense = map[string]string{}
	f, err := fsys.Open("source/wordnet-first-senses.txt")
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("frames: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		lex, words, ok := strings.Cut(line, " | ")
		if !ok {
			return fmt.Errorf("frames: wordnet-first-senses.txt: line without a bar: %q", line)
		}
		for _, w := range strings.Fields(words) {
			lx.firstSense[strings.ReplaceAll(w, "_", " ")] = lex
		}
	}
	return sc.Err()
}

var cameoLine = regexp.MustCompile(`cameo@([0-9]+)`)

// noPropertySeized drops the 171 matches of ms that seize no property (see above), and the 084
// releases that release no person or property.
func (lx *Lexicon) noPropertySeized(tr *tree, ms []Match) []Match {
	out := ms[:0:0]
	for _, m := range ms {
		if !lx.seizesNoProperty(tr, m) {
			out = append(out, m)
		}
	}
	return out
}

func (lx *Lexicon) seizesNoProperty(tr *tree, m Match) bool {
	if m.Kind != "verb" || m.Target < 0 || m.Target >= len(tr.t) {
		return false
	}
	t := m.Target
	if m.Code == "084" && m.Type == graph.Offers {
		// CAMEO 084 "return, release: release persons or property" (codebook 0841 persons,
		// 0842 property; PLOVER RETREAT): a text made public ("released a video", "released
		// his tax returns", "released a statement") is neither; publishing is CAMEO 01 "make
		// public statement", no offer (PARC 3.0 reads the releaser as the text's source,
		// modality.txt issue)
		return tr.t[t].UPOS == "NOUN" && lx.abstractNoun(tr.lemma(t))
	}
	if !strings.HasPrefix(m.Code, "171") || (m.Type != graph.Sanctions && m.Type != graph.Threatens) {
		return false
	}
	switch tr.t[t].UPOS {
	case "NOUN":
		lex := lx.firstSense[tr.lemma(t)]
		return lex != "" && lex != "noun.location" && lex != "place" || lex == "noun.location" && lx.cueBlock(tr, m) == "APPREHEND"
	case "PROPN":
		lex := lx.firstSense[tr.nameWords(t)]
		return lx.cueBlock(tr, m) == "APPREHEND" && (lex == "noun.location" || lex == "place")
	}
	return false
}

// cueBlock returns the CAMEO.2.0.txt verb block of m's dictionary entry ("" for a pattern or class).
func (lx *Lexicon) cueBlock(tr *tree, m Match) string {
	sm := cameoLine.FindStringSubmatch(m.Rule)
	if sm == nil {
		return ""
	}
	line, _ := strconv.Atoi(sm[1])
	for _, v := range lx.verbs[tr.lemma(m.Cue)] {
		if v.line == line {
			return v.block
		}
	}
	return ""
}

// nameWords returns a proper name's words in lower case: the head with its flat and compound
// dependents in order ("New Hampshire").
func (tr *tree) nameWords(h int) string {
	var ws []string
	for k := range tr.t {
		if k == h || tr.t[k].Head == h && (tr.rel(k) == "flat" || tr.rel(k) == "compound") && tr.t[k].UPOS == "PROPN" {
			ws = append(ws, strings.ToLower(tr.t[k].Form))
		}
	}
	return strings.Join(ws, " ")
}

// abstractNoun reports a noun whose first WordNet sense is in an abstract lexicographer file.
func (lx *Lexicon) abstractNoun(l string) bool {
	lex := lx.firstSense[l]
	return lex != "" && lex != "noun.location" && lex != "place"
}
