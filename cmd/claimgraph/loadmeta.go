package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/claimgraph/claimgraph/input"
)

// docMeta is the metadata `load --manifest --published --outlet --url` gives articles that carry none of
// their own (plain text files, HTML pages without tags, JSON records without the fields). A value
// the article gives itself wins: the flags fill gaps, they never overwrite.
type docMeta struct {
	published, outlet, url string
	// manifest (load --manifest FILE) gives each listed file its own metadata, before the flags
	// fill what is still missing.
	manifestPath string
	manifest     *manifest
}

// check validates the flags against the paths before anything is read: the date must parse, and
// --url names one article, so it needs one PATH that is a file or stdin.
func (m docMeta) check(paths []string) error {
	if m.published != "" {
		if d, ok := input.ParseDate(m.published); !ok || d == "" {
			return fmt.Errorf("--published %q is not a date (want YYYY-MM-DD or a written date such as \"May 14, 2018\")", m.published)
		}
	}
	if m.url != "" && m.manifestPath != "" {
		return errors.New("--url and --manifest both give URLs: put the URL in the manifest's url column")
	}
	if m.url == "" {
		return nil
	}
	if len(paths) != 1 {
		return fmt.Errorf("--url names one article, but %d paths were given", len(paths))
	}
	if paths[0] != "-" {
		if fi, err := os.Stat(paths[0]); err == nil && fi.IsDir() {
			return fmt.Errorf("--url names one article, but %s is a folder", paths[0])
		}
	}
	return nil
}

// errManyForURL stops a load with --url when its input turns out to hold a second article (a
// JSONL file or a JSON array): the first is stored, the rest are not read.
var errManyForURL = errors.New("--url names one article, but the input holds more than one; the first was loaded, the rest were not read")

// apply fills d's missing metadata from the flags; seq is d's 0-based position in the input.
func (m docMeta) apply(d *input.Document, seq int) error {
	if m.manifest != nil {
		m.manifest.apply(d)
	}
	if m.url != "" {
		if seq > 0 {
			return errManyForURL
		}
		if d.URL == "" {
			d.URL = m.url
		}
	}
	if m.published != "" && d.Published == "" {
		d.Published, d.PublishedSource = m.published, input.DateFromFlag
	}
	if m.outlet != "" && d.Outlet == "" {
		d.Outlet = m.outlet
	}
	return nil
}
