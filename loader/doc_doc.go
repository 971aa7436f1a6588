// The document the stages annotate: one article's sentences and what each stage found in them.
//
// Fields are grouped by the stage whose code writes them, as docs/layout/loader-map.md's
// *Fields × stages* table finds (step 2 of docs/layout/plan.md: one writer per field). A stage
// is the floor of the file that holds the code (the map's file rules): "doc" is newDoc
// (extract.go), "facade" the Extractor's driver. Where a later phase than the writer's own fills
// a memo on first use, the comment says "once computed". A field set by more than one stage says
// so and names them; those are the splits step 2 still owes.

package loader

import docpkg "github.com/claimgraph/claimgraph/doc"

// sent is one sentence with its tokens and per-token annotations: the package doc's Sent (its
// fields name their writing stages), the first of the document's types to leave the loader
// (restruct10). The import is named docpkg: the loader's own per-article type is doc.
type sent = docpkg.Sent

// doc is the loader's per-article state: the document (docpkg.Doc), which the stages annotate and
// which the packages below read, and the fields whose types are still the loader's (they move
// with the stage that declares their type).
type doc struct {
	*docpkg.Doc

	// written by newDoc (doc), read-only after it
	x *Extractor

	// written by relations
	wordCues map[string]*wordCue // wordCue of the words the shared cache (Extractor.cues) has no room for
	// per sentence (by Sent.Idx), its parse once computed by parseSentenceFor, read-only after
	// (relation_parsecache.go); written by claims and relations, the two stages that parse
	parses []parseMemo
	// per sentence (by Sent.Idx), the wordCue of each word, once computed by cuesOf (relations)
	sentCues [][]*wordCue
	// the words the article writes in lower case outside title-case lines (relation_headlinecase.go)
	lowerSeen map[string]bool
	// per sentence, what the parse statistics record (parsestats.go); nil unless counting
	pstats *docParseStats
	// per sentence, the frames matches' cue tokens → "<type>:<frame>" (relation_stance.go noteCues),
	// when the learned stance layer or its tap is on
	stanceCues map[int]map[int]string
}
