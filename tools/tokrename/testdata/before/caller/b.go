package caller

import (
	"context"

	"github.com/claimgraph/claimgraph/loader"
)

// A caller of the loader: reading moves to input, the pipeline stays.
func load(ctx context.Context, p *loader.Pipeline) error {
	return loader.Read(ctx, []string{"-"}, nil, func(d loader.Document, err error) error {
		_, perr := p.Process(ctx, d)
		return perr
	})
}

// tokenize is this package's own: the loader's moved names are not rewritten here.
func tokenize(s string) int { return len(s) }

func count() int { return tokenize("abc") }
