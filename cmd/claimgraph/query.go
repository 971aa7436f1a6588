package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/schema"
)

func newQueryCmd(g *globals) *cobra.Command {
	var vars string
	cmd := &cobra.Command{
		Use:   "query 'GRAPHQL'",
		Short: "Run one GraphQL query against the store, without a server, and print the JSON result",
		Example: `  claimgraph query '{ nodes(kinds: [PERSON]) { totalCount nodes { label } } }'
  claimgraph query --vars '{"id":"a_..."}' 'query($id: ID!) { node(id: $id) { label } }'`,
		Args: argsUsage(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			var v map[string]any
			if vars != "" {
				if err := json.Unmarshal([]byte(vars), &v); err != nil {
					return usagef("--vars is not a JSON object: %v", err)
				}
			}
			s, err := openStore(g, true)
			if err != nil {
				return err
			}
			defer s.Close()
			res := schema.Execute(cmd.Context(), s, args[0], v, "")
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
