package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/export"
)

// exportFlags are the filters shared by `export` and GET /export (whose query parameters have the
// same names).
type exportFlags struct {
	types, kinds  string
	from, to      string
	minConfidence float64
	actorsOnly    bool
	around        string
	depth         int
}

func (x *exportFlags) add(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringVar(&x.types, "types", "", "relation types to keep, comma-separated (e.g. OPPOSES,THREATENS)")
	fs.StringVar(&x.kinds, "kinds", "", "node kinds to keep, comma-separated (e.g. PERSON,COUNTRY)")
	fs.StringVar(&x.from, "from", "", "keep evidence from articles published on or after this date (YYYY-MM-DD)")
	fs.StringVar(&x.to, "to", "", "keep evidence from articles published on or before this date (YYYY-MM-DD)")
	fs.Float64Var(&x.minConfidence, "min-confidence", 0, "keep relations with at least this confidence (0..1)")
	fs.BoolVar(&x.actorsOnly, "actors-only", false, "actors alone; policies and claims become edge attributes (via)")
	fs.StringVar(&x.around, "around", "", "keep the neighborhood of this node (an ID, or a name such as \"Ruan Zongze\")")
	fs.IntVar(&x.depth, "depth", 1, "hops around --around")
}

func (x *exportFlags) filter() (export.Filter, error) {
	f := export.Filter{
		Types: export.ParseTypes(x.types), Kinds: export.ParseKinds(x.kinds), From: x.from, To: x.to,
		MinConfidence: x.minConfidence, ActorsOnly: x.actorsOnly, Around: x.around, Depth: x.depth,
	}
	if err := f.Validate(); err != nil {
		return f, usageError{err}
	}
	return f, nil
}

func newExportCmd(g *globals) *cobra.Command {
	var format, outPath string
	var x exportFlags
	var force bool
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the graph, or a filtered part, as GEXF, GraphML, Cytoscape.js JSON, CSV or JSON lines",
		Long: `Export writes the graph for other tools:

  gexf       GEXF 1.3 for Gephi: node kind, country, code; edge relType, confidence, evidence
             count and sentences; one spell per publication date for Gephi's timeline
  graphml    GraphML (yEd, networkx, igraph, sigma.js, Cytoscape desktop); the edge type is relType
  cytoscape  Cytoscape.js JSON {"elements": {"nodes", "edges"}} (Cytoscape desktop reads it as .cyjs)
  csv        nodes.csv, edges.csv, evidence.csv (one row per sentence): into the folder -o names,
             or a zip when -o ends in .zip or is missing (written to standard output)
  jsonl      JSON lines (articles with their text, nodes, mentions, relations with evidence): a
             backup that 'load --restore FILE' reads back with every ID kept

The filters apply to every format. --from/--to keep only the sentences of articles published in
the range (and the relations left with one); --actors-only folds policies and claims into edges
between the actors that relate to the same one (attributes via, via_kind, via_type). With any
filter, the nodes are the ends of the relations kept (and the --around node); without one, every
node of the store, isolated ones too.`,
		Args: argsUsage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := export.ParseFormat(format)
			if err != nil {
				return usagef("--format: %v", err)
			}
			filter, err := x.filter()
			if err != nil {
				return err
			}
			if f == export.JSONL && filter.ActorsOnly {
				return usagef("--actors-only does not go with --format jsonl: a backup holds stored facts only")
			}
			csvDir := f == export.CSV && outPath != "" && outPath != "-" && !strings.HasSuffix(strings.ToLower(outPath), ".zip")
			var out *outputFile
			if csvDir {
				if err := checkCSVDir(g.db, outPath, force); err != nil {
					return err
				}
			} else if outPath != "" && outPath != "-" {
				if out, err = createOutput(g.db, outPath, force); err != nil {
					return err
				}
				defer out.Abort()
			}
			s, err := openStore(g, true)
			if err != nil {
				return err
			}
			defer s.Close()
			if csvDir {
				sel, err := export.Select(cmd.Context(), s, filter, false)
				if err != nil {
					return err
				}
				if err := export.WriteCSVDir(sel, outPath); err != nil {
					return fmt.Errorf("export to %s: %w", outPath, err)
				}
				return nil
			}
			w := g.stdout
			if out != nil {
				w = out
			}
			if err := export.Write(cmd.Context(), s, f, filter, w); err != nil {
				if out != nil {
					return fmt.Errorf("export to %s: %w", outPath, err)
				}
				return err
			}
			if out != nil {
				return out.Commit()
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "graphml", "gexf, graphml, cytoscape, csv or jsonl")
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "output file, or folder for csv (default standard output); never inside the store directory")
	cmd.Flags().BoolVar(&force, "force", false, "overwrite the -o file (or the CSV files in the -o folder) if it exists")
	x.add(cmd)
	return cmd
}
