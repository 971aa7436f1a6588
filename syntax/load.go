package syntax

import (
	"bytes"
	"fmt"
	"os"

	syntaxdata "github.com/claimgraph/claimgraph/data/syntax"
	"github.com/claimgraph/claimgraph/syntax/clusters"
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

// LoadFiles assembles a Model from a tagger and a parser model file (as cmd/claimgraph-train
// writes them) and the embedded lemma table: for scoring models that are not the embedded
// default, such as candidates written by claimgraph-train. Errors name the file.
func LoadFiles(taggerPath, parserPath string) (*Model, error) {
	return LoadFilesWith(taggerPath, parserPath, "")
}

// LoadFilesWith is LoadFiles for models trained with a word-cluster table (claimgraph-train
// -clusters): clustersPath names the table file ("" for none).
func LoadFilesWith(taggerPath, parserPath, clustersPath string) (*Model, error) {
	var tab *clusters.Table
	if clustersPath != "" {
		var err error
		if tab, err = clusters.LoadFile(clustersPath); err != nil {
			return nil, err
		}
	}
	tg, err := tag.LoadFileWith(taggerPath, tab)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(parserPath)
	if err != nil {
		return nil, fmt.Errorf("syntax: %w", err)
	}
	defer f.Close()
	p, err := depparse.LoadWith(f, tab)
	if err != nil {
		return nil, fmt.Errorf("syntax: %s: %w", parserPath, err)
	}
	lm, err := lemma.Load(bytes.NewReader(syntaxdata.Lemma), "lemma.tsv")
	if err != nil {
		return nil, fmt.Errorf("syntax: embedded lemma table: %w", err)
	}
	return New(tg, lm, p)
}
