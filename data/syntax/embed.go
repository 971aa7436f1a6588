// Package syntaxdata embeds the models of package syntax, trained on UD English EWT and
// distributed under CC BY-SA 4.0 (see README.md in this directory).
package syntaxdata

import _ "embed"

// Parser is the dependency parser model (syntax/depparse format, gzip), written by
// `go run ./cmd/claimgraph-train`.
//
//go:embed parser.model
var Parser []byte

// Tagger is the part-of-speech tagger model (syntax/tag format).
//
//go:embed tagger.model
var Tagger []byte

// Lemma is the lemmatizer's exception table and known-lemma set (syntax/lemma format).
//
//go:embed lemma.tsv
var Lemma []byte
