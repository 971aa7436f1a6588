// Package doc holds the document the extraction stages annotate (issue 13, docs/layout/plan.md
// steps 2 and 8): Doc, one article's state — its text, sentences (Sent), the lexicons and the
// Phoenix dictionaries it is read with, and what each stage finds (Entity, Role, Mention, Quote,
// ClaimCand, RelCand) — with the doc floor's helpers over one sentence, the lexicons and the
// article's metadata (SpeechAt, VerbAfter, PublisherBody, TimeAdverbialAt, …). Every field names
// the stage that writes it; a later stage reads it and never rewrites it. It sits above text/,
// lexicon/, input/ and discourse/ (their types are its fields' types) and below every stage
// (segment/ is the first package over it, since restruct21); the loader's per-article type embeds
// it (loader/doc_doc.go: type doc struct{ *docpkg.Doc; … } with the fields whose types are still
// the loader's) and names its types through aliases (sent, entity, roleRec, mention, quote,
// claimCand, relCand), the import named docpkg since the loader's own type is called doc.
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

// TokensAt returns, for each code-point offset of starts (ascending: a parse's words), the index
// of the sentence's token that begins there, or -1 where none does (a parse word inside a token).
// The loader's parse-word readers (nameWords, demonymWords) share it.
func TokensAt(st *Sent, starts []int) []int {
	out := make([]int, len(starts))
	k := 0
	for i := range starts {
		for k+1 < len(st.Toks) && st.Toks[k].End <= starts[i] {
			k++
		}
		out[i] = -1
		if k < len(st.Toks) && st.Toks[k].Start == starts[i] {
			out[i] = k
		}
	}
	return out
}
