package input

import (
	"errors"
	nurl "net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/itlightning/dateparse"
	"golang.org/x/text/unicode/norm"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// ErrNoContent is returned by Clean when nothing readable is left once page furniture is removed.
var ErrNoContent = errors.New("loader: no article text left after cleaning")

// Cleaner turns a Document into a Cleaned article: page furniture out, title first, paragraphs
// separated by one blank line, metadata normalized, sentences split. Build it once with
// NewCleaner (the sentence model loads there); it holds no mutable state and is safe for
// concurrent use.
type Cleaner struct {
	splitter *Splitter
}

// NewCleaner loads the English sentence model once. It returns an error if the model's training
// data cannot be decoded.
func NewCleaner() (*Cleaner, error) {
	sp, err := NewSplitter()
	if err != nil {
		return nil, err
	}
	return &Cleaner{splitter: sp}, nil
}

// Clean cleans one document.
//
// HTML (Document.HTML, used when Document.Text is empty) goes through go-readability for the main
// text, after figure captions, photo credits and byline elements are cut out of the page; title,
// authors and publication date come from the document's metadata first, then from the page (meta
// tags article:published_time / author, rel=author links, <time>, the byline element, the
// readability byline). Plain text goes through the line rules in clean_rules.go (advertising
// slugs, navigation menus, share buttons, photo captions and credits, bylines and reporting
// credits, print-edition notes) and hard-wrapped lines are joined back into paragraphs.
//
// The cleaned text (Article.Text) starts with the title as its own paragraph when there is one
// (Document.Title, the page title, or for plain text the headline: the longest short line without
// final punctuation before the body starts); paragraphs are separated by exactly one blank line;
// white space inside a paragraph is collapsed to single spaces; text is in Unicode NFC. Names
// taken from bylines and credit lines go to Article.Authors, not the text. Article.PublishedAt is
// YYYY-MM-DD from the first source that gives a date, in the order of the DateFrom constants
// (dates.go: the record, HTML metadata, a date line, the title, the file name), and
// Article.PublishedSource names that source; with none, both are empty. Article.ID is
// graph.ArticleID(URL, cleaned text). Sentences cover every paragraph; their offsets are code
// points into Article.Text.
//
// Clean returns ErrNoContent if no text is left. Errors do not repeat doc.Source; the caller
// (loader.Pipeline.Process) adds it.
func (c *Cleaner) Clean(doc Document) (*Cleaned, error) {
	meta := pageMeta{title: cleanInline(doc.Title)}
	givenBy := doc.PublishedSource
	if givenBy == "" {
		givenBy = DateFromJSON
	}
	meta.addDate(doc.Published, givenBy)
	for _, a := range doc.Authors {
		meta.authors = appendNames(meta.authors, a)
	}
	var lines []string
	plain := true
	if strings.TrimSpace(doc.Text) == "" && strings.TrimSpace(doc.HTML) != "" {
		var page pageMeta
		var err error
		lines, page, err = htmlLines(doc.HTML, doc.URL)
		if err != nil {
			return nil, err
		}
		meta.merge(page)
		plain = false
	} else {
		lines = strings.Split(normalizeText(doc.Text), "\n")
	}
	paras, found := cleanLines(lines, meta.title, plain, outletKeys(doc, meta.site))
	meta.merge(found)

	title := meta.title
	var b strings.Builder
	if title != "" {
		b.WriteString(title)
	}
	for _, p := range paras {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	text := b.String()
	if strings.TrimSpace(text) == "" || (len(paras) == 0 && title == "") {
		return nil, ErrNoContent
	}
	meta.addDate(datelineDate(paras), DateFromDateline)
	meta.addDate(titleDate(title), DateFromTitle)
	meta.addDate(fileNameDate(doc.File), DateFromFileName)
	published, publishedBy := pickDate(doc.Source, meta.sortedDates())
	art := graph.Article{
		ID:              graph.ArticleID(doc.URL, text),
		Title:           title,
		URL:             strings.TrimSpace(doc.URL),
		PublishedAt:     published,
		PublishedSource: publishedBy,
		Authors:         meta.authors,
		Outlet:          strings.TrimSpace(doc.Outlet),
		Source:          graph.SourceUnder(doc.Source, doc.Root), // messages use doc.Source, the full path
		Text:            text,
	}
	if art.Outlet == "" {
		art.Outlet = meta.site
	}
	if art.Outlet == "" {
		art.Outlet = meta.holder // the copyright holder publishes the page
	}
	if art.Outlet == "" {
		art.Outlet = meta.credited // "Source: Ministry for Foreign Affairs of Finland" under a release
	}
	return &Cleaned{Article: art, Sentences: c.splitter.Split(text)}, nil
}

// outletKeys are the folded names of the document's outlet: its Outlet field, the site name of
// the page, and the first label of the URL's host after "www." ("voanews" for www.voanews.com).
func outletKeys(doc Document, site string) []string {
	var keys []string
	for _, s := range []string{doc.Outlet, site} {
		if k := outletKey(s); k != "" {
			keys = append(keys, k)
		}
	}
	if u, err := nurl.Parse(strings.TrimSpace(doc.URL)); err == nil && u.Hostname() != "" {
		host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		if i := strings.IndexByte(host, '.'); i > 0 {
			host = host[:i]
		}
		if k := outletKey(host); len(k) >= 3 {
			keys = append(keys, k)
		}
	}
	return keys
}

// pageMeta is metadata found while cleaning; earlier values win in merge, except dates, which
// are all kept and ranked by their source (sortedDates).
type pageMeta struct {
	title   string
	dates   []dateCandidate
	authors []string
	site    string
	holder  string // the holder named by the page's copyright notice (copyrightHolder)
	// credited is the one body a source credit line names ("Source: Global Affairs Canada",
	// creditedBody): who supplied the text, its outlet when nothing else names one
	credited string
}

// addDate records a possible publication date found by source (one of the DateFrom constants).
func (m *pageMeta) addDate(value, source string) {
	if v := strings.TrimSpace(value); v != "" {
		m.dates = append(m.dates, dateCandidate{value: v, source: source})
	}
}

// hasDate reports whether some date was found by source.
func (m *pageMeta) hasDate(source string) bool {
	return slices.ContainsFunc(m.dates, func(c dateCandidate) bool { return c.source == source })
}

// dateRank orders the sources of a publication date, most trusted first: the order the DateFrom
// constants are documented in.
var dateRank = map[string]int{
	DateFromJSON: 0, DateFromFlag: 0, DateFromManifest: 0, DateFromMeta: 1, DateFromJSONLD: 2, DateFromTime: 3,
	DateFromMetaDate: 4, DateFromByline: 5, DateFromDateline: 6, DateFromTitle: 7, DateFromFileName: 8,
}

// sortedDates is the candidates by dateRank, in the order found within one rank.
func (m *pageMeta) sortedDates() []dateCandidate {
	out := slices.Clone(m.dates)
	slices.SortStableFunc(out, func(a, b dateCandidate) int { return dateRank[a.source] - dateRank[b.source] })
	return out
}

func (m *pageMeta) merge(o pageMeta) {
	if m.title == "" {
		m.title = o.title
	}
	m.dates = append(m.dates, o.dates...)
	if m.site == "" {
		m.site = o.site
	}
	if m.holder == "" {
		m.holder = o.holder
	}
	if m.credited == "" {
		m.credited = o.credited
	}
	for _, a := range o.authors {
		m.authors = appendNames(m.authors, a)
	}
}

// ParseDate reads s as a calendar date (ISO 8601, RFC 3339, "July 10, 2015", "10 July 2015",
// "2015/07/10" …; ambiguous numeric dates are read month first, as in US usage; the date is the
// one written, not converted to UTC): it returns the YYYY-MM-DD date and true, "" and true for an
// empty s, or "" and false when s is not a date ("yesterday", "TBD").
func ParseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", true
	}
	if len(s) >= 10 && isISODate(s[:10]) {
		return s[:10], true
	}
	// "Sept" is the AP Stylebook's (and Chicago's, 10.41) abbreviation of September, which the
	// date parser, knowing Go's three-letter "Sep" only, would not read.
	s = septAbbrev.ReplaceAllString(s, "${1}Sep${2}")
	t, err := dateparse.ParseIn(s, time.UTC, dateparse.PreferMonthFirst(true))
	if err != nil || t.Year() < 1000 || t.Year() > 9999 {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// septAbbrev matches the word "Sept" (any case, with or without its period) and the
// characters around it, for ParseDate.
var septAbbrev = regexp.MustCompile(`(?i)(^|[^\pL])sept\.?([^\pL]|$)`)

func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// normalizeText makes text NFC, turns every line break into "\n", every other space or control
// character into a space, and drops zero-width characters and soft hyphens.
func normalizeText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\n' || r == '\u2028' || r == '\u2029' || r == '\u0085' || r == '\f' || r == '\v':
			b.WriteByte('\n')
		case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff':
			// soft hyphen and zero-width characters: invisible, and they split words
		case unicode.IsSpace(r) || unicode.IsControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cleanInline collapses white space in a one-line field such as a title.
func cleanInline(s string) string {
	return strings.Join(strings.Fields(normalizeText(s)), " ")
}

// appendNames adds the people named in s ("Lina Marsh", "By A and B", "A; B", "A, B and C") to
// out, dropping duplicates (case-insensitive) and turning ALL-CAPS names into title case.
func appendNames(out []string, s string) []string {
	s = cleanInline(s)
	s = strings.TrimSpace(trimPrefixFold(s, "by "))
	if s == "" {
		return out
	}
	for _, n := range splitNames(s) {
		n = strings.Trim(n, " ,;.:|")
		if n == "" {
			continue
		}
		if allCapsWord(n) {
			n = titleCaseName(n)
		}
		dup := false
		for _, o := range out {
			if strings.EqualFold(o, n) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, n)
		}
	}
	return out
}

// splitNames splits a list of names on ";", " and ", " & " and, when every part is at least two
// words (so "Marsh, Lina" stays whole), on commas.
func splitNames(s string) []string {
	var parts []string
	for _, p := range strings.Split(s, ";") {
		for _, q := range splitFold(p, " and ") {
			parts = append(parts, strings.Split(q, " & ")...)
		}
	}
	var out []string
	for _, p := range parts {
		cs := strings.Split(p, ",")
		ok := len(cs) > 1
		for _, c := range cs {
			if text.WordCount(c) < 2 {
				ok = false
			}
		}
		if ok {
			out = append(out, cs...)
		} else {
			out = append(out, p)
		}
	}
	return out
}

func splitFold(s, sep string) []string {
	var out []string
	for {
		i := strings.Index(strings.ToLower(s), sep)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+len(sep):]
	}
}

func trimPrefixFold(s, prefix string) string {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):]
	}
	return s
}

func allCapsWord(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

func titleCaseName(s string) string {
	var b strings.Builder
	start := true
	run := 0 // letters since the last word start
	for _, r := range s {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		switch {
		case unicode.IsLetter(r):
			start = false
			run++
		case r == '\'' || r == '’':
			// "O'NEIL" → "O'Neil", but "FRANCE'S" → "France's"
			start = run == 1
		default:
			start = true
			run = 0
		}
	}
	return b.String()
}
