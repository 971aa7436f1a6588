// Package loader turns articles (text, HTML, JSON, JSONL) into graph.ArticleGraph values: it reads
// inputs, strips page furniture, splits sentences, finds actors and extracts relations and claims
// with their evidence. Every offset it reports is in Unicode code points into the cleaned text.
package loader

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
