// Package input is the reading and cleaning floor of claimgraph's loader (docs/layout/plan.md
// step 8, floor 2 of docs/extraction-layout.md): it reads articles and turns each into clean text
// with its sentences, and knows nothing of actors, claims or relations.
//
//   - Read walks paths (files, folders, "-" for standard input) and yields one Document per article:
//     plain text (.txt), an HTML page (.html, .htm), a JSON record or array (.json) or JSON lines
//     (.jsonl), each up to MaxDocumentBytes; HTML in another charset is decoded to UTF-8, invalid
//     UTF-8 repaired (Document.Warnings). A document it cannot read reaches the callback as an
//     *InputError (path, line) wrapping one of the Err* sentinels (ErrEmpty for blank text).
//   - Cleaner.Clean turns a Document into a Cleaned article: page furniture (navigation, share
//     rows, captions, bylines, credits) dropped, paragraphs joined, title, authors, outlet and
//     the publication date (with its source: DateFrom*) found; ErrNoContent when nothing readable
//     is left. Cleaned.Article.Text is the text every later offset refers to.
//   - Splitter.Split cuts a cleaned text into Sentences (paragraphs are hard boundaries).
//
// Every offset is in Unicode code points into the cleaned text. It imports graph (for
// graph.Article) and text, nothing of the extraction.
package input

import "github.com/claimgraph/claimgraph/graph"

// Document is one input article before cleaning, as read from a file or a JSON record.
type Document struct {
	Source    string   // where it came from: "path", "path:line" for JSONL, "-" for stdin
	URL       string   // optional
	Title     string   // optional
	Published string   // optional, as given; normalized to YYYY-MM-DD when parseable
	Authors   []string // optional
	Outlet    string   // optional
	Text      string   // plain text (mutually exclusive with HTML)
	HTML      string   // raw HTML page or fragment

	// PublishedSource says who gave Published (DateFromJSON when empty, DateFromFlag for
	// `load --published`); it becomes graph.Article.PublishedSource when Published is the date kept.
	PublishedSource string
	// File is the path of the file that holds this document alone (a .txt, .html or one-object
	// .json file), for the date in its name; "" for a JSONL line, a JSON array element or stdin.
	File     string
	Warnings []string // what Read changed to read it (a repaired encoding), for the user
	// Root is the directory named to Read that holds Source, when Source was found by walking
	// it; "" for a file named itself or stdin. The stored source is Source relative to Root
	// (graph.SourceUnder), so that mine/s13.txt and v2/s13.txt are told apart.
	Root string
}

// Sentence is one sentence of the cleaned text.
type Sentence struct {
	Index     int    // 0-based
	Paragraph int    // 0-based index of the blank-line separated paragraph it belongs to
	Start     int    // code points into the cleaned text
	End       int    // exclusive
	Text      string // the sentence, exactly Text[Start:End] in code points
}

// Cleaned is an article after cleaning and sentence splitting: Article.Text is the cleaned text
// that all offsets refer to; Article.ID, Authors and metadata are filled.
type Cleaned struct {
	Article   graph.Article
	Sentences []Sentence
}
