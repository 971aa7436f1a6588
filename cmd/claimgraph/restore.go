package main

import (
	"context"
	"fmt"
	"os"

	"github.com/claimgraph/claimgraph/export"
	"github.com/claimgraph/claimgraph/graph"
)

// restorePaths stores the JSON lines backups at paths (see export.ReadBackup) article by article
// with graph.Store.RestoreArticle, so every node and relation keeps its ID. A file that does not
// read as a backup is reported with its line and nothing of it is stored; an article already
// stored with the same content is left as it is.
func restorePaths(ctx context.Context, g *globals, s *graph.Store, paths []string) error {
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		b, err := export.ReadBackup(f, path)
		f.Close()
		if err != nil {
			return err
		}
		restored, unchanged := 0, 0
		for _, ag := range b.Articles {
			res, err := s.RestoreArticle(ctx, ag)
			if err != nil {
				return fmt.Errorf("%s: restoring article %s: %w", path, ag.Article.ID, err)
			}
			if res.Skipped {
				unchanged++
			} else {
				restored++
			}
		}
		if b.Unplaced > 0 {
			g.log.Warn("facts, sentences or mentions that no article of the backup holds were not restored", "file", path, "count", b.Unplaced)
		}
		st, err := s.Stats(ctx)
		if err != nil {
			return err
		}
		// The same shape as load's summary: what was read, then what became of it (adding up).
		fmt.Fprintf(g.stdout, "%s: read %s: %d restored, %d unchanged; the store holds %s, %s, %s\n",
			path, plural(restored+unchanged, "article"), restored, unchanged,
			plural(st.Articles, "article"), plural(st.Nodes, "node"), plural(st.Relations, "relation"))
	}
	return nil
}
