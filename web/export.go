// Package web holds the HTTP handlers beside the GraphQL endpoint: GET /export (the exports of
// package export, filtered by query parameters) and GET /explore (the graph explorer page, with
// Cytoscape.js embedded). Each is a plain http.Handler, so the server can wrap them (limits,
// metrics) where it registers them.
package web

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"

	"github.com/claimgraph/claimgraph/export"
	"github.com/claimgraph/claimgraph/graph"
)

// Export returns the handler of GET /export:
//
//	GET /export?format=gexf|graphml|cytoscape|csv|jsonl
//	           &types=OPPOSES,SUPPORTS &kinds=PERSON,COUNTRY &from=YYYY-MM-DD &to=YYYY-MM-DD
//	           &min-confidence=0.5 &actors-only=true &around=ID &depth=N
//
// The parameters are the flags of `claimgraph export` (format defaults to graphml); CSV comes as
// a zip of nodes.csv, edges.csv, evidence.csv and articles.csv (export.WriteCSV). The response is an attachment named
// claimgraph.<ext>. around takes an ID or a name (see graph.(*Store).ResolveNode). Errors, each with a
// plain-text message: 400 for a bad parameter or a name that names several nodes, 404 for an
// around that names none, 405 for a method other than GET or HEAD, 500 for a store error. A
// failure while writing (the client went away) is logged: the status is sent by then.
func Export(store *graph.Store, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.Default()
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "use GET /export?format=…", http.StatusMethodNotAllowed)
			return
		}
		format, f, err := ParseExportQuery(r.URL.Query())
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if format == export.JSONL && f.ActorsOnly {
			http.Error(w, "actors-only does not go with format jsonl: a backup holds stored facts only", http.StatusBadRequest)
			return
		}
		if f.IsZero() && format.Streams() {
			// The whole store streams: nothing to select first, and no error to report before
			// the status line but the store's.
			setExportHeaders(w, format)
			if r.Method == http.MethodHead {
				return
			}
			if err := export.Write(r.Context(), store, format, f, w); err != nil {
				log.Warn("export: writing the response failed", "format", format, "err", err)
			}
			return
		}
		g, err := export.SelectFor(r.Context(), store, f, format)
		switch {
		case errors.Is(err, graph.ErrNotFound):
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		case errors.Is(err, graph.ErrAmbiguous):
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		case err != nil:
			log.Error("export failed", "err", err)
			http.Error(w, "export failed: "+err.Error(), http.StatusInternalServerError)
			return
		}
		setExportHeaders(w, format)
		if r.Method == http.MethodHead {
			return
		}
		if err := export.WriteGraph(g, format, w); err != nil {
			log.Warn("export: writing the response failed", "format", format, "err", err)
		}
	})
}

func setExportHeaders(w http.ResponseWriter, format export.Format) {
	w.Header().Set("Content-Type", format.ContentType())
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="claimgraph.%s"`, format.Extension()))
	w.Header().Set("X-Content-Type-Options", "nosniff")
}

// ParseExportQuery reads the format and filter of an /export request (see Export). Unknown
// parameters are errors, so a misspelt filter is not silently ignored.
func ParseExportQuery(q url.Values) (export.Format, export.Filter, error) {
	var f export.Filter
	format := export.GraphML
	for name, vs := range q {
		v := vs[len(vs)-1]
		var err error
		switch name {
		case "format":
			format, err = export.ParseFormat(v)
		case "types":
			f.Types = export.ParseTypes(v)
		case "kinds":
			f.Kinds = export.ParseKinds(v)
		case "from":
			f.From = v
		case "to":
			f.To = v
		case "min-confidence":
			f.MinConfidence, err = strconv.ParseFloat(v, 64)
		case "actors-only":
			f.ActorsOnly, err = strconv.ParseBool(v)
		case "around":
			f.Around = v
		case "depth":
			f.Depth, err = strconv.Atoi(v)
		default:
			err = errors.New("unknown parameter (want format, types, kinds, from, to, min-confidence, actors-only, around, depth)")
		}
		if err != nil {
			return "", f, fmt.Errorf("%s=%q: %v", name, v, err)
		}
	}
	if err := f.Validate(); err != nil {
		return "", f, err
	}
	return format, f, nil
}
