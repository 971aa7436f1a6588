package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/graph"
)

func newDeleteCmd(g *globals) *cobra.Command {
	var article, url string
	cmd := &cobra.Command{
		Use:   "delete --article ID | --url URL",
		Short: "Remove an article with its evidence, and the nodes and relations left without evidence",
		Args:  argsUsage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch {
			case article == "" && url == "":
				return usagef("delete needs --article ID or --url URL")
			case article != "" && url != "":
				return usagef("give --article or --url, not both")
			case url != "":
				// an article with a URL has its ID from the URL alone (graph.ArticleID)
				article = graph.ArticleID(url, "")
			}
			s, err := openExistingStore(g, false)
			if err != nil {
				return err
			}
			defer s.Close()
			if err := s.DeleteArticle(cmd.Context(), article); err != nil {
				if errors.Is(err, graph.ErrNotFound) {
					if url != "" {
						return hintError{fmt.Sprintf("store %s has no article with URL %q (give the URL exactly as loaded, or --article ID from the articles query)", g.db, url), err}
					}
					return hintError{fmt.Sprintf("store %s has no article %q (list the stored articles' IDs with the articles query)", g.db, article), err}
				}
				return err
			}
			fmt.Fprintf(g.stdout, "deleted article %s\n", article)
			return nil
		},
	}
	cmd.Flags().StringVar(&article, "article", "", "article ID (see the articles query)")
	cmd.Flags().StringVar(&url, "url", "", "the article's URL, as loaded")
	return cmd
}

func newStatsCmd(g *globals) *cobra.Command {
	var breakdown bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Print how many articles, nodes, relations and mentions the store holds (--breakdown: by node kind, relation type and country)",
		Args:  argsUsage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := openExistingStore(g, true)
			if err != nil {
				return err
			}
			defer s.Close()
			st, err := s.Stats(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Fprintf(g.stdout, "articles %d\nnodes %d\nrelations %d\nmentions %d\n", st.Articles, st.Nodes, st.Relations, st.Mentions)
			if !breakdown {
				return nil
			}
			b, err := s.Breakdown(cmd.Context())
			if err != nil {
				return err
			}
			printCounts(g, "nodes by kind", b.NodesByKind)
			printCounts(g, "relations by type", b.RelationsByType)
			printCounts(g, "actors by country", b.ActorsByCountry)
			printCounts(g, "relations by source country", b.RelationsBySourceCountry)
			return nil
		},
	}
	cmd.Flags().BoolVar(&breakdown, "breakdown", false, "also count nodes by kind, relations by type, actors and relations' sources by country (ISO3; - for none known)")
	return cmd
}

// printCounts writes a blank line, the section title, then one "  KEY<TAB>N" line per count
// ("-" for the empty key: no country known).
func printCounts(g *globals, title string, cs []graph.Count) {
	fmt.Fprintf(g.stdout, "\n%s\n", title)
	for _, c := range cs {
		k := c.Key
		if k == "" {
			k = "-"
		}
		fmt.Fprintf(g.stdout, "  %s\t%d\n", k, c.N)
	}
}
