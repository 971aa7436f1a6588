package main

import (
	"sort"
	"strings"
)

// personClassHeader is the comment block of data/wordclasses/personclassnouns.txt (-class
// personclass).
const personClassHeader = "" +
	"# personClassNouns: capitalized common nouns of a kind of person: the one-word lemmas of WordNet\n" +
	"# 3.0 (Princeton, Fellbaum 1998; the Debian package wordnet-base 1:3.0, /usr/share/wordnet)\n" +
	"# written with a capital initial and lower-case letters after it, with a noun sense in\n" +
	"# noun.person (18: \"nouns denoting people\") and every noun sense in noun.person or, for a\n" +
	"# people's language, noun.communication (10: \"Latino\"), none an instance (no pointer \"@i\":\n" +
	"# the name of one person), with no verb or adverb sense (an adjective sense may stand beside:\n" +
	"# \"Hispanic\", \"Muslim\"). \"Latino\", \"Texan\", \"Democrat\", \"Catholic\" name a member of a\n" +
	"# people, a region's population, a party or a faith (English capitalizes such nouns: Quirk et\n" +
	"# al. 1985, 5.60-5.66; Chicago Manual of Style, 17th ed., 8.38), never one organization; a\n" +
	"# lemma with an instance sense too (\"Republican\", also a river; \"Mormon\", also the prophet)\n" +
	"# is left out. Read by the actors stage's personClassNouns (actors/personclass.go).\n" +
	"# Generated from data.noun, data.verb, data.adj and data.adv by tools/wordnetclass; do not\n" +
	"# edit by hand. To regenerate, from the module root:\n" +
	"#   go run ./tools/wordnetclass -class personclass -o data/wordclasses/personclassnouns.txt\n" +
	"# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence notice:\n" +
	"# data/wordclasses/README.md (WordNet) and data/frames/source/LICENSE-wordnet.txt.\n" +
	"# Format: word | source (a key below). Words are lower case, as the tokenizer's lower field.\n" +
	"# Sources:\n" +
	"#   wordnet-person-class = WordNet 3.0, a capitalized lemma whose noun senses are common\n" +
	"#                          noun.person senses (and a language's noun.communication one)\n"

// lexCommunication is noun.communication (10), where WordNet files a people's language beside
// the people's noun ("Latino": a Latin American, and the language).
const lexCommunication = 10

// personClassNouns returns the lines "word | wordnet-person-class" of the person-class nouns,
// sorted.
func personClassNouns(dir string) ([]string, error) {
	senses, err := writtenSenses(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for w, ss := range senses {
		if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' || strings.ToLower(w[1:]) != w[1:] || !asciiWord(w) || strings.ContainsAny(w, ".'-") {
			continue
		}
		ok, noun := true, false
		for _, s := range ss {
			switch s.pos {
			case 'n':
				noun = noun || s.lex == lexPerson
				ok = ok && (s.lex == lexPerson || s.lex == lexCommunication) && !s.instance
			case 'a', 's':
			default:
				ok = false
			}
		}
		if ok && noun {
			out = append(out, strings.ToLower(w)+" | wordnet-person-class")
		}
	}
	sort.Strings(out)
	return out, nil
}
