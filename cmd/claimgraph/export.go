package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/claimgraph/claimgraph/export"
	"github.com/claimgraph/claimgraph/graph"
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
	fs.StringVar(&x.from, "from", "", "keep evidence from articles published on or after this date (YYYY-MM-DD, or a month YYYY-MM or year YYYY)")
	fs.StringVar(&x.to, "to", "", "keep evidence from articles published on or before this date (YYYY-MM-DD, or a month YYYY-MM or year YYYY)")
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
  csv        nodes.csv, edges.csv, evidence.csv (one row per sentence), articles.csv (metadata
             and the cleaned text the evidence offsets count code points of): into the folder
             -o names, or a zip when -o ends in .zip or is missing (written to standard output)
  jsonl      JSON lines (articles with their text, nodes, mentions, relations with evidence): a
             backup that 'load --restore FILE' reads back with every ID kept

The filters apply to every format. --from/--to keep only the sentences of articles published in
the range (and the relations left with one); --actors-only folds policies and claims into edges
between the actors that relate to the same one (attributes via, via_kind, via_type, alignment). With any
filter, the nodes are the ends of the relations kept (and the --around node); without one, every
node of the store, isolated ones too.

An existing -o is replaced only with --force (for csv: the tables in the folder); otherwise, and
for an existing folder with a one-file format, export refuses with exit 1 and says what to do.`,
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
			// nu18 A21: a running serve exports the same over GET /export (web/export.go).
			g.overHTTP = "export from the running server over HTTP: GET /export?format=FORMAT with the other flags as query parameters " +
				"(types, kinds, from, to, min-confidence, actors-only, around, depth), e.g. curl -o graph.gexf 'http://ADDR/export?format=gexf'"
			s, err := openExistingStore(g, true)
			if err != nil {
				return err
			}
			defer s.Close()
			if csvDir {
				sel, err := export.SelectFor(cmd.Context(), s, filter, export.CSV)
				if err != nil {
					return err
				}
				if err := export.WriteCSVDir(sel, outPath); err != nil {
					return fmt.Errorf("export to %s: %w", outPath, err)
				}
				reportExport(g, cmd, outPath, len(sel.Nodes), len(sel.Edges), filter)
				return nil
			}
			w := g.stdout
			if out != nil {
				w = out
			}
			nodes, edges, err := writeExport(cmd, s, f, filter, w)
			if err != nil {
				if out != nil {
					return fmt.Errorf("export to %s: %w", outPath, err)
				}
				return err
			}
			if out != nil {
				if err := out.Commit(); err != nil {
					return err
				}
			}
			reportExport(g, cmd, outPath, nodes, edges, filter)
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "graphml", "gexf, graphml, cytoscape, csv or jsonl")
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "output file, or folder for csv (default standard output); never inside the store directory")
	cmd.Flags().BoolVar(&force, "force", false, "overwrite the -o file (or the CSV files in the -o folder) if it exists")
	x.add(cmd)
	return cmd
}

// writeExport writes the export to w as export.Write does and returns how many nodes and
// relations (edges, with --actors-only) it wrote: for the whole store, streamed, the store's
// counts; otherwise the selection's.
func writeExport(cmd *cobra.Command, s *graph.Store, f export.Format, filter export.Filter, w io.Writer) (nodes, edges int, err error) {
	if filter.IsZero() && f.Streams() {
		if err := export.Write(cmd.Context(), s, f, filter, w); err != nil {
			return 0, 0, err
		}
		st, err := s.Stats(cmd.Context())
		if err != nil {
			return 0, 0, err
		}
		return st.Nodes, st.Relations, nil
	}
	sel, err := export.SelectFor(cmd.Context(), s, filter, f)
	if err != nil {
		return 0, 0, err
	}
	if err := export.WriteGraph(sel, f, w); err != nil {
		return 0, 0, err
	}
	return len(sel.Nodes), len(sel.Edges), nil
}

// reportExport tells the user on stderr what an export wrote ("wrote 12 nodes, 30 relations to
// g.graphml"), and when filters are set and no relation passed them, says so and names the
// filters: an empty file with exit status 0 otherwise looks like a working export.
func reportExport(g *globals, cmd *cobra.Command, outPath string, nodes, edges int, filter export.Filter) {
	to := "standard output"
	if outPath != "" && outPath != "-" {
		to = outPath
	}
	fmt.Fprintf(g.stderr, "wrote %s, %s to %s\n", plural(nodes, "node"), plural(edges, "relation"), to)
	if edges > 0 || filter.IsZero() {
		return
	}
	var set []string
	cmd.Flags().Visit(func(f *pflag.Flag) {
		if exportFilterFlags[f.Name] {
			if f.Value.Type() == "bool" {
				set = append(set, "--"+f.Name)
			} else {
				set = append(set, "--"+f.Name+" "+f.Value.String())
			}
		}
	})
	fmt.Fprintf(g.stderr, "note: no relation matched the filters (%s)\n", strings.Join(set, ", "))
}

// exportFilterFlags are the flags of exportFlags.add, the filters reportExport names.
var exportFilterFlags = map[string]bool{
	"types": true, "kinds": true, "from": true, "to": true, "min-confidence": true,
	"actors-only": true, "around": true, "depth": true,
}
