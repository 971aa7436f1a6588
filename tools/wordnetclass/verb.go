package main

import "sort"

// verbHeader is the comment block of data/wordclasses/baseverbs.txt (-class verb).
const verbHeader = "" +
	"# baseVerbs: the base forms of English verbs, the lemmas of WordNet 3.0's index.verb (Princeton,\n" +
	"# Fellbaum 1998; the Debian package wordnet-base 1:3.0, /usr/share/wordnet): every one-word\n" +
	"# lower-case ASCII lemma with at least one verb sense. Read by syntax/retag (basemodal.go) as\n" +
	"# the test that a word the tagger read as a noun or adjective has a verb reading at all, before\n" +
	"# a position only a base-form verb can fill re-tags it (after a central modal, Quirk et al. 1985,\n" +
	"# 3.41; after the infinitive marker \"to\" before a determiner, Quirk 3.54, 17.2). UD English EWT\n" +
	"# train alone is too small for the class (\"detail\", \"phase\", \"scrap\", \"free\" never occur\n" +
	"# there as VB). Generated from index.verb by tools/wordnetclass; do not edit by hand. To\n" +
	"# regenerate, from the module root:\n" +
	"#   go run ./tools/wordnetclass -class verb -o data/wordclasses/baseverbs.txt\n" +
	"# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence notice:\n" +
	"# data/wordclasses/README.md (WordNet) and data/frames/source/LICENSE-wordnet.txt.\n" +
	"# Format: word | source (a key below). Words are lower case, as the tokenizer's lower field.\n" +
	"# Sources:\n" +
	"#   wordnet-verb = WordNet 3.0, a lemma of index.verb\n"

// baseVerbs returns the output lines "word | wordnet-verb" of the verb class: every one-word
// lemma of index.verb (nounLemmas reads any index.POS file: the format is one), sorted.
func baseVerbs(path string) ([]string, error) {
	var out []string
	err := nounLemmas(path, func(lemma string, _ []string) {
		out = append(out, lemma+" | wordnet-verb")
	})
	sort.Strings(out)
	return out, err
}
