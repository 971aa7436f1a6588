// Package framesdata embeds the cue dictionaries of the frames package (see README.md here for
// what each file holds, who writes it and its licence). It exposes the files and nothing else.
package framesdata

import "embed"

// FS holds cameo-verbs.txt, cameo-patterns.txt, cameo-forms.txt, cameo-nouns.txt, cue-classes.txt
// and modality.txt, and source/wordnet-first-senses.txt (read by frames/seizure.go). The other
// sources under source/ and the hand table cameo-types.txt are inputs of cmd/claimgraph-cues only.
//
//go:embed cameo-verbs.txt cameo-patterns.txt cameo-forms.txt cameo-nouns.txt cue-classes.txt modality.txt source/wordnet-first-senses.txt
var FS embed.FS
