package input

import (
	"fmt"
	nurl "net/url"
	"regexp"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Class or id words of elements that hold a photo caption or credit, or the byline, on news
// sites: they are cut out before readability picks the main text, so that captions do not become
// story sentences and the byline's names and date stay out of the text.
var (
	reCaptionClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:caption|captions|figcaption|credit|credits|photo-?credit|image-?credit|media-?credit|wp-caption-text)(?:$|[\s_-])`)
	reBylineClass  = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:byline|bylines|author|authors|article-?author|writer|dateline-?author)(?:$|[\s_-])`)
)

// Meta tags naming the publication date and the author, by property, name or itemprop.
var (
	publishedMeta = map[string]bool{
		"article:published_time": true, "datepublished": true, "pubdate": true, "publishdate": true,
		"publish-date": true, "dc.date.issued": true,
		"dcterms.issued": true, "sailthru.date": true, "parsely-pub-date": true, "og:published_time": true,
		"article.published": true, "citation_publication_date": true,
	}
	// genericDateMeta are date tags that do not say which date they hold (sites put the
	// modification date there too): below <time> in rank (DateFromMetaDate).
	genericDateMeta = map[string]bool{"date": true, "dc.date": true, "dcterms.date": true}
	authorMeta      = map[string]bool{
		"author": true, "article:author": true, "dc.creator": true, "dcterms.creator": true,
		"byl": true, "parsely-author": true, "sailthru.author": true, "citation_author": true,
	}
)

// Bounds on a page's elements, checked before anything parses it. Parsing (golang.org/x/net/html)
// and readability's cleaning take time quadratic in how deep elements nest: 8,000 nested <div>s
// took 5 s and 200,000 (1 MB) did not finish in 5 minutes. 512 is where browsers stop nesting
// (Blink's kMaximumHTMLParserDOMTreeDepth); article pages nest a few dozen deep. The element
// count bounds the linear part: 100,000 unclosed <p>s take about 0.5 s, and Lighthouse already
// flags pages of more than 1,400 elements as excessive.
const (
	maxHTMLDepth    = 512
	maxHTMLElements = 100_000
)

// checkHTMLDepth refuses a page whose elements nest deeper than maxHTMLDepth or number more than
// maxHTMLElements, with a linear scan by the tokenizer. Void elements and those whose end tag may
// be left out (p, li, td, ...) do not count towards the depth: the parser closes the latter when a
// sibling starts, so unclosed ones in sloppy pages do not nest.
func checkHTMLDepth(src string) error {
	r := strings.NewReader(src)
	z := html.NewTokenizer(r)
	depth, elements := 0, 0
	line := func() int { return 1 + strings.Count(src[:len(src)-r.Len()-len(z.Buffered())], "\n") }
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return nil // io.EOF: the tokenizer reads a string, nothing else can fail
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			if tt != html.EndTagToken {
				if elements++; elements > maxHTMLElements {
					return fmt.Errorf("loader: HTML has more than %d elements (<%s> at line %d); not an article page", maxHTMLElements, name, line())
				}
			}
			if tt == html.SelfClosingTagToken || !nestingElement(atom.Lookup(name)) {
				continue
			}
			if tt == html.EndTagToken {
				depth = max(depth-1, 0)
				continue
			}
			if depth++; depth > maxHTMLDepth {
				return fmt.Errorf("loader: HTML elements nest more than %d deep (<%s> at line %d); not an article page", maxHTMLDepth, name, line())
			}
		}
	}
}

// nestingElement reports whether an unclosed a nests what follows in the parsed tree.
func nestingElement(a atom.Atom) bool {
	switch a {
	case // void elements
		atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input, atom.Keygen,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr,
		// end tag may be omitted
		atom.Html, atom.Head, atom.Body, atom.P, atom.Li, atom.Dt, atom.Dd, atom.Option, atom.Optgroup,
		atom.Tr, atom.Td, atom.Th, atom.Tbody, atom.Thead, atom.Tfoot, atom.Colgroup, atom.Caption,
		atom.Rb, atom.Rt, atom.Rp, atom.Rtc:
		return false
	}
	return true
}

// htmlLines extracts the main text of an HTML page or fragment as lines, with metadata from the
// page structure. Scraped HTML stored as a JSON string sometimes keeps its escapes ("</p>\r\n<p>");
// those are undone first.
func htmlLines(src, pageURL string) ([]string, pageMeta, error) {
	if err := checkHTMLDepth(src); err != nil {
		return nil, pageMeta{}, err
	}
	if strings.Contains(src, `>\r\n`) || strings.Contains(src, `>\n<`) || strings.Contains(src, `>\n\n`) {
		src = strings.NewReplacer(`\r\n`, "\n", `\n`, "\n", `\t`, " ", `\"`, `"`).Replace(src)
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, pageMeta{}, fmt.Errorf("loader: parsing HTML: %w", err)
	}
	meta := pageMetadata(doc)
	markBlockQuotes(doc)
	stripFurnitureNodes(doc)
	markBoldLabels(doc)

	var u *nurl.URL
	if pageURL != "" {
		u, _ = nurl.Parse(pageURL)
	}
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, u)
	if err != nil || art.Node == nil {
		// Readability finds no article in some pages (lists, forms, bare text in <body>): fall
		// back to the visible text of the page, which the line rules then clean.
		fallback, perr := html.Parse(strings.NewReader(src))
		if perr != nil {
			return nil, meta, fmt.Errorf("loader: parsing HTML: %w", perr)
		}
		stripFurnitureNodes(fallback)
		removeTags(fallback, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head)
		text := normalizeText(render.InnerText(fallback))
		return strings.Split(text, "\n"), meta, nil
	}
	if meta.title == "" {
		meta.title = cleanInline(art.Title())
	}
	if meta.site == "" {
		meta.site = cleanInline(art.SiteName())
	}
	if by := cleanInline(art.Byline()); by != "" {
		if v, ok := parseByline(strings.TrimSpace(trimPrefixFold(by, "by "))); ok {
			for _, a := range v.authors {
				meta.authors = appendNames(meta.authors, a)
			}
			meta.addDate(v.date, DateFromByline)
		}
	}
	if !meta.hasDate(DateFromMeta) && !meta.hasDate(DateFromJSONLD) {
		// go-readability reads the same meta tags and JSON-LD; it is asked only when they gave
		// nothing, so the source recorded is the tag, not readability's guess
		if t, err := art.PublishedTime(); err == nil {
			meta.addDate(t.Format("2006-01-02"), DateFromMeta)
		}
	}
	text := normalizeText(render.InnerText(art.Node))
	return strings.Split(text, "\n"), meta, nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return cleanInline(b.String())
}

// pageMetadata reads title, date and authors from the page structure: <meta> tags, rel=author
// links, itemprop=author, the byline element (its <time>, or "By NAME DATE" in its text), and the
// first <time datetime> of the page.
func pageMetadata(doc *html.Node) pageMeta {
	var m pageMeta
	var firstTime string
	var visit func(*html.Node, bool)
	visit = func(n *html.Node, inByline bool) {
		if n.Type == html.TextNode && m.holder == "" && strings.ContainsAny(n.Data, "©Cc(") {
			// the copyright notice of the page's footer, which readability drops with the footer
			m.holder = copyrightHolder(cleanInline(n.Data))
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				content := cleanInline(attr(n, "content"))
				switch {
				case content == "":
				case publishedMeta[key]:
					m.addDate(content, DateFromMeta)
				case genericDateMeta[key]:
					m.addDate(content, DateFromMetaDate)
				case authorMeta[key] && !strings.Contains(content, "://"):
					m.authors = appendNames(m.authors, content)
				case key == "og:title" && m.title == "":
					m.title = content
				case key == "og:site_name" && m.site == "":
					m.site = content
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					m.addDate(jsonLDDate(n.FirstChild.Data), DateFromJSONLD)
				}
			case atom.Time:
				if dt := attr(n, "datetime"); dt != "" {
					if inByline {
						m.addDate(dt, DateFromTime)
					}
					if firstTime == "" {
						firstTime = dt
					}
				}
			case atom.A, atom.Link:
				if strings.Contains(" "+strings.ToLower(attr(n, "rel"))+" ", " author ") && n.DataAtom == atom.A {
					if name := textOf(n); looksLikeNames(name) {
						m.authors = appendNames(m.authors, name)
					}
				}
			}
			if strings.EqualFold(attr(n, "itemprop"), "author") && n.DataAtom != atom.Meta {
				name := ""
				if nn := findItemprop(n, "name"); nn != nil {
					name = textOf(nn)
					if name == "" {
						name = cleanInline(attr(nn, "content"))
					}
				} else {
					name = textOf(n)
				}
				if v, ok := parseByline(trimPrefixFold(name, "by ")); ok {
					for _, a := range v.authors {
						m.authors = appendNames(m.authors, a)
					}
				}
			}
			if !inByline && isBylineNode(n) {
				inByline = true
				// "By Lina Marsh July 10, 2015" written as plain text in the byline element.
				txt := textOf(n)
				if v, ok := parseByline(strings.TrimSpace(trimPrefixFold(txt, "by "))); ok {
					for _, a := range v.authors {
						m.authors = appendNames(m.authors, a)
					}
					m.addDate(v.date, DateFromByline)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, inByline)
		}
	}
	visit(doc, false)
	m.addDate(firstTime, DateFromTime) // after the byline's <time>: sortedDates keeps that order
	return m
}

func findItemprop(n *html.Node, prop string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if strings.EqualFold(attr(c, "itemprop"), prop) {
				return c
			}
			if f := findItemprop(c, prop); f != nil {
				return f
			}
		}
	}
	return nil
}

func isBylineNode(n *html.Node) bool {
	if n.DataAtom == atom.Html || n.DataAtom == atom.Body || n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		return false
	}
	return reBylineClass.MatchString(attr(n, "class")) || reBylineClass.MatchString(attr(n, "id")) ||
		strings.EqualFold(attr(n, "rel"), "author") || strings.EqualFold(attr(n, "itemprop"), "author")
}

// stripFurnitureNodes removes figure captions, caption and credit elements, byline elements,
// lists of other stories' headline links (headlineLinkList, clean_linklist.go) and the <time>
// elements of the page before readability scores it.
func stripFurnitureNodes(doc *html.Node) {
	var remove []*html.Node
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			cls := attr(n, "class") + " " + attr(n, "id")
			if n.DataAtom == atom.Figcaption || (n.DataAtom != atom.Body && n.DataAtom != atom.Html &&
				n.DataAtom != atom.Article && n.DataAtom != atom.Main && reCaptionClass.MatchString(cls)) ||
				isBylineNode(n) && len(textOf(n)) < 300 || headlineLinkList(n) {
				remove = append(remove, n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// markBoldLabels keeps the speaker labels of HTML transcripts detectable once the page is text:
// a paragraph that opens with a short bold or strong run followed by more text ("<p><b>Gao
// Feng</b> Friends from the press …", "<p><strong>Q</strong> Will the talks …") gets a colon
// after the run unless one is there, so that the discourse stage reads "Gao Feng: Friends …" as
// the label it was on the page. Only runs that look like labels qualify: at most eight words, each
// capitalized (in parentheses or not) or a name connector ("of", "the", "from", "by"), not ending
// in sentence punctuation.
func markBoldLabels(doc *html.Node) {
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.P || n.DataAtom == atom.Div || n.DataAtom == atom.Li || n.DataAtom == atom.Dd) {
			markBoldLabel(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
}

func markBoldLabel(p *html.Node) {
	first := p.FirstChild
	for first != nil && first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" {
		first = first.NextSibling
	}
	if first == nil || first.Type != html.ElementNode || (first.DataAtom != atom.B && first.DataAtom != atom.Strong) {
		return
	}
	// a label split over adjacent bold runs ("<strong>Mao</strong> <strong>Lin:</strong>", an
	// editor's markup) is one label: its text runs to the last of them
	last := first
	label := strings.TrimSpace(textOf(first))
	for c := first.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		if c.Type != html.ElementNode || c.DataAtom != atom.B && c.DataAtom != atom.Strong {
			break
		}
		last = c
		label = strings.TrimSpace(label + " " + strings.TrimSpace(textOf(c)))
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 8 || strings.HasSuffix(label, ":") || strings.HasSuffix(label, "\uff1a") || strings.ContainsAny(label[len(label)-1:], ".?!,;") {
		return
	}
	for _, w := range words {
		// a questioner's outlet in parentheses ("Q (Reuters)") or after "from"/"by"
		// ("Journalist from Reuters") belongs to the label
		w = strings.Trim(w, "()")
		r := []rune(w)
		if len(r) == 0 || !(unicode.IsUpper(r[0]) || w == "of" || w == "the" || w == "and" || w == "from" || w == "by") {
			return
		}
	}
	// more text must follow in the paragraph, and not start with a colon already
	rest := ""
	for c := last.NextSibling; c != nil && len(rest) < 40; c = c.NextSibling {
		if c.Type == html.TextNode {
			rest += c.Data
		} else {
			rest += textOf(c)
		}
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "\u2014") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ",") {
		return
	}
	last.AppendChild(&html.Node{Type: html.TextNode, Data: ":"})
}

// removeTags removes every element with one of the given tags.
func removeTags(doc *html.Node, tags ...atom.Atom) {
	var remove []*html.Node
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, t := range tags {
				if n.DataAtom == t {
					remove = append(remove, n)
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// markBlockQuotes keeps a block quotation a quotation once the page is text. A <blockquote> is
// printed without quotation marks (Chicago Manual of Style 13.9: a block quotation is set off by
// its layout instead), which plain text loses; run in, the same words take an opening mark on each
// paragraph and a closing mark after the last (CMOS 13.30), and that is what is written here
// unless the first paragraph opens with a mark already. The attribution the HTML5 standard puts
// in the quotation's <footer> or <cite> ("— Governor X") becomes a paragraph of its own after
// the quotation, opening with a dash, where it would otherwise be dropped with the page's
// footers: the dash line of a quotation (discourse.dashLine).
//
// An inline <q> is rendered with quotation marks by the browser's style sheet (HTML Living
// Standard, 4.5.7 and 15.3.5: q::before and q::after insert them); the marks are written into
// the text as the page shows them.
func markBlockQuotes(doc *html.Node) {
	var quotes []*html.Node
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Q {
			n.InsertBefore(&html.Node{Type: html.TextNode, Data: "\u201c"}, n.FirstChild)
			n.AppendChild(&html.Node{Type: html.TextNode, Data: "\u201d"})
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Blockquote {
			quotes = append(quotes, n)
			return // a quotation inside a quotation keeps its own marks
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	for _, bq := range quotes {
		var cite []*html.Node
		for c := bq.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Footer || c.DataAtom == atom.Cite) {
				cite = append(cite, c)
			}
		}
		for _, c := range cite {
			bq.RemoveChild(c)
		}
		var paras []*html.Node
		for c := bq.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.P && strings.TrimSpace(textOf(c)) != "" {
				paras = append(paras, c)
			}
		}
		if len(paras) == 0 && strings.TrimSpace(textOf(bq)) != "" {
			paras = []*html.Node{bq}
		}
		if len(paras) > 0 && !strings.ContainsRune("\"\u201c\u2018\u00ab\u201e'", []rune(strings.TrimSpace(textOf(paras[0])))[0]) {
			for _, p := range paras {
				p.InsertBefore(&html.Node{Type: html.TextNode, Data: "\u201c"}, p.FirstChild)
			}
			last := paras[len(paras)-1]
			last.AppendChild(&html.Node{Type: html.TextNode, Data: "\u201d"})
		}
		for _, c := range cite {
			t := strings.TrimSpace(textOf(c))
			if t == "" {
				continue
			}
			if r := []rune(t)[0]; r != '\u2014' && r != '\u2013' && r != '-' {
				t = "\u2014 " + t
			}
			p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
			p.AppendChild(&html.Node{Type: html.TextNode, Data: t})
			bq.Parent.InsertBefore(p, bq.NextSibling)
		}
		if len(paras) > 0 && paras[0] != bq && bq.Parent != nil {
			// The marks now carry the quotation, so its paragraphs become paragraphs of the
			// story: left in their <blockquote>, readability scores that box as the article
			// and keeps of its siblings only the long or period-ended ones, which drops the
			// lead-in that introduces the quotation ("X released the following statement:")
			for c := bq.FirstChild; c != nil; {
				next := c.NextSibling
				bq.RemoveChild(c)
				bq.Parent.InsertBefore(c, bq)
				c = next
			}
			bq.Parent.RemoveChild(bq)
		}
	}
}
