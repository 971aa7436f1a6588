package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/loader"
)

// maxIngestBytes bounds one POST /articles body: room for a few hundred articles per request;
// larger batches go through several requests or `claimgraph load`.
const maxIngestBytes = 32 << 20

// ingestTokenEnv names the environment variable that gives serve its ingest token when
// --ingest-token is not set.
const ingestTokenEnv = "CLAIMGRAPH_INGEST_TOKEN"

// ingestHandler serves POST /articles: a JSON object, a JSON array of objects or JSONL (one object
// per line) in the shape `load` reads from .json/.jsonl files, each article extracted and merged
// into the store as `load` does. Every request must carry "Authorization: Bearer TOKEN"; without
// it (or with another token) the answer is 401 and nothing is read.
//
// The answer is JSON: {"loaded", "unchanged", "replaced", "failed", "articles": [{"id",
// "source", "status", "sameTextAs", "nearDuplicateOf"}], "errors": [{"source", "error"}]}
// ("sameTextAs", only for an unchanged article whose text the store holds under another ID, names
// that stored article, which is kept as it was; "nearDuplicateOf", only for an article stored that
// nearly repeats a stored one, graph.Article.NearDuplicateOf, names it), with status 200 when at least one
// article was stored or none was sent, 400 when every article failed, 413 for a body over
// maxIngestBytes, 415 for a Content-Type other than JSON or JSONL.
type ingestHandler struct {
	store    *graph.Store
	pipeline *loader.Pipeline
	token    [sha256.Size]byte // of the token: compared in constant time whatever its length
	log      *slog.Logger
}

func newIngestHandler(s *graph.Store, p *loader.Pipeline, token string, log *slog.Logger) *ingestHandler {
	return &ingestHandler{store: s, pipeline: p, token: sha256.Sum256([]byte(token)), log: log}
}

type ingestArticle struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Status string `json:"status"` // "new", "unchanged" or "replaced"
	// SameTextAs is the stored article with this text under another ID (URL), kept as it was.
	SameTextAs string `json:"sameTextAs,omitempty"`
	// NearDuplicateOf is the stored article this new one nearly repeats (same title and date,
	// text nearly the same: graph.Article.NearDuplicateOf); it is stored all the same.
	NearDuplicateOf string `json:"nearDuplicateOf,omitempty"`
}

type ingestError struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

type ingestResult struct {
	Loaded    int             `json:"loaded"`
	Unchanged int             `json:"unchanged"`
	Replaced  int             `json:"replaced"`
	Failed    int             `json:"failed"`
	Articles  []ingestArticle `json:"articles"`
	Errors    []ingestError   `json:"errors"`
}

func (h *ingestHandler) authorized(r *http.Request) bool {
	auth := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok {
		return false
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	return subtle.ConstantTimeCompare(sum[:], h.token[:]) == 1
}

func (h *ingestHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeIngestError(w, http.StatusMethodNotAllowed, "use POST with a JSON or JSONL body")
		return
	}
	if !h.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="claimgraph ingest"`)
		writeIngestError(w, http.StatusUnauthorized, "POST /articles needs the header Authorization: Bearer <the token serve was started with>")
		return
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch mt {
	case "application/json", "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
	default:
		writeIngestError(w, http.StatusUnsupportedMediaType, fmt.Sprintf("Content-Type must be application/json or application/x-ndjson (JSONL), got %q", r.Header.Get("Content-Type")))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxIngestBytes))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		writeIngestError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body is larger than %d MiB: send fewer articles per request", maxIngestBytes>>20))
		return
	case err != nil:
		writeIngestError(w, http.StatusBadRequest, "reading the body: "+err.Error())
		return
	}
	if t := bytes.TrimSpace(body); len(t) == 0 || (t[0] != '{' && t[0] != '[') {
		writeIngestError(w, http.StatusBadRequest, "body must be a JSON object, an array of objects, or JSONL (one object per line)")
		return
	}
	ctx := r.Context()
	res := ingestResult{Articles: []ingestArticle{}, Errors: []ingestError{}}
	// input.Read reads "-" from the reader given: a body starting with '{' is JSONL (or one
	// multi-line object), '[' an array, as `load -` reads stdin.
	err = input.Read(ctx, []string{"-"}, bufio.NewReader(bytes.NewReader(body)), func(d input.Document, rerr error) error {
		if rerr == nil {
			d.Source = strings.Replace(d.Source, "-", "POST /articles", 1)
			var ag *graph.ArticleGraph
			ag, rerr = h.pipeline.Process(ctx, d)
			if rerr == nil {
				m, merr := h.store.MergeArticle(ctx, ag)
				if merr != nil {
					return merr // the store's failure, not the article's: stop
				}
				st := "new"
				switch {
				case m.Skipped:
					st = "unchanged"
					res.Unchanged++
				case m.Replaced:
					st = "replaced"
					res.Replaced++
				}
				res.Loaded++
				res.Articles = append(res.Articles, ingestArticle{ID: ag.Article.ID, Source: d.Source, Status: st, SameTextAs: m.SameTextAs, NearDuplicateOf: m.NearDuplicateOf})
				return nil
			}
		}
		res.Failed++
		src := d.Source
		var ie *input.InputError
		if errors.As(rerr, &ie) {
			src = "POST /articles"
			if ie.Line > 0 {
				src = fmt.Sprintf("POST /articles:%d", ie.Line)
			}
		}
		msg := strings.Replace(rerr.Error(), "loader: -", "POST /articles", 1)
		res.Errors = append(res.Errors, ingestError{Source: src, Error: msg})
		return nil
	})
	if err != nil {
		h.log.Error("POST /articles: storing failed", "err", err, "loaded", res.Loaded)
		writeIngestError(w, http.StatusInternalServerError, fmt.Sprintf("storing failed after %d articles; see the server log", res.Loaded))
		return
	}
	h.log.Info("POST /articles", "loaded", res.Loaded, "unchanged", res.Unchanged, "replaced", res.Replaced, "failed", res.Failed)
	status := http.StatusOK
	if res.Loaded == 0 && res.Failed > 0 {
		status = http.StatusBadRequest
	}
	writeIngestJSON(w, status, res)
}

// ingestOff answers every request to /articles when ingest is off with status (404 when no
// token was given, 403 when the store is read-only) and a JSON error, {"error": msg}, that says
// why and how to turn ingest on — not a bare 404 that reads as a wrong address.
func ingestOff(status int, msg string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeIngestError(w, status, msg)
	})
}

func writeIngestError(w http.ResponseWriter, status int, msg string) {
	writeIngestJSON(w, status, map[string]string{"error": msg})
}

func writeIngestJSON(w http.ResponseWriter, status int, v any) {
	b, _ := json.Marshal(v)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}
