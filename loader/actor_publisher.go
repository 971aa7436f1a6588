package loader

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/graph"
)

// The publisher's own body. A state body's pages name the body itself without its country: the
// Chinese foreign ministry's press-conference transcripts say "Foreign Ministry Spokesperson Lu
// Kang" and never "the Chinese Foreign Ministry", because the publisher is that ministry. The
// article's outlet (Article.Outlet: the input's outlet field, the page's site name, or the holder
// of the page's copyright notice, copyrightHolder in clean_rules.go) names the publisher, often
// with its country: "Ministry of Foreign Affairs, the People's Republic of China". A generic body
// of the article that has no country and whose canonical name is the publisher's (canonicalBody:
// "Ministry of Foreign Affairs" = "Foreign Ministry") is the publisher and takes the publisher's
// country — the "the outlet's country" source, applied to the one body the outlet is.
// A body of another name ("the Commerce Ministry" on the foreign ministry's pages) takes nothing
// from the outlet: the outlet says who publishes, not whose bodies the text names.

// publisherBody splits the article's outlet into the body it names and the country named in it
// ("Ministry of Foreign Affairs, the People's Republic of China" → "Ministry of Foreign Affairs",
// China). It returns "", nil when the outlet names no country or no body is left.
func (d *doc) publisherBody() (string, *country) {
	outlet := strings.TrimSpace(d.c.Article.Outlet)
	if outlet == "" {
		return "", nil
	}
	var best *country
	bs, be := -1, -1
	for _, c := range d.lx.countries {
		for _, n := range append([]string{c.Name}, c.ShortForm...) {
			if i := wordIndex(outlet, n); i >= 0 && len(n) > be-bs {
				best, bs, be = c, i, i+len(n)
			}
		}
	}
	if best == nil {
		return "", nil
	}
	// the body is what is left of the outlet without the country and its connective: "X, the
	// Country", "X of the Country", "Country's X", "Country X"
	body := strings.TrimSpace(outlet[:bs]) + " " + strings.TrimSpace(outlet[be:])
	body = strings.TrimSpace(body)
	for _, tail := range []string{", the", ", ", " of the", " of", ","} {
		body = strings.TrimSpace(strings.TrimSuffix(body, tail))
	}
	body = strings.TrimPrefix(body, "'s ")
	body = strings.TrimPrefix(body, "’s ")
	if body == "" {
		return "", nil
	}
	return body, best
}

// wordIndex is the byte index of name in s as whole words (case-sensitive, as proper names are
// written), or -1.
func wordIndex(s, name string) int {
	if name == "" {
		return -1
	}
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], name)
		if i < 0 {
			return -1
		}
		i += off
		j := i + len(name)
		before := i == 0 || !isWordRune(rune(s[i-1]))
		after := j == len(s) || !isWordRune(rune(s[j]))
		if before && after {
			return i
		}
		off = i + 1
	}
	return -1
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// publisherCountry gives the article's generic bodies that are its publisher their country (see
// above). It runs after the members' country (assignCodes 2a) and before the canonical names.
func (d *doc) publisherCountry(ents []*entity) {
	body, c := d.publisherBody()
	if c == nil {
		return
	}
	want := strings.ToLower(d.canonicalBody(body, nil))
	for _, e := range ents {
		if e.country != nil || e.kind != graph.Government || !d.genericBody(e) {
			continue
		}
		if strings.ToLower(d.canonicalBody(e.name, nil)) != want {
			continue
		}
		e.addAlias(e.name)
		e.name += " (" + c.Name + ")"
		e.country = c
	}
}
