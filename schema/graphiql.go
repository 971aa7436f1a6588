package schema

import (
	"embed"
	"io"
	"net/http"
	"path"
	"strings"
)

// graphiqlFS holds GraphiQL 3, React 18 and their licenses (see graphiql/README.md). Only these
// files are embedded and served; the README and update script are not.
//
//go:embed graphiql/*.js graphiql/*.css graphiql/*.html graphiql/LICENSE-*.txt
var graphiqlFS embed.FS

// serveIndex serves the GraphiQL page at "/".
func (s *Server) serveIndex(w http.ResponseWriter, r *http.Request) {
	s.serveAsset(w, r, "index.html")
}

// serveGraphiQL serves one embedded asset under /graphiql/. Directory listings and paths
// outside the folder are 404.
func (s *Server) serveGraphiQL(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/graphiql/")
	if name == "" || name == "index.html" || strings.Contains(name, "/") || path.Clean(name) != name {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=86400")
	s.serveAsset(w, r, name)
}

func (s *Server) serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	f, err := graphiqlFS.Open("graphiql/" + name)
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
	w.Header().Set("Content-Type", assetType(name))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	// Embedded files have no modification time; ServeContent still handles HEAD and Range.
	http.ServeContent(w, r, name, st.ModTime(), rs)
}

// assetType is the Content-Type of an embedded file by its extension.
func assetType(name string) string {
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
