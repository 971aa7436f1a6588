package syntax

import (
	"bytes"
	"fmt"

	syntaxdata "github.com/claimgraph/claimgraph/data/syntax"
	"github.com/claimgraph/claimgraph/syntax/depparse"
	"github.com/claimgraph/claimgraph/syntax/lemma"
	"github.com/claimgraph/claimgraph/syntax/tag"
)

func loadEmbedded() (*Model, error) {
	tg, err := tag.Load(bytes.NewReader(syntaxdata.Tagger))
	if err != nil {
		return nil, fmt.Errorf("syntax: embedded tagger model: %w", err)
	}
	p, err := depparse.Load(bytes.NewReader(syntaxdata.Parser))
	if err != nil {
		return nil, fmt.Errorf("syntax: embedded parser model: %w", err)
	}
	lm, err := lemma.Load(bytes.NewReader(syntaxdata.Lemma), "lemma.tsv")
	if err != nil {
		return nil, fmt.Errorf("syntax: embedded lemma table: %w", err)
	}
	return New(tg, lm, p)
}
