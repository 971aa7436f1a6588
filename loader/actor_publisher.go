package loader

import (
	"strings"

	docpkg "github.com/claimgraph/claimgraph/doc"
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
// Other bodies take the outlet's country only when the publisher is a state body (below); a news
// outlet's country says nothing about whose bodies its stories name.

// When the publisher is itself a state body (its name is a generic state body's: "Ministry of
// Foreign Affairs"), its own voice names its state's other bodies bare too: "The spokesperson of
// the Ministry of Commerce responded last week" on the foreign ministry's pages is the same
// state's ministry — the definite article's situational reference to the one such body of the
// speaker's own state (Quirk et al. 1985, 5.28; "the Prime Minister" in a British paper), while
// other states' bodies are named with their country ("the DPRK Foreign Ministry"). So a generic
// state body without a country that the article names only outside journalists' questions (the
// publisher's voice: answers, statements) takes the publisher's country, and so does a body
// named as part of the publisher ("the Department of Arms Control of the Foreign Ministry").
// News outlets give nothing: their "the Foreign Ministry" is the country the story is about.

// publisherCountry gives the article's generic bodies that are its publisher, its state's or the
// publisher's parts their country (see above). It runs after the members' country (assignCodes
// 2a) and before the canonical names.
func (d *doc) publisherCountry(ents []*entity) {
	body, c := docpkg.PublisherBody(d.Lx, d.C.Article.Outlet)
	stateBody := false
	if c != nil {
		stateBody = genericName(d.Lx, body) || genericName(d.Lx, canonicalBody(d.Lx, body, nil))
	} else if c = docpkg.GovHostCountry(d.Lx, d.C.Article.URL); c != nil {
		// a government domain: the publisher is a state body of that country; the host's
		// first label names it when the article uses it as an acronym ("mofcom.gov.cn" and
		// "MOFCOM", an alias of the Ministry of Commerce)
		stateBody = true
		body = hostBody(d.C.Article.URL, ents)
	}
	if c == nil {
		return
	}
	canon := canonicalBody(d.Lx, body, nil)
	want := strings.ToLower(canon)
	if body == "" {
		want = "\x00" // no body to match by name
	}
	for _, e := range ents {
		if e.Country != nil && !e.Guessed || e.Kind != graph.Government {
			continue
		}
		// a country guessed from the article's one named country is no fact about the
		// publisher's own body (actor_guess.go): the page's outlet or domain outranks it
		generic := genericBody(d.Phx, d.Lx, e) || e.Guessed
		switch {
		case !generic && !e.Guessed && e.Country == nil && strings.ToLower(canonicalBody(d.Lx, e.Name, nil)) == want:
			// the publisher itself under a name of its own ("Office of the Vice President" of
			// the outlet "Office of the Vice President / The White House"): the outlet states
			// its country, shown in the name as a generic body's is: an office named by its
			// head's title ("Office of the Vice President") exists in many states
			e.PlaceIn(c)
			continue
		case generic && strings.ToLower(canonicalBody(d.Lx, e.Name, nil)) == want:
			// the publisher itself
		case generic && stateBody && body == "" && d.namedInTitle(e):
			// the publisher itself, named by the page's title: on a government domain whose
			// host names no body of the article ("minrel.gob.cl"), "Foreign Ministry
			// Spokesperson X's Regular Press Conference" is the page of the ministry that
			// publishes it, even when a journalist's question names its minister too (which
			// onlyInPublisherVoice refuses)
		case generic && stateBody && d.onlyInPublisherVoice(e):
			// a body of the publisher's state
		case stateBody && body != "" && !e.Guessed && partOfNamed(e.Name, body, canon):
			// a part of the publisher: "Department of Arms Control of the Foreign Ministry"
			e.Country = c
			continue
		default:
			continue
		}
		if e.Country == c {
			e.Guessed = false
			continue
		}
		d.unguess(e)
		e.PlaceIn(c)
	}
}

// onlyInPublisherVoice reports whether every mention of e lies outside a journalist's question
// turn (sent.Question); a body only a title implies ("Scott Bessent, Secretary of the Treasury")
// is named where its holders' MEMBER_OF relations are.
func (d *doc) onlyInPublisherVoice(e *entity) bool {
	n := 0
	for _, m := range d.Mentions {
		if m.Ent == nil || m.Ent.Final() != e {
			continue
		}
		if d.Sents[m.Sent].Question {
			return false
		}
		n++
	}
	for _, r := range d.Structure {
		if !r.Structural || r.Tgt == nil || r.Tgt.Final() != e || r.Sent < 0 || r.Sent >= len(d.Sents) {
			continue
		}
		if d.Sents[r.Sent].Question {
			return false
		}
		n++
	}
	return n > 0
}

// namedInTitle reports a mention of e, or a title implying e (a MEMBER_OF of a title:implied-body
// rule), in the article's title: its first sentence when the input gave a title, or the heading
// the discourse layer found naming the speaker (title:speaker furniture). The title of a page is
// the publisher's own words about its page.
func (d *doc) namedInTitle(e *entity) bool {
	inTitle := func(si int) bool {
		if si < 0 || si >= len(d.Sents) {
			return false
		}
		st := d.Sents[si]
		return si == 0 && d.C.Article.Title != "" || st.Unit != nil && st.Unit.Furniture && st.Unit.Rule == "title:speaker"
	}
	for _, m := range d.Mentions {
		if m.Ent != nil && m.Ent.Final() == e && !strings.HasPrefix(m.Rule, "coref") && inTitle(m.Sent) {
			return true
		}
	}
	for _, r := range d.Structure {
		if r.Structural && r.Tgt != nil && r.Tgt.Final() == e && inTitle(r.Sent) {
			return true
		}
	}
	return false
}

// partOfNamed reports a name ending in "of [the] BODY" for one of the publisher body's forms.
func partOfNamed(name string, forms ...string) bool {
	l := strings.ToLower(name)
	for _, f := range forms {
		f = strings.ToLower(f)
		if strings.HasSuffix(l, " of the "+f) || strings.HasSuffix(l, " of "+f) {
			return true
		}
	}
	return false
}

// hostBody is the name of the article's government body whose acronym is the first label of the
// URL's host after "www."/"english." ("mofcom" of english.mofcom.gov.cn and the article's
// "MOFCOM"), or "".
func hostBody(pageURL string, ents []*entity) string {
	l := hostLabel(pageURL) // actor_publisheracronym.go
	if len(l) < 3 {
		return ""
	}
	for _, e := range ents {
		if e.Kind != graph.Government {
			continue
		}
		for _, a := range e.Aliases {
			if strings.ToLower(a) == l && strings.ToUpper(a) == a {
				return e.Name
			}
		}
	}
	return ""
}
