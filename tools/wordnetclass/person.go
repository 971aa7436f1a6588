package main

import (
	"bufio"
	"os"
	"sort"
	"strings"
)

// personHeader is personnouns.txt's comment block, written as is before the words.
const personHeader = "" +
	"# personNouns: plural nouns of persons: the plurals of the words of WordNet 3.0 (Princeton,\n" +
	"# Fellbaum 1998; the Debian package wordnet-base 1:3.0, /usr/share/wordnet) whose first sense in\n" +
	"# index.noun (senses are ordered by frequency in the SemCor tagged corpus) is a synset of the\n" +
	"# lexicographer file noun.person (18: \"nouns denoting people\"); one-word lower-case ASCII lemmas\n" +
	"# only. The plural is WordNet's irregular one where noun.exc lists it, else the regular English\n" +
	"# plural (CGEL ch. 18: -es after s, x, z, ch, sh; consonant + y -> -ies; else -s; -man gives both\n" +
	"# -men and -mans, since the spelling does not tell a compound of man from \"human\").\n" +
	"# Read by the actors stage's personNouns (actors/persongroup.go): a plural person noun after a\n" +
	"# demonym or a place names a group of people of that country (\"Kenyan tea pickers\").\n" +
	"# Generated from index.noun, data.noun and noun.exc by tools/wordnetclass; do not edit by hand.\n" +
	"# To regenerate, from the module root:\n" +
	"#   go run ./tools/wordnetclass -class person -wordnet /usr/share/wordnet -o data/wordclasses/personnouns.txt\n" +
	"# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence notice:\n" +
	"# data/wordclasses/README.md (WordNet) and data/frames/source/LICENSE-wordnet.txt.\n" +
	"# Format: word | source (a key below). Words are lower case, as the tokenizer's lower field.\n" +
	"# Sources:\n" +
	"#   wordnet-person = WordNet 3.0, first sense in lexicographer file noun.person (18), plural form\n"

// personPlurals reads index.noun with nounLemmas, as actNouns does, and returns "plural | wordnet-person" for each
// one-word lemma whose first sense is in noun.person, sorted; a plural two lemmas share is
// written once.
func personPlurals(index, exc string, lexfile map[string]int) ([]string, error) {
	irregular, err := irregularPlurals(exc)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	err = nounLemmas(index, func(lemma string, offs []string) {
		if lexfile[offs[0]] != lexPerson {
			return
		}
		pls := []string{irregular[lemma]}
		if pls[0] == "" {
			pls = regularPlurals(lemma)
		}
		for _, pl := range pls {
			if !seen[pl] && oneWord(pl) {
				seen[pl] = true
				out = append(out, pl+" | wordnet-person")
			}
		}
	})
	sort.Strings(out)
	return out, err
}

// irregularPlurals maps a base form to its plural from noun.exc ("plural base" lines); the first
// plural listed for a base wins.
func irregularPlurals(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 2 && m[fs[1]] == "" {
			m[fs[1]] = fs[0]
		}
	}
	return m, sc.Err()
}

// regularPlurals are the regular English plurals of a noun (CGEL ch. 18): -es after a sibilant
// spelling, -ies for consonant + y, else -s; a noun in -man gets both -men (a compound of man:
// "fishermen") and -mans (no compound: "humans", "Germans"), since the spelling does not tell
// them apart and a form English does not use is never met in text.
func regularPlurals(w string) []string {
	if strings.HasSuffix(w, "man") {
		return []string{w[:len(w)-3] + "men", w + "s"}
	}
	return []string{regularPlural(w)}
}

// regularPlural is regularPlurals' single form for a noun not in -man.
func regularPlural(w string) string {
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}
