package web

import (
	"embed"
	"io"
	"net/http"
	"path"
	"strings"
)

// CytoscapeVersion is the version of Cytoscape.js embedded in explorer/ (see explorer/README.md).
const CytoscapeVersion = "3.35.0"

// explorerFS holds the explorer page, its script and style, and Cytoscape.js with its licence.
//
//go:embed explorer/*.html explorer/*.js explorer/*.css explorer/LICENSE-*.txt
var explorerFS embed.FS

// Explorer returns the handler of the graph explorer: GET /explore serves the page and
// GET /explore/<file> its assets, all embedded in the binary (no CDN). The page talks to
// POST /graphql on the same server. Other paths under /explore/ are 404.
func Explorer() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(r.URL.Path, "/explore")
		name = strings.TrimPrefix(name, "/")
		if name == "" {
			name = "index.html"
		} else {
			w.Header().Set("Cache-Control", "public, max-age=3600")
		}
		if strings.Contains(name, "/") || path.Clean(name) != name {
			http.NotFound(w, r)
			return
		}
		f, err := explorerFS.Open("explorer/" + name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil || st.IsDir() {
			http.NotFound(w, r)
			return
		}
		rs, ok := f.(io.ReadSeeker)
		if !ok {
			http.Error(w, "asset not seekable", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", contentType(name))
		w.Header().Set("X-Content-Type-Options", "nosniff")
		// The page loads only its own scripts and calls only this server (Cytoscape.js adds a style
		// element of its own, hence inline styles).
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'")
		http.ServeContent(w, r, name, st.ModTime(), rs)
	})
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	}
	return "text/plain; charset=utf-8"
}
