package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/schema"
)

func newQueryCmd(g *globals) *cobra.Command {
	var vars string
	cmd := &cobra.Command{
		Use:   "query 'GRAPHQL' | -",
		Short: "Run one GraphQL query against the store, without a server, and print the JSON result",
		Long: `Query runs one GraphQL query against the store and prints the JSON result. With - as the
query, the query is read from standard input (a file of saved queries: claimgraph query - < q.graphql).`,
		Example: `  claimgraph query '{ nodes(kinds: [PERSON]) { totalCount nodes { label } } }'
  claimgraph query --vars '{"id":"a_..."}' 'query($id: ID!) { node(id: $id) { label } }'
  claimgraph query - < saved-query.graphql`,
		Args: argsUsage(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			q := args[0]
			if q == "-" {
				b, err := io.ReadAll(io.LimitReader(g.stdin, schema.DefaultMaxBodyBytes+1))
				if err != nil {
					return fmt.Errorf("reading the query from standard input: %w", err)
				}
				if len(b) > schema.DefaultMaxBodyBytes {
					return usagef("the query on standard input is larger than %d bytes", schema.DefaultMaxBodyBytes)
				}
				if q = string(b); strings.TrimSpace(q) == "" {
					return usagef("query -: standard input is empty; pipe a GraphQL query into it")
				}
			}
			var v map[string]any
			if vars != "" {
				if err := json.Unmarshal([]byte(vars), &v); err != nil {
					return usagef("--vars is not a JSON object: %v", err)
				}
			}
			s, err := openExistingStore(g, true)
			if err != nil {
				return err
			}
			defer s.Close()
			res := schema.Execute(cmd.Context(), s, q, v, "")
			enc := json.NewEncoder(g.stdout)
			enc.SetIndent("", "  ")
			if err := enc.Encode(res); err != nil {
				return err
			}
			if len(res.Errors) > 0 {
				if len(res.Errors) == 1 {
					return errors.New("query returned an error")
				}
				return fmt.Errorf("query returned %d errors", len(res.Errors))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&vars, "vars", "", "variables as a JSON object")
	return cmd
}
