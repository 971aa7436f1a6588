// Package wordclassdata embeds the closed word classes of English that several extraction stages
// share (see README.md here for the format and the sources). It exposes the files and nothing
// else; lexicon.WordClass parses them once per process.
package wordclassdata

import "embed"

// FS holds the *.txt files of this folder, one word class each, and those of phrases/, one phrase
// class each (lexicon.PhraseClass).
//
//go:embed *.txt phrases/*.txt
var FS embed.FS
