package main

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/rs/cors"
)

// corsMaxAge is how long a browser may cache a preflight answer.
const corsMaxAge = 10 * time.Minute

// checkCORSOrigins validates --cors-origin values: each an origin (scheme://host[:port], http or
// https, no path), or "*" for any origin. It returns them without a trailing slash.
func checkCORSOrigins(origins []string) ([]string, error) {
	out := make([]string, 0, len(origins))
	for _, o := range origins {
		o = strings.TrimSpace(o)
		if o == "*" {
			out = append(out, o)
			continue
		}
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
			(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
			return nil, fmt.Errorf("--cors-origin %q: want an origin such as https://viz.example.org or http://localhost:5173 (scheme, host and port only), or *", o)
		}
		out = append(out, u.Scheme+"://"+u.Host)
	}
	return out, nil
}

// withCORS lets pages served from origins call h from a browser (sigma.js, Cytoscape.js,
// Observable): it answers OPTIONS preflight requests itself (204) and adds
// Access-Control-Allow-Origin to responses for those origins only. No origins: h unchanged, so
// browsers keep the same-origin rule. Credentials (cookies) are never allowed; the ingest token
// travels in the Authorization header, which preflight allows.
func withCORS(h http.Handler, origins []string) http.Handler {
	if len(origins) == 0 {
		return h
	}
	return cors.New(cors.Options{
		AllowedOrigins: origins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost, http.MethodOptions},
		AllowedHeaders: []string{"Content-Type", "Authorization"},
		MaxAge:         int(corsMaxAge.Seconds()),
	}).Handler(h)
}
