// The article's own facts, read from its metadata and the lexicons only: the publisher's body and
// country named in the outlet, the country of a government host.

package doc

import (
	nurl "net/url"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
	"golang.org/x/text/language"
)

// PublisherBody splits the article's outlet (its metadata's Outlet) into the body it names and
// the country of lx named in it ("Ministry of Foreign Affairs, the People's Republic of China" →
// "Ministry of Foreign Affairs", China). It returns "", nil when the outlet names no country or
// no body is left.
//
// An outlet that names two publishers of the page with a slash ("Office of the Vice President /
// The White House", "State Council Information Office of the PRC / China.org.cn": coPublishers)
// is read part by part: the first part that names a country gives the body and country; else a
// part that is a state body of the actors dictionary with its country ("The White House": USA)
// gives the country, and the body is the other part, the office that co-publishes with it (a
// sub-office under its parent body, as a letterhead sets the office over its department).
func PublisherBody(lx *lexicon.Lexicons, outlet string) (string, *lexicon.Country) {
	parts := CoPublishers(outlet)
	if len(parts) < 2 {
		return OnePublisherBody(lx, outlet)
	}
	for _, p := range parts {
		if b, c := OnePublisherBody(lx, p); c != nil {
			return b, c
		}
	}
	for i, p := range parts {
		k := lx.ActorByName[graph.NormalizeName(strings.TrimPrefix(p, "The "))]
		if k == nil || k.Kind != graph.Government || lx.ByCode[k.Country] == nil {
			continue
		}
		body := parts[(i+1)%len(parts)]
		if strings.Contains(body, ".") {
			body = p // "X / news.example": a site's name is no body
		}
		return body, lx.ByCode[k.Country]
	}
	return "", nil
}

// OutletBody is PublisherBody of the article's outlet (d.C.Article.Outlet), computed once per
// document: the speaker rules ask for it per sentence and per turn, and it matches every country
// name of the lexicons against the outlet (issue 13, speed).
func (d *Doc) OutletBody() (string, *lexicon.Country) {
	if d.outletBody == nil {
		b, c := PublisherBody(d.Lx, d.C.Article.Outlet)
		d.outletBody = &outletBody{body: b, country: c}
	}
	return d.outletBody.body, d.outletBody.country
}

// outletBody is OutletBody's memo.
type outletBody struct {
	body    string
	country *lexicon.Country
}

// CoPublishers splits an outlet that names two publishers of one page, the body and the site that
// carries its pages, with a slash ("State Council Information Office of the PRC / China.org.cn"),
// into its parts; an outlet with no slash between spaces is one part.
func CoPublishers(outlet string) []string {
	var out []string
	for _, p := range strings.Split(outlet, " / ") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// OnePublisherBody is publisherBody for an outlet that names one publisher.
func OnePublisherBody(lx *lexicon.Lexicons, outlet string) (string, *lexicon.Country) {
	outlet = strings.TrimSpace(outlet)
	if outlet == "" {
		return "", nil
	}
	var best *lexicon.Country
	bs, be := -1, -1
	for _, c := range lx.Countries {
		for _, n := range append([]string{c.Name}, c.ShortForm...) {
			if i := text.WordIndex(outlet, n); i >= 0 && len(n) > be-bs {
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
	body = strings.TrimPrefix(body, ": ") // "Ghana: Ministry of Foreign Affairs" (sourceLineState)
	body = strings.TrimPrefix(body, "'s ")
	body = strings.TrimPrefix(body, "’s ")
	if body == "" {
		return "", nil
	}
	return body, best
}

// govSecondLevel are the second-level labels under a country-code top-level domain that the
// national registries reserve for government bodies: gov.cn (CNNIC), gov.uk, gouv.fr, gob.mx,
// go.jp (JPRS), govt.nz, gv.at, gov.au and the like.
var govSecondLevel = lexicon.WordClass("govsecondlevel") // data/wordclasses/govsecondlevel.txt

// GovHostCountry is the country of lx of the article URL's host (its metadata's URL) when the
// host is a government domain:
// a name under .gov or .mil (reserved for the United States government, RFC 1591 and RFC 2146) or
// under a government second-level label of a country-code domain ("fmprc.gov.cn" → China; the
// ccTLD is the ISO 3166-1 alpha-2 code, except .uk for GBR, IANA root zone), or nil.
func GovHostCountry(lx *lexicon.Lexicons, url string) *lexicon.Country {
	u, err := nurl.Parse(strings.TrimSpace(url))
	if err != nil || u.Hostname() == "" {
		return nil
	}
	labels := strings.Split(strings.ToLower(strings.TrimSuffix(u.Hostname(), ".")), ".")
	n := len(labels)
	if n >= 2 && (labels[n-1] == "gov" || labels[n-1] == "mil") {
		return lx.ByCode["USA"]
	}
	if n < 3 || len(labels[n-1]) != 2 || !govSecondLevel.Has(labels[n-2]) {
		return nil
	}
	cc := labels[n-1]
	if cc == "uk" {
		cc = "gb"
	}
	r, err := language.ParseRegion(cc)
	if err != nil || !r.IsCountry() {
		return nil
	}
	return lx.ByCode[r.ISO3()]
}

// StatePageCountry is the state whose government publishes the page, read from the URL or from
// the outlet alike — a page is a state body's own whether the user gives its official site's
// URL or names the body as its outlet (trial T3: "The White House" with no URL reads as
// whitehouse.gov): its URL's host is a government domain (GovHostCountry), or its outlet names
// a state body with its country (PublisherBody: a body named with a government word of
// orgwords.txt, "Government of Ghana", "Ministry of Foreign Affairs, Kenya", "Prime Minister's
// Office", or an office of a state, "President of Russia", "Prime Minister of Australia",
// titles.txt class state), or the outlet is a state body of the actors dictionary with its
// country ("The White House", data/lexicons/actors.txt). Nil for any other page: a news outlet,
// even one named with a country ("The Times of India").
func StatePageCountry(lx *lexicon.Lexicons, a *graph.Article) *lexicon.Country {
	if c := GovHostCountry(lx, a.URL); c != nil {
		return c
	}
	body, c := PublisherBody(lx, a.Outlet)
	if c != nil {
		b := strings.ToLower(strings.TrimPrefix(body, "The "))
		f := strings.Fields(b)
		if lx.Titles[b] != nil && lx.Titles[b].Class == "state" {
			return c // "President of Russia": the office publishes
		}
		for _, w := range f {
			if lx.OrgWords[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")] == graph.Government {
				return c // "Prime Minister's Office", "Government of Ghana": a state body (orgwords.txt)
			}
		}
		return nil // "The Times of India": a newspaper's name is no state body
	}
	k := lx.ActorByName[graph.NormalizeName(strings.TrimPrefix(strings.TrimSpace(a.Outlet), "The "))]
	if k != nil && k.Kind == graph.Government {
		return lx.ByCode[k.Country]
	}
	return nil
}
