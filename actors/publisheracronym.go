package actors

import (
	nurl "net/url"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// PublisherAcronym makes the organization an article names only by an acronym ("SCIO") the
// state body that publishes the page, when the page says so twice over: its URL is under a
// country's government domain (govHostCountry: the national registry gives names under gov.cn,
// gov.gh, gouv.fr to that state's bodies only), and the acronym is that publisher's short name —
// the initial letters of the body its outlet names with the same country ("State Council
// Information Office of the PRC / China.org.cn": SCIO), or the first label of the host itself
// ("english.scio.gov.cn", as hostBody reads "mofcom"). An acronym is a word made of the initial
// letters of a name's words (Quirk et al. 1985, App. I.74, acronyms; CGEL 2002, ch. 19 §6.3,
// initialisms); a body's own page uses its short name for itself as a transcript uses "Foreign
// Ministry" for the publisher (actor_publisher.go). The acronym's entity becomes a GOVERNMENT
// of that country, named by the outlet's expansion when the outlet gives one, with the acronym
// kept as an alias, so that "SCIO" and "State Council Information Office" are one node and its
// host's spokesperson takes its country (briefingHostMember). Only an entity named by one
// all-capital word of three or more letters and of no other country; nothing when the URL is no
// government domain or the outlet names another state (a news site's "SCIO" stays as it is).
func PublisherAcronym(d *doc.Doc) {
	c, label, bodies := publisherForms(d.Lx, d.C.Article.URL, d.C.Article.Outlet)
	if c == nil {
		return
	}
	for _, e := range d.Ents {
		if e.Merged != nil || e.Kind != graph.Organization && e.Kind != graph.Government || e.Country != nil && (e.Country != c || !e.Guessed) || !acronymShape(e.Name) {
			continue
		}
		full := ""
		for _, b := range bodies {
			if initialism(b) == e.Name {
				full = b
			}
		}
		if full == "" && strings.ToLower(e.Name) != label {
			continue
		}
		e.Kind, e.Guessed = graph.Government, false
		if e.Country == nil {
			e.Country = c
		}
		e.AddAlias(e.Name)
		if full != "" {
			e.AddAlias(full)
			e.Name = full
		}
	}
}

// publisherForms gives, for a page (its URL and outlet) under a government domain, its state c,
// the host's first label ("scio") and the bodies its outlet names with that state (coPublishers,
// onePublisherBody); c is nil for any other page.
func publisherForms(lx *lexicon.Lexicons, pageURL, outlet string) (c *lexicon.Country, label string, bodies []string) {
	if c = doc.GovHostCountry(lx, pageURL); c == nil {
		return nil, "", nil
	}
	for _, part := range doc.CoPublishers(outlet) {
		if b, bc := doc.OnePublisherBody(lx, part); bc == c && b != "" {
			bodies = append(bodies, b)
		}
	}
	return c, hostLabel(pageURL), bodies
}

// TitledPublisher is the state body that publishes the page and is named in its title ("SCIO
// briefing on Sino-US trade" on english.scio.gov.cn), when it is one: a government body of the
// government domain's state named by the host's label or by a body the outlet names
// (publisherForms: its name, or the acronym publisherAcronym made its alias). Nil otherwise.
func TitledPublisher(d *doc.Doc) *doc.Entity {
	c, label, bodies := publisherForms(d.Lx, d.C.Article.URL, d.C.Article.Outlet)
	if c == nil {
		return nil
	}
	var one *doc.Entity
	for _, e := range FinalActors(d) {
		if e.Kind != graph.Government || e.Country != c || e.Guessed || !NamedInTitle(d, e) {
			continue
		}
		named := false
		for _, a := range AliasList(e) {
			named = named || label != "" && strings.ToLower(a) == label
			for _, b := range bodies {
				named = named || strings.EqualFold(a, b)
			}
		}
		if !named {
			continue
		}
		if one != nil && one != e {
			return nil
		}
		one = e
	}
	return one
}

// hostLabel is the first label of the URL's host after "www."/"english."/"en." in lower case
// ("scio" of english.scio.gov.cn), or "".
func hostLabel(pageURL string) string {
	u, err := nurl.Parse(strings.TrimSpace(pageURL))
	if err != nil {
		return ""
	}
	labels := strings.Split(strings.ToLower(u.Hostname()), ".")
	for len(labels) > 0 && (labels[0] == "www" || labels[0] == "english" || labels[0] == "en") {
		labels = labels[1:]
	}
	if len(labels) < 2 {
		return ""
	}
	return labels[0]
}

// initialism is the initial letters, in capitals, of the words of name that begin with a capital
// ("State Council Information Office" → "SCIO"; "National Press and Information Office" → "NPIO"):
// function words ("and", "of", "the") give no letter to an acronym of a name (Quirk et al. 1985,
// App. I.74: "NATO", "UNESCO" take the content words' initials).
func initialism(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		if len(r) > 0 && unicode.IsUpper(r[0]) {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}

// acronymShape reports a single word of three or more capital letters ("SCIO", "MOFCOM").
func acronymShape(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}
