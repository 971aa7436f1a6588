package loader

import (
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

func (e *entity) nodeID() string {
	e = e.final()
	switch e.kind {
	case graph.Policy:
		if e.localScope != "" {
			return graph.LocalPolicyID(e.name, e.localScope) // policy_scope.go
		}
		return graph.PolicyID(e.name)
	case graph.ClaimKind:
		sp := ""
		if e.speaker != nil {
			sp = e.speaker.final().nodeID()
		}
		return graph.ClaimID(sp, e.text)
	}
	n := e.identity() // a generic body's canonical name (actor_bodynames.go)
	if e.localScope != "" {
		return graph.LocalActorID(n, e.localScope)
	}
	return graph.ActorID(n)
}

// identity is the name the node ID follows: a generic body's canonical name, else the name.
func (e *entity) identity() string {
	if e.idName != "" {
		return e.idName
	}
	return e.name
}

func (e *entity) emit() bool {
	e = e.final()
	return !e.dropped && e.kind != "" && (!e.weak || e.keep) && !(e.kind.IsActor() && utf8.RuneCountInString(e.name) > maxActorName)
}

// maxActorName is the longest actor name emitted, in runes: twice the longest name of the
// PETRARCH2/Phoenix actor dictionaries (101, "Centre de Recherches ET de Promotion Pour la
// Sauvegarde des Sites ET Monuments Historiques EN Afrique"). A longer capitalized run is a
// heading, a list or a text without punctuation, never a name (issue 16: a 480 kB "person").
const maxActorName = 200

func (e *entity) aliasList() []string {
	out := []string{e.name}
	for _, a := range e.aliases {
		if a != e.name {
			out = append(out, a)
		}
	}
	return out
}

// entity returns the entity with key, creating it with kind, name and rule.
func (d *doc) entity(key string, kind graph.Kind, name, rule string) *entity {
	if e, ok := d.byKey[key]; ok {
		return e.final()
	}
	e := &entity{kind: kind, name: name, rule: rule}
	d.byKey[key] = e
	d.ents = append(d.ents, e)
	return e
}

func (d *doc) countryEntity(c *lexicon.Country) *entity {
	e := d.entity("country:"+c.Code, graph.Country, c.Name, "lexicon:countries")
	e.code, e.country = c.Code, c
	e.weak = false
	return e
}

func (d *doc) knownEntity(a *lexicon.KnownActor) *entity {
	e := d.entity("actor:"+strings.ToLower(a.Name), a.Kind, a.Name, "lexicon:actors")
	if a.Country != "" {
		e.code = a.Country
		e.country = d.lx.ByCode[a.Country]
	}
	return e
}

// knownWritten is the entity of known actor a written as surface. A state body of one country
// whose listed name is a generic head that names a body alone (orgwords.txt "alone": "Congress"
// and "Senate" are the US bodies in actors.txt), written bare, is that country's only when the article agrees: it
// names the country and was not filed from another country it names at least as often (the
// rule bodyEntity applies to a bare title). Otherwise the bare name is the generic body of the
// story's own country, which the codes stage finds or keeps local ("Workers marched to
// Congress" in a Buenos Aires story is Argentina's Congress, never the US one; issue 14:
// two national bodies never merge).
func (d *doc) knownWritten(a *lexicon.KnownActor, surface string) *entity {
	if a.Kind == graph.Government && a.Country != "" && strings.EqualFold(strings.TrimPrefix(surface, "the "), a.Name) && d.lx.OrgAlone[strings.ToLower(a.Name)] {
		return d.bodyEntity(a.Name, nil)
	}
	return d.knownEntity(a)
}

// bodyEntity is a government body named by a title or a generic name ("Treasury", "Foreign
// Ministry"), qualified by its country when one is named: "Treasury (United States)".
func (d *doc) bodyEntity(body string, c *lexicon.Country) *entity {
	body = d.foreignOfficeName(body, c) // another state's named office (actor_foreignoffice.go)
	for _, a := range d.lx.Actors {
		if c != nil && a.Country != "" && a.Country != c.Code {
			continue // "China's Commerce Department" is no US Commerce Department
		}
		if c == nil && a.Country != "" && (!d.namesCountry(a.Country) || d.datelineOutweighs(a.Country)) {
			// "Senator Ximena Rincon" in a story about Chile is no member of the US Senate: a
			// dictionary body of one country is taken from a bare title only when the article
			// names that country (issue 14: the dictionary applies when the article agrees),
			// and not in a story filed from another country that it names at least as often
			continue
		}
		if strings.EqualFold(a.Name, body) {
			return d.knownEntity(a)
		}
		for _, al := range a.Aliases {
			if strings.EqualFold(al, body) {
				return d.knownEntity(a)
			}
		}
	}
	if c == nil {
		e := d.entity("body:"+strings.ToLower(body)+":", graph.Government, body, "title:implied-body")
		return e
	}
	e := d.entity("body:"+strings.ToLower(body)+":"+c.Code, graph.Government, body+" ("+c.Name+")", "title:implied-body")
	e.code, e.country = c.Code, c
	e.addAlias(body)
	e.guessed = false // named with its country here (guessedBody marks a guess)
	return e
}

// addMention records that tokens [ts, te) of st refer to e. Overlapping an earlier mention is refused.
func (d *doc) addMention(st *sent, ts, te int, e *entity, rule string) *mention {
	if ts >= te || e == nil {
		return nil
	}
	for i := ts; i < te; i++ {
		if st.Ment[i] >= 0 {
			return nil
		}
	}
	m := &mention{sent: st.Idx, ts: ts, te: te, ent: e, rule: rule}
	for i := ts; i < te; i++ {
		st.Ment[i] = len(d.mentions)
	}
	d.bySent[st.Idx] = append(d.bySent[st.Idx], len(d.mentions))
	d.mentions = append(d.mentions, m)
	if e.kind != graph.Policy && !strings.HasPrefix(rule, "coref") {
		surface := d.spanText(st, ts, te)
		if !text.LowerFirst(surface) || e.kind == graph.Group {
			e.addAlias(surface)
		}
	}
	return m
}

// mentionAt returns the mention covering token i of st, or nil.
func (d *doc) mentionAt(st *sent, i int) *mention {
	if i < 0 || i >= len(st.Toks) || st.Ment[i] < 0 {
		return nil
	}
	return d.mentions[st.Ment[i]]
}
