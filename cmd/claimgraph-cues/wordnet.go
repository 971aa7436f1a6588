package main

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/internal/wordnet"
)

// The nominalizations of the CAMEO verbs come from WordNet 3.0's derivational links (pointer
// "+", "derivationally related form": Fellbaum 1998; Miller & Fellbaum 2003, "Morphosemantic
// links in WordNet"), which pair a verb sense with the noun senses made from it by English
// derivation ("reject" → "rejection", "condemn" → "condemnation") or conversion ("demand" →
// "demand"). Only nouns filed by WordNet's lexicographers as acts, communications or events
// (lexicographer files noun.act, noun.communication, noun.event) are kept: those name the verb's
// event ("the rejection of the plan"), not its agent ("rejecter", noun.person), its result or
// an object ("a reject", noun.artifact).
//
// wordnetExtract is run by hand ("go run ./cmd/claimgraph-cues -wordnet /usr/share/wordnet",
// the Debian package wordnet-base) and writes data/frames/source/wordnet-nominalizations.txt,
// committed with WordNet's licence notice; the generator reads only that file, so CI needs no
// WordNet.

// nominalLexnames are the WordNet noun lexicographer files (lexnames(5WN)) of event nouns.
var nominalLexnames = map[int]string{4: "noun.act", 10: "noun.communication", 11: "noun.event"}

// wnSynset is one line of a WordNet data file: its words (lower case, '_' as space) and its
// derivational pointers (source word number, target synset, target word number; word numbers
// count from 1, 0 is every word).
type wnSynset struct {
	lexfile int
	words   []string
	derived []wnPointer
}

type wnPointer struct {
	src, tgt int
	offset   string
	pos      byte
}

// readWordNetData parses data.verb or data.noun (wndb(5WN)).
func readWordNetData(path string) (map[string]*wnSynset, error) {
	out := map[string]*wnSynset{}
	err := wordnet.EachLine(path, func(n int, line string) error {
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) < 6 {
			return fmt.Errorf("%s:%d: short synset line", path, n)
		}
		s := &wnSynset{}
		s.lexfile, _ = strconv.Atoi(f[1])
		wc, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return fmt.Errorf("%s:%d: word count %q", path, n, f[3])
		}
		k := 4
		for j := 0; j < int(wc); j++ {
			w := strings.ToLower(strings.ReplaceAll(f[k], "_", " "))
			if p := strings.IndexByte(w, '('); p >= 0 {
				w = w[:p] // an adjective marker such as "(a)"
			}
			s.words = append(s.words, w)
			k += 2
		}
		pc, err := strconv.Atoi(f[k])
		if err != nil {
			return fmt.Errorf("%s:%d: pointer count %q", path, n, f[k])
		}
		k++
		for j := 0; j < pc; j++ {
			sym, off, pos, st := f[k], f[k+1], f[k+2], f[k+3]
			k += 4
			if sym != "+" {
				continue
			}
			src, _ := strconv.ParseInt(st[:2], 16, 32)
			tgt, _ := strconv.ParseInt(st[2:], 16, 32)
			s.derived = append(s.derived, wnPointer{src: int(src), tgt: int(tgt), offset: off, pos: pos[0]})
		}
		out[f[0]] = s
		return nil
	})
	return out, err
}

// wordnetExtract writes, for every single-word verb of the CAMEO dictionary d, the event nouns
// WordNet derives from it: "verb | noun | lexicographer file | noun synset offsets", sorted.
func wordnetExtract(d *dictionary, wnDir string, w io.Writer) error {
	verbs, err := readWordNetData(filepath.Join(wnDir, "data.verb"))
	if err != nil {
		return err
	}
	nouns, err := readWordNetData(filepath.Join(wnDir, "data.noun"))
	if err != nil {
		return err
	}
	cameo := map[string]bool{}
	for _, b := range d.Blocks {
		for _, v := range b.Verbs {
			if len(v.Words) == 1 {
				cameo[v.Lemma] = true
			}
		}
	}
	type key struct{ verb, noun, lex string }
	found := map[key]map[string]bool{}
	for _, s := range verbs {
		for wi, vw := range s.words {
			if !cameo[vw] {
				continue
			}
			for _, p := range s.derived {
				if p.pos != 'n' || (p.src != 0 && p.src != wi+1) {
					continue
				}
				ns := nouns[p.offset]
				if ns == nil {
					return fmt.Errorf("data.noun: no synset %s", p.offset)
				}
				lex, ok := nominalLexnames[ns.lexfile]
				if !ok || p.tgt < 1 || p.tgt > len(ns.words) {
					continue
				}
				noun := ns.words[p.tgt-1]
				if strings.Contains(noun, " ") {
					continue // a phrase ("cease fire"): the matcher reads one head word
				}
				k := key{vw, noun, lex}
				if found[k] == nil {
					found[k] = map[string]bool{}
				}
				found[k][p.offset] = true
			}
		}
	}
	keys := make([]key, 0, len(found))
	for k := range found {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.verb != b.verb {
			return a.verb < b.verb
		}
		if a.noun != b.noun {
			return a.noun < b.noun
		}
		return a.lex < b.lex
	})
	fmt.Fprint(w, wordnetHeader)
	for _, k := range keys {
		offs := make([]string, 0, len(found[k]))
		for o := range found[k] {
			offs = append(offs, o)
		}
		sort.Strings(offs)
		fmt.Fprintf(w, "%s | %s | %s | %s\n", k.verb, k.noun, k.lex, strings.Join(offs, ","))
	}
	return nil
}

const wordnetHeader = `# Event nominalizations of the CAMEO dictionary's verbs, from WordNet 3.0's derivational links
# (pointer "+", derivationally related form), kept when WordNet files the noun as an act, a
# communication or an event (lexicographer files noun.act, noun.communication, noun.event).
# Written by "go run ./cmd/claimgraph-cues -wordnet /usr/share/wordnet" (Debian wordnet-base
# 1:3.0); do not edit by hand.
# verb | noun | lexicographer file | WordNet 3.0 noun synset offsets
` + wordnetLicence

// wordnetLicence closes the header of every file written from WordNet: the licence asks that its
// notice go with any copy of the database or a part of it.
const wordnetLicence = `#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR
# ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION
# WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity
# pertaining to distribution of the software and/or database. Title to copyright in this
# software, database and any associated documentation shall at all times remain with Princeton
# University. (WordNet 3.0 licence; the whole text is in source/LICENSE-wordnet.txt.)
`
