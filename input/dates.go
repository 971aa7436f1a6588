package input

import (
	"encoding/json"
	"log/slog"
	"path/filepath"
	"regexp"
	"strings"
)

// Where an article's publication date came from (graph.Article.PublishedSource). Clean tries the
// sources in this order and keeps the first that gives a date; a value that is no date
// ("yesterday") is skipped with a warning and the next source is tried.
const (
	// DateFromJSON: the record's "published" (or "date") field, or Document.Published set by the
	// caller without a source of its own.
	DateFromJSON = "json"
	// DateFromFlag: `claimgraph load --published DATE`.
	DateFromFlag = "flag"
	// DateFromManifest: the date column of `claimgraph load --manifest FILE` for the article's file.
	DateFromManifest = "manifest"
	// DateFromMeta: an HTML meta tag naming the publication time (article:published_time,
	// og:published_time, datePublished, DC.date.issued, parsely-pub-date, …).
	DateFromMeta = "html-meta"
	// DateFromJSONLD: "datePublished" of a schema.org object in <script type="application/ld+json">.
	DateFromJSONLD = "json-ld"
	// DateFromTime: the <time datetime> of the byline element, else the page's first <time>.
	DateFromTime = "html-time"
	// DateFromMetaDate: a generic <meta name="date"> (or DC.date): weaker than the tags above, as
	// sites also use it for the date a page was modified.
	DateFromMetaDate = "html-meta-date"
	// DateFromByline: a date written in the byline ("By Lina Marsh | July 10, 2015").
	DateFromByline = "byline"
	// DateFromDateline: a date line in the text ("Updated: April 04, 2018", "For Immediate Release
	// October 4, 2018", "June 18, 2018" on its own line) or a wire dateline opening the story
	// ("BEIJING, May 14, 2018 — …").
	DateFromDateline = "dateline"
	// DateFromTitle: a date written in the title ("Regular Press Conference on May 14, 2018").
	DateFromTitle = "title"
	// DateFromFileName: YYYY-MM-DD in the file's name ("statement-2018-05-14.txt"); whole files
	// only, never a line of a JSONL file.
	DateFromFileName = "filename"
)

var (
	// reDateIn finds a written date anywhere in a string (dateExpr of clean_rules.go, bounded by
	// word edges so "2018-05-140" is no date).
	reDateIn = regexp.MustCompile(`(?i)(?:^|[^\pL\pN])(` + dateExpr + `)(?:$|[^\pL\pN])`)
	// reFileDate is YYYY-MM-DD (or with _ or . between the parts) in a file name, not inside a
	// longer run of digits.
	reFileDate = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d)[-_.](\d\d)[-_.](\d\d)(?:[^0-9]|$)`)
	// reWireDateline is the dateline that opens a wire story: a place in capitals (or title
	// case), a comma, the date, then a dash or the agency in parentheses. The AP Stylebook's
	// dateline form; only a date with its year counts.
	reWireDateline = regexp.MustCompile(`^\p{Lu}[\p{L}.' -]{1,40},\s+(?:\p{Lu}[\p{L}. ]{1,30},\s+)?(` + dateExpr + `)\s*(?:[-–—]|\()`)
	// rePlaceDateLine is the place-and-date line of a letter, note, readout or communiqué standing
	// alone ("Oslo, 22 January 2026", "State House, Nairobi, 12 August 2024", "Union Buildings,
	// Pretoria — September 2, 2027", "Suva, Friday, 5 November 2027"): one to three place fields
	// (a venue, its city, the city's state or country: the AP Stylebook's "datelines", a city
	// with its state or country), each a name of capitalized words that may hold the lower-case
	// articles, prepositions and conjunctions of headline style ("Ministry of Trade and
	// Industry", "Palais des Nations": The Chicago Manual of Style, 17th ed., 8.159), then a comma
	// or a spaced dash and a date with its year (its weekday may lead it: dateExpr), nothing else
	// on the line; at the head of a statement or under its signature (the date line of
	// correspondence and diplomatic notes: Satow's Diplomatic Practice, on notes and communiqués;
	// The Gregg Reference Manual, on date lines).
	// A dash before the date only after two place fields ("Union Buildings, Pretoria — …"): one
	// name, a dash and a date is as often a headline ("Department Press Briefing - March 3, 2031").
	rePlaceDateLine = regexp.MustCompile(`^` + placeField + `(?:(?:,\s+` + placeField + `){0,2},\s+|(?:,\s+` + placeField + `){1,2}\s+[-–—]\s+)(` + dateExpr + `)\s*$`)
	// reSittingLine is the date line of a sitting's record: the weekday, the date with its year,
	// then the time and the place after commas ("Tuesday, 6 February 2024, Parliament
	// Buildings, Nairobi"; "Wednesday, 20 March 2024, 10 a.m., New York": the heading of the UN
	// verbatim records and of Commonwealth committee minutes), nothing else on the line.
	reSittingLine = regexp.MustCompile(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(` + dateExpr + `)` + timeExpr + `(?:,\s*\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}){1,3}\s*$`)
)

// placeField is one field of a place-and-date line: capitalized words, with the lower-case
// function words of headline style between them (CMOS 17th ed. 8.159) and the particles written
// inside place names ("Dar es Salaam", "Ras al Khaimah", "Frankfurt am Main"), at most five words.
const placeField = `\p{Lu}[\p{L}.'-]*(?: (?:(?:of|and|the|for|on|de|des|du|la|le|el|del|da|do|di|es|al|am|an|en) )?\p{Lu}[\p{L}.'-]*){0,4}`

// dateCandidate is one possible publication date and the source that gave it.
type dateCandidate struct {
	value, source string
}

// titleDate is the first date written in title, or "".
func titleDate(title string) string {
	if m := reDateIn.FindStringSubmatch(title); m != nil {
		return m[1]
	}
	return ""
}

// fileNameDate is the YYYY-MM-DD date in the base name of path, or "".
func fileNameDate(path string) string {
	if path == "" || path == "-" {
		return ""
	}
	m := reFileDate.FindStringSubmatch(filepath.Base(path))
	if m == nil {
		return ""
	}
	if d := m[1] + "-" + m[2] + "-" + m[3]; isISODate(d) {
		return d
	}
	return "" // "x-2018-13-45": digits, not a date
}

// datelineDate is the date of a wire dateline opening one of the first paragraphs, else of a
// place-and-date line (rePlaceDateLine) that is one of the first three paragraphs or the last,
// or "".
func datelineDate(paras []string) string {
	for i, p := range paras {
		if i >= 3 {
			break
		}
		if m := reWireDateline.FindStringSubmatch(p); m != nil {
			return m[1]
		}
	}
	for i, p := range paras {
		if i >= 3 && i != len(paras)-1 {
			continue
		}
		if m := rePlaceDateLine.FindStringSubmatch(strings.TrimSpace(p)); m != nil {
			return m[1]
		}
	}
	// a sitting's date line among the heading's lines (the first five paragraphs, any line)
	for i, p := range paras {
		if i >= 5 {
			break
		}
		for _, ln := range strings.Split(p, "\n") {
			if m := reSittingLine.FindStringSubmatch(strings.TrimSpace(ln)); m != nil {
				return m[1]
			}
		}
	}
	return ""
}

// jsonLDDate is the datePublished of the first schema.org object in a JSON-LD script that has one
// (the object itself, an element of a top-level array, or of its "@graph"), or "".
func jsonLDDate(script string) string {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(script)), &v) != nil {
		return ""
	}
	var find func(v any, depth int) string
	find = func(v any, depth int) string {
		if depth > 3 {
			return ""
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				if d := find(e, depth+1); d != "" {
					return d
				}
			}
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok && strings.TrimSpace(s) != "" {
				return strings.TrimSpace(s)
			}
			if g, ok := x["@graph"]; ok {
				return find(g, depth+1)
			}
		}
		return ""
	}
	return find(v, 0)
}

// pickDate returns the first candidate that parses as a date, as YYYY-MM-DD, with its source.
// Candidates with an empty value are skipped silently; a value that is no date is skipped with a
// warning naming the document.
func pickDate(docSource string, cands []dateCandidate) (date, source string) {
	for _, c := range cands {
		if strings.TrimSpace(c.value) == "" {
			continue
		}
		d, ok := ParseDate(c.value)
		if ok && d != "" {
			return d, c.source
		}
		// a date that is no date would sort and filter as text ("yesterday" > "2018-…"): it is
		// not stored, and the loader says so
		slog.Warn("published date is not a date; trying the next source", "source", docSource, "from", c.source, "published", c.value)
	}
	return "", ""
}
