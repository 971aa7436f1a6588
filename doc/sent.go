// Package doc holds the document the extraction stages annotate (issue 13, docs/layout/plan.md
// step 2): one article's sentences and, as the types move here from loader/doc_*.go one by one,
// what each stage finds in them. Every field names the stage that writes it; a later stage reads
// it and never rewrites it. It sits above text/, lexicon/, input/ and discourse/ (their types are
// its fields' types) and below every stage; the loader names its types through aliases
// (loader/doc_doc.go: type sent = docpkg.Sent; doc_entity.go: entity, roleRec, mention;
// doc_quote.go: quote; doc_cands.go: claimCand, relCand),
// since the loader's own per-article type is called doc.
package doc

import (
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/text"
)

// Sent is one sentence of the article with its tokens and per-token annotations. Offsets are
// code points into the cleaned text (input.Cleaned), as the tokens' Start and End are.
type Sent struct {
	// written by the document's constructor (loader's newDoc)
	Idx  int            // index in the article's sentences
	S    input.Sentence // the cleaned sentence: text, offsets, paragraph
	Toks []text.Token   // S's tokens (text.Tokenize)
	Ment []int          // per token: index into the article's mentions, or -1; the constructor fills -1, actors (addMention) set it

	// allocated by the constructor, set by segment
	InQuote []bool // per token: inside a quotation

	// written by segment
	Headline bool            // title-case line: no names from word shape alone
	Question bool            // a journalist's turn in a press-conference transcript ("Q: …")
	Unit     *discourse.Unit // who speaks in its paragraph (markTurns, loader/segment_turns.go)
}
