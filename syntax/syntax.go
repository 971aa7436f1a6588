// Package syntax annotates tokenized English sentences with Universal Dependencies v2: the
// universal and Penn Treebank part-of-speech tags (UPOS, XPOS), the lemma, and a dependency
// tree (head and relation of every word). It ties together the tagger (syntax/tag), the
// lemmatizer (syntax/lemma) and the parser (syntax/depparse), all trained on UD English EWT
// (CC BY-SA 4.0; see data/syntax/README.md).
//
// The models are embedded in the binary (data/syntax) and loaded once per process by Default;
// a Model is immutable and safe for concurrent use.
package syntax

import (
	"fmt"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/syntax/depparse"
	"github.com/claimgraph/claimgraph/syntax/tag"
)

// Token is one word of a sentence. The caller sets Form (and, if it has them, Start and End);
// Annotate fills the rest.
type Token struct {
	Form string
	// Start and End are the caller's offsets of the token (the loader uses Unicode code points
	// into the cleaned article text); Annotate carries them and never reads them.
	Start, End int

	UPOS   string // universal part of speech (NOUN, VERB, ADP, …)
	XPOS   string // Penn Treebank tag (NN, VBD, IN, …)
	Lemma  string
	Head   int    // index in the sentence of the head token; -1 for the root of the sentence
	DepRel string // UD relation to the head ("nsubj", "obl:agent", …; "root" for the root)
}

// Lemmatizer gives the lemma of a word given its tags.
type Lemmatizer interface {
	Lemma(form, upos, xpos string) string
}

// Model is a loaded tagger, lemmatizer and parser.
type Model struct {
	tagger *tag.Model
	lemma  Lemmatizer
	parser *depparse.Model
}

// New assembles a Model; lemma may be nil (lemmas are then left empty).
func New(tagger *tag.Model, lemma Lemmatizer, parser *depparse.Model) (*Model, error) {
	if tagger == nil || parser == nil {
		return nil, fmt.Errorf("syntax: New needs a tagger and a parser")
	}
	return &Model{tagger: tagger, lemma: lemma, parser: parser}, nil
}

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the model embedded in the binary, loading it on the first call (about a
// second; later calls return the same Model). The error reports a corrupt embedded file.
func Default() (*Model, error) {
	defaultOnce.Do(func() { defaultModel, defaultErr = loadEmbedded() })
	return defaultModel, defaultErr
}

// Parser returns the dependency parser.
func (m *Model) Parser() *depparse.Model { return m.parser }

// Lemmatizer returns the lemmatizer (nil when the model was built without one).
func (m *Model) Lemmatizer() Lemmatizer { return m.lemma }

// WithBeam returns a Model that shares m's tagger, lemmatizer and weights but parses with beam
// width k (1 = greedy: fastest; wider: more accurate and slower, see bench/README.md). The
// embedded parser's default width is the one it was trained with.
func (m *Model) WithBeam(k int) *Model {
	return &Model{tagger: m.tagger, lemma: m.lemma, parser: m.parser.SetBeam(k)}
}

// Tagger returns the part-of-speech tagger.
func (m *Model) Tagger() *tag.Model { return m.tagger }

// Annotate tags, lemmatizes and parses one sentence in place. Any sentence is accepted (empty,
// very long, punctuation only); the result is always one tree whose root has Head -1.
func (m *Model) Annotate(sent []Token) {
	if len(sent) == 0 {
		return
	}
	forms := make([]string, len(sent))
	for i := range sent {
		forms[i] = sent[i].Form
	}
	upos := make([]string, len(sent))
	xpos := make([]string, len(sent))
	m.tagger.Tag(forms, upos, xpos)
	for i := range sent {
		sent[i].UPOS, sent[i].XPOS = upos[i], xpos[i]
	}
	m.AnnotateTagged(sent)
}

// AnnotateTagged lemmatizes and parses a sentence whose UPOS and XPOS are already set (gold
// tags when scoring the parser alone).
func (m *Model) AnnotateTagged(sent []Token) {
	if len(sent) == 0 {
		return
	}
	ws := make([]depparse.Word, len(sent))
	for i := range sent {
		t := &sent[i]
		ws[i] = depparse.Word{Form: ewtForm(t.Form), UPOS: t.UPOS, XPOS: t.XPOS}
		if m.lemma != nil {
			t.Lemma = m.lemma.Lemma(t.Form, t.UPOS, t.XPOS)
		}
	}
	heads := make([]int, len(sent))
	labels := make([]string, len(sent))
	m.parser.ParseInto(ws, heads, labels)
	for i := range sent {
		sent[i].Head = heads[i] - 1
		sent[i].DepRel = labels[i]
	}
}

// ewtForm writes a typographic apostrophe (U+2019, usual in news text: "China’s", "we’ve") as
// the ASCII one EWT uses, so that the parser's word features for "’s" and "’ve" are those it
// learned for "'s" and "'ve". The tagger and the lemmatizer do the same.
func ewtForm(form string) string {
	if strings.Contains(form, "\u2019") {
		return strings.ReplaceAll(form, "\u2019", "'")
	}
	return form
}
