// Package stancedata embeds the learned stance model (stance.model, learn's CGLM format),
// written by `go run ./tools/trainstance`; see NOTICE in this directory for what it was trained
// on. The model holds hashed feature weights only, no text.
package stancedata

import _ "embed"

// Model is the stance classifier (package stance, format of package learn).
//
//go:embed stance.model
var Model []byte

// LexNames is WordNet 3.0's lexicographer file of the first sense of its SemCor-attested one-word
// nouns and verbs ("lexname | word word …"), written by `go run ./tools/wordnetclass -class
// lexname`; WordNet 3.0 Copyright 2006 by Princeton University (licence:
// data/frames/source/LICENSE-wordnet.txt).
//
//go:embed wordnet-lexnames.txt
var LexNames string
