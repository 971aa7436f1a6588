package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// PublisherCountry gives the article's generic bodies that are its publisher, its state's or the
// publisher's parts their country (see above). It runs after the members' country (assignCodes
// 2a) and before the canonical names.
func PublisherCountry(d *doc.Doc, ents []*doc.Entity) {
	body, c := d.OutletBody()
	stateBody := false
	if c != nil {
		stateBody = GenericName(d.Lx, body) || GenericName(d.Lx, CanonicalBody(d.Lx, body, nil))
	} else if c = doc.GovHostCountry(d.Lx, d.C.Article.URL); c != nil {
		// a government domain: the publisher is a state body of that country; the host's
		// first label names it when the article uses it as an acronym ("mofcom.gov.cn" and
		// "MOFCOM", an alias of the Ministry of Commerce)
		stateBody = true
		body = hostBody(d.C.Article.URL, ents)
	}
	if c == nil {
		return
	}
	canon := CanonicalBody(d.Lx, body, nil)
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
		generic := GenericBody(d.Phx, d.Lx, e) || e.Guessed
		switch {
		case !generic && !e.Guessed && e.Country == nil && strings.ToLower(CanonicalBody(d.Lx, e.Name, nil)) == want:
			// the publisher itself under a name of its own ("Office of the Vice President" of
			// the outlet "Office of the Vice President / The White House"): the outlet states
			// its country, shown in the name as a generic body's is: an office named by its
			// head's title ("Office of the Vice President") exists in many states
			e.PlaceIn(c)
			continue
		case generic && strings.ToLower(CanonicalBody(d.Lx, e.Name, nil)) == want:
			// the publisher itself
		case generic && stateBody && body == "" && NamedInTitle(d, e):
			// the publisher itself, named by the page's title: on a government domain whose
			// host names no body of the article ("minrel.gob.cl"), "Foreign Ministry
			// Spokesperson X's Regular Press Conference" is the page of the ministry that
			// publishes it, even when a journalist's question names its minister too (which
			// onlyInPublisherVoice refuses)
		case generic && stateBody && onlyInPublisherVoice(d, e):
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
		Unguess(d, e)
		e.PlaceIn(c)
	}
}

// onlyInPublisherVoice reports whether every mention of e lies outside a journalist's question
// turn (sent.Question); a body only a title implies ("Scott Bessent, Secretary of the Treasury")
// is named where its holders' MEMBER_OF relations are.
func onlyInPublisherVoice(d *doc.Doc, e *doc.Entity) bool {
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

// NamedInTitle reports a mention of e, or a title implying e (a MEMBER_OF of a title:implied-body
// rule), in the article's title: its first sentence when the input gave a title, or the heading
// the discourse layer found naming the speaker (title:speaker furniture). The title of a page is
// the publisher's own words about its page.
func NamedInTitle(d *doc.Doc, e *doc.Entity) bool {
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
func hostBody(pageURL string, ents []*doc.Entity) string {
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
