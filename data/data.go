// Package data embeds claimgraph's lexicons (data/lexicons/*.txt: one entry per line, '#' starts a
// comment, fields separated by '|') and the sample articles (data/samples/). It exposes the files
// and nothing else; the loader parses them once per process.
package data

import "embed"

// FS holds lexicons/ and samples/.
//
//go:embed lexicons samples
var FS embed.FS

// SamplePath is the path in FS of the sample article that `serve` loads into an empty store: the
// 2018 New York Times article "China Is Set to Take a Hard Line on Trump's Trade Demands", as the
// user supplied it (page furniture included).
const SamplePath = "samples/china-hard-line-trade-demands.txt"
