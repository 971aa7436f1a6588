// Command wordnetclass regenerates data/wordclasses/actnouns.txt (-class act, the default) and
// data/wordclasses/personnouns.txt (-class person) and data/wordclasses/baseverbs.txt (-class verb,
// every one-word lemma of index.verb: verb.go) from WordNet 3.0 (Princeton,
// Fellbaum 1998; the Debian package wordnet-base 1:3.0): the nouns whose first sense in index.noun
// (senses are ordered by their frequency in the SemCor tagged corpus) is a synset of the
// lexicographer file noun.act (04) or noun.event (11), one-word lower-case ASCII lemmas only, none
// with any sense in noun.group (14) or noun.person (18). The lexicographer file of a synset is
// the lex_filenum field of its line in data.noun (wndb(5WN), lexnames(5WN)). The output is
// byte-identical to the committed file; the loader reads only that file, so the build needs no
// WordNet.
//
// Usage, from the module root:
//
//	go run ./tools/wordnetclass -wordnet /usr/share/wordnet -o data/wordclasses/actnouns.txt
//	go run ./tools/wordnetclass -class person -o data/wordclasses/personnouns.txt
//
// The person class: the plural forms of the nouns whose first sense in index.noun is a synset of
// noun.person (18: "nouns denoting people"), one-word lower-case ASCII lemmas; the plural is
// WordNet's own irregular one where noun.exc lists it ("women woman"), else the regular English
// plural (CGEL ch. 18: -es after s, x, z, ch, sh; consonant + y → -ies; else -s; -man gives both
// -men and -mans).
//
// Without -o it writes to standard output (diff it against the committed file).
//
// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved; licence in
// data/frames/source/LICENSE-wordnet.txt and data/wordclasses/README.md.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/internal/wordnet"
)

// header is the file's comment block, written as is before the words.
const header = "" +
	"# actNouns: nouns whose most frequent sense names an act or an event: the words of WordNet 3.0\n" +
	"# (Princeton, Fellbaum 1998; the Debian package wordnet-base 1:3.0, /usr/share/wordnet) whose\n" +
	"# first sense in index.noun (senses are ordered by frequency in the SemCor tagged corpus) is a\n" +
	"# synset of the lexicographer file noun.act (04: \"nouns denoting acts or actions\") or noun.event\n" +
	"# (11: \"nouns denoting natural events\"); one-word lower-case ASCII lemmas only. Read by the\n" +
	"# loader's actNouns (relation_evalsubject.go; the relations stage): the subject of a copular\n" +
	"# judgement (\"The execution of … is an outrage\") that such a noun heads names the act judged.\n" +
	"# A word with any sense in noun.group (14) or noun.person (18) is left out: it may name the\n" +
	"# actor, not the act (\"foreign enterprises\", \"the administration\", \"the mission\").\n" +
	"# Generated from index.noun and data.noun (first synset offset → its lex_filenum) by\n" +
	"# tools/wordnetclass; do not edit by hand. To regenerate, from the module root:\n" +
	"#   go run ./tools/wordnetclass -wordnet /usr/share/wordnet -o data/wordclasses/actnouns.txt\n" +
	"# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence notice:\n" +
	"# data/wordclasses/README.md (WordNet) and data/frames/source/LICENSE-wordnet.txt.\n" +
	"# Format: word | source (a key below). Words are lower case, as the tokenizer's lower field.\n" +
	"# Sources:\n" +
	"#   wordnet-act = WordNet 3.0, first sense in lexicographer file noun.act (04)\n" +
	"#   wordnet-event = WordNet 3.0, first sense in lexicographer file noun.event (11)\n"

// Lexicographer file numbers (lexnames(5WN)).
const (
	lexAct    = 4
	lexEvent  = 11
	lexGroup  = 14
	lexPerson = 18
)

var sourceKey = map[int]string{lexAct: "wordnet-act", lexEvent: "wordnet-event"}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "the WordNet 3.0 database directory (index.noun, data.noun)")
	out := flag.String("o", "", "output file (default: standard output)")
	class := flag.String("class", "act", "the class to write: act (actnouns.txt), person (personnouns.txt), verb (baseverbs.txt), initialism (commoninitialisms.txt: names.go), initialism-adverb (adverbinitialisms.txt), lexname (data/stance/wordnet-lexnames.txt: lexname.go), place (phrases/wordnetplaces.txt: names.go) or personclass (personclassnouns.txt: personclass.go)")
	flag.Parse()
	lexfile, err := lexFiles(filepath.Join(*dir, "data.noun"))
	if err != nil {
		fail(err)
	}
	var lines []string
	head := header
	switch *class {
	case "act":
		lines, err = actNouns(filepath.Join(*dir, "index.noun"), lexfile)
	case "verb":
		head = verbHeader
		lines, err = baseVerbs(filepath.Join(*dir, "index.verb"))
	case "initialism":
		head = initialismHeader
		lines, err = commonInitialisms(*dir, false)
	case "initialism-adverb":
		head = adverbInitialismHeader
		lines, err = commonInitialisms(*dir, true)
	case "place":
		head = placeHeader
		lines, err = wordnetPlaces(*dir)
	case "personclass":
		head = personClassHeader
		lines, err = personClassNouns(*dir)
	case "lexname":
		head = lexnameHeader
		lines, err = lexnameLines(*dir) // lexname.go
	case "person":
		head = personHeader
		lines, err = personPlurals(filepath.Join(*dir, "index.noun"), filepath.Join(*dir, "noun.exc"), lexfile)
	default:
		err = fmt.Errorf("-class %q: want act, person, verb, initialism, initialism-adverb, lexname, place or personclass", *class)
	}
	if err != nil {
		fail(err)
	}
	var w io.Writer = os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fail(err)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(head)
	for _, l := range lines {
		bw.WriteString(l + "\n")
	}
	if err := bw.Flush(); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "wordnetclass:", err)
	os.Exit(1)
}

// lexFiles maps each synset offset of data.noun to its lexicographer file number (the line's
// second field, two decimal digits). License lines start with spaces and are skipped.
func lexFiles(path string) (map[string]int, error) {
	m := map[string]int{}
	err := eachEntry(path, func(_ string, fs []string) error {
		if len(fs) < 2 {
			return nil
		}
		n, err := strconv.Atoi(fs[1])
		if err != nil {
			return fmt.Errorf("%s: %q: %v", path, fs[0], err)
		}
		m[fs[0]] = n
		return nil
	})
	return m, err
}

// eachEntry calls f with every entry line of the WordNet file at path and its fields
// (wordnet.EachLine: the licence header skipped).
func eachEntry(path string, f func(l string, fs []string) error) error {
	return wordnet.EachLine(path, func(_ int, l string) error { return f(l, strings.Fields(l)) })
}

// nounLemmas reads index.noun (lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt
// synset_offset…, senses in frequency order) and calls each with every one-word lemma and its
// synset offsets (at least one); actNouns and personPlurals share it.
func nounLemmas(path string, each func(lemma string, offs []string)) error {
	return eachEntry(path, func(_ string, fs []string) error {
		if len(fs) < 4 || !oneWord(fs[0]) {
			return nil
		}
		synsets, err := strconv.Atoi(fs[2])
		if err != nil {
			return fmt.Errorf("%s: %s: %v", path, fs[0], err)
		}
		ptrs, err := strconv.Atoi(fs[3])
		if err != nil {
			return fmt.Errorf("%s: %s: %v", path, fs[0], err)
		}
		if len(fs) < 4+ptrs+2 {
			return fmt.Errorf("%s: %s: %d fields, want at least %d", path, fs[0], len(fs), 4+ptrs+2)
		}
		offs := fs[4+ptrs+2:]
		if len(offs) != synsets {
			return fmt.Errorf("%s: %s: %d offsets, want %d", path, fs[0], len(offs), synsets)
		}
		if len(offs) > 0 {
			each(fs[0], offs)
		}
		return nil
	})
}

// actNouns returns the output lines "word | key" of the act class (nounLemmas' lemmas whose
// first sense is in noun.act or noun.event and no sense in noun.group or noun.person), sorted.
func actNouns(path string, lexfile map[string]int) ([]string, error) {
	var out []string
	err := nounLemmas(path, func(lemma string, offs []string) {
		key, ok := sourceKey[lexfile[offs[0]]]
		if !ok {
			return
		}
		for _, o := range offs {
			if n := lexfile[o]; n == lexGroup || n == lexPerson {
				return
			}
		}
		out = append(out, lemma+" | "+key)
	})
	sort.Strings(out)
	return out, err
}

// oneWord: a lemma of lower-case ASCII letters only (no collocation '_', hyphen, digit or
// apostrophe).
func oneWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}
