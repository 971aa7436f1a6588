package schema

import (
	"context"
	"errors"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql"
)

// CodeAmbiguousName: an argument that takes a node by ID or name was given a name that several
// nodes answer to; extensions.candidates lists them ({id, kind, label}), to be asked again by ID.
const CodeAmbiguousName = "AMBIGUOUS_NAME"

// nodeRefDoc ends the description of every argument nodeRef reads.
const nodeRefDoc = "its ID, or its name or an alias as a user types it (\"Lu Kang\", case-insensitive); " +
	"a name no node has is NOT_FOUND, one several nodes answer to AMBIGUOUS_NAME with their IDs in extensions.candidates " +
	"(so is a full personal name no node has whose surname alone names persons: \"Mike Pence\" lists \"Pence\", \"Recep Erdogan\" lists \"Recep Tayyip Erdogan\"; " +
	"and a surname alone no node has: \"Erdogan\" lists the persons of that family name)."

// nodeRef reads a node argument that takes an ID or, as a user would type it, a name ("Lu Kang",
// "Ministry of Commerce"): an ID (graph.KindOfID) is returned unchanged, whether or not the store
// holds it, so every ID keeps the answer it had; anything else is resolved by
// graph.(*Store).ResolveNode, the resolver of `export --around`. "" stays "" (no filter). arg
// names the argument in messages. Errors: CodeNotFound when no node is named so (the message
// lists up to five nodes whose names contain it; extensions.candidates has them too),
// CodeAmbiguousName when several are (all of them), the store's.
func (t *types) nodeRef(ctx context.Context, arg, ref string) (string, error) {
	if ref == "" || graph.KindOfID(ref) != "" {
		return ref, nil
	}
	id, err := t.store.ResolveNode(ctx, ref)
	var ne *graph.NameError
	switch {
	case err == nil:
		return id, nil
	case errors.As(err, &ne):
		code := CodeNotFound
		if errors.Is(err, graph.ErrAmbiguous) {
			code = CodeAmbiguousName
		}
		cands := make([]any, len(ne.Nodes))
		for i, n := range ne.Nodes {
			cands[i] = map[string]any{"id": n.ID, "kind": string(n.Kind), "label": n.Label()}
		}
		return "", &Error{Code: code, Message: arg + ": " + ne.Text(), Err: err, ext: map[string]any{"candidates": cands}}
	}
	return "", storeError(err, false)
}

// endpointArgs reads the source, target, addressee and (relations only) speaker arguments of a relation list
// into f, each an ID or a name (nodeRef).
func (t *types) endpointArgs(p graphql.ResolveParams, f *graph.RelationFilter) (err error) {
	f.Source, _ = p.Args["source"].(string)
	f.Target, _ = p.Args["target"].(string)
	if f.Source, err = t.nodeRef(p.Context, "source", f.Source); err != nil {
		return err
	}
	if f.Target, err = t.nodeRef(p.Context, "target", f.Target); err != nil {
		return err
	}
	f.Addressee, _ = p.Args["addressee"].(string)
	if f.Addressee, err = t.nodeRef(p.Context, "addressee", f.Addressee); err != nil {
		return err
	}
	f.Speaker, _ = p.Args["speaker"].(string)
	f.Speaker, err = t.nodeRef(p.Context, "speaker", f.Speaker)
	return err
}
