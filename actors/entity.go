package actors

import (
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// NodeID is the graph node ID of e's final entity: a policy's or a claim's by its name or text
// (and speaker), an actor's by its identity, local to its article or holder when it must be.
func NodeID(e *doc.Entity) string {
	e = e.Final()
	switch e.Kind {
	case graph.Policy:
		if e.LocalScope != "" {
			return graph.LocalPolicyID(e.Name, e.LocalScope) // policy_scope.go
		}
		return graph.PolicyID(e.Name)
	case graph.ClaimKind:
		sp := ""
		if e.Speaker != nil {
			sp = NodeID(e.Speaker.Final())
		}
		return graph.ClaimID(sp, e.Text)
	}
	n := Identity(e) // a generic body's canonical name (actor_bodynames.go)
	if e.LocalScope != "" {
		return graph.LocalActorID(n, e.LocalScope)
	}
	return graph.ActorID(n)
}

// Identity is the name the node ID follows: a generic body's canonical name, else the name.
func Identity(e *doc.Entity) string {
	if e.IdName != "" {
		return e.IdName
	}
	return e.Name
}

// Emit reports whether e's final entity becomes a node: kept, of a kind, not weak unless a
// relation needs it, and an actor's name no longer than maxActorName.
func Emit(e *doc.Entity) bool {
	e = e.Final()
	return !e.Dropped && e.Kind != "" && (!e.Weak || e.Keep) && !(e.Kind.IsActor() && utf8.RuneCountInString(e.Name) > maxActorName)
}

// maxActorName is the longest actor name emitted, in runes: twice the longest name of the
// PETRARCH2/Phoenix actor dictionaries (101, "Centre de Recherches ET de Promotion Pour la
// Sauvegarde des Sites ET Monuments Historiques EN Afrique"). A longer capitalized run is a
// heading, a list or a text without punctuation, never a name (issue 16: a 480 kB "person").
const maxActorName = 200

// AliasList is e's name, then its aliases other than the name.
func AliasList(e *doc.Entity) []string {
	out := []string{e.Name}
	for _, a := range e.Aliases {
		if a != e.Name {
			out = append(out, a)
		}
	}
	return out
}

// Entity returns the entity with key, creating it with kind, name and rule.
func Entity(d *doc.Doc, key string, kind graph.Kind, name, rule string) *doc.Entity {
	if e, ok := d.ByKey[key]; ok {
		return e.Final()
	}
	e := &doc.Entity{Kind: kind, Name: name, Rule: rule}
	d.ByKey[key] = e
	d.Ents = append(d.Ents, e)
	return e
}

func CountryEntity(d *doc.Doc, c *lexicon.Country) *doc.Entity {
	e := Entity(d, "country:"+c.Code, graph.Country, c.Name, "lexicon:countries")
	e.Code, e.Country = c.Code, c
	e.Weak = false
	return e
}

func KnownEntity(d *doc.Doc, a *lexicon.KnownActor) *doc.Entity {
	e := Entity(d, "actor:"+strings.ToLower(a.Name), a.Kind, a.Name, "lexicon:actors")
	if a.Country != "" {
		e.Code = a.Country
		e.Country = d.Lx.ByCode[a.Country]
	}
	if a.Code != "" {
		e.Cameo = a.Code // the list's own CAMEO code (usfederal.txt)
	}
	return e
}

// knownWritten is the entity of known actor a written as surface. A state body of one country
// whose listed name is a generic head that names a body alone (orgwords.txt "alone": "Congress"
// and "Senate" are the US bodies in actors.txt), or a name Phoenix.agents.txt lists as an agent,
// a role of every state's ("House of Representatives" [~LEG]: agentName), written bare, is that
// country's only when the article agrees: it
// names the country and was not filed from another country it names at least as often (the
// rule bodyEntity applies to a bare title). Otherwise the bare name is the generic body of the
// story's own country, which the codes stage finds or keeps local ("Workers marched to
// Congress" in a Buenos Aires story is Argentina's Congress, never the US one; issue 14:
// two national bodies never merge).
func knownWritten(d *doc.Doc, a *lexicon.KnownActor, surface string) *doc.Entity {
	if a.Kind == graph.Government && a.Country != "" && strings.EqualFold(strings.TrimPrefix(surface, "the "), a.Name) && (d.Lx.OrgAlone[strings.ToLower(a.Name)] || AgentName(d.Phx, a.Name)) {
		return BodyEntity(d, a.Name, nil)
	}
	if a.Kind == graph.Government && a.Code != "" && datelineOutweighs(d, a.Country) {
		// a federal agency of usfederal.txt ("the Secret Service", "the Census Bureau") in a
		// story filed from another country that names it at least as often is that country's
		// body of the name, as a bare title there is (datelineOutweighs); "U.S. Secret Service"
		// is the listed agency's alias with its country and stays the US body
		if !strings.EqualFold(strings.TrimPrefix(surface, "the "), a.Name) {
			return KnownEntity(d, a)
		}
		return BodyEntity(d, a.Name, nil)
	}
	return KnownEntity(d, a)
}

// BodyEntity is a government body named by a title or a generic name ("Treasury", "Foreign
// Ministry"), qualified by its country when one is named: "Treasury (United States)".
func BodyEntity(d *doc.Doc, body string, c *lexicon.Country) *doc.Entity {
	body = foreignOfficeName(d.Lx, body, c) // another state's named office (actor_foreignoffice.go)
	for _, a := range d.Lx.Actors {
		if c != nil && a.Country != "" && a.Country != c.Code {
			continue // "China's Commerce Department" is no US Commerce Department
		}
		if c == nil && a.Country != "" && (!NamesCountry(d, a.Country) || datelineOutweighs(d, a.Country)) {
			// "Senator Ximena Rincon" in a story about Chile is no member of the US Senate: a
			// dictionary body of one country is taken from a bare title only when the article
			// names that country (issue 14: the dictionary applies when the article agrees),
			// and not in a story filed from another country that it names at least as often
			continue
		}
		if strings.EqualFold(a.Name, body) {
			return KnownEntity(d, a)
		}
		for _, al := range a.Aliases {
			if strings.EqualFold(al, body) {
				return KnownEntity(d, a)
			}
		}
	}
	if c == nil {
		if a := d.Lx.ActorByName[graph.NormalizeName(body)]; a != nil && a.Kind == graph.Government && a.Country != "" {
			// the one state's body was refused above (the article does not make the title
			// that state's): the generic body keeps no name of that state's either ("Pentagon"
			// is the US Department of Defense by metonymy; a bare "Defense Secretary" in a
			// Manila story holds a defense department, not the Pentagon: unownedOfficeName)
			body = unownedOfficeName(d.Lx, body, a)
		}
		e := Entity(d, "body:"+strings.ToLower(body)+":", graph.Government, body, "title:implied-body")
		return e
	}
	e := Entity(d, "body:"+strings.ToLower(body)+":"+c.Code, graph.Government, body+" ("+c.Name+")", "title:implied-body")
	e.Code, e.Country = c.Code, c
	e.AddAlias(body)
	e.Guessed = false // named with its country here (guessedBody marks a guess)
	return e
}

// AddMention records that tokens [ts, te) of st refer to e. Overlapping an earlier mention is refused.
func AddMention(d *doc.Doc, st *doc.Sent, ts, te int, e *doc.Entity, rule string) *doc.Mention {
	if ts >= te || e == nil {
		return nil
	}
	for i := ts; i < te; i++ {
		if st.Ment[i] >= 0 {
			return nil
		}
	}
	m := &doc.Mention{Sent: st.Idx, Ts: ts, Te: te, Ent: e, Rule: rule}
	for i := ts; i < te; i++ {
		st.Ment[i] = len(d.Mentions)
	}
	d.BySent[st.Idx] = append(d.BySent[st.Idx], len(d.Mentions))
	d.Mentions = append(d.Mentions, m)
	if e.Kind != graph.Policy && !strings.HasPrefix(rule, "coref") {
		surface := d.SpanText(st, ts, te)
		if !text.LowerFirst(surface) || e.Kind == graph.Group {
			e.AddAlias(surface)
		}
	}
	return m
}

// MentionAt returns the mention covering token i of st, or nil.
func MentionAt(d *doc.Doc, st *doc.Sent, i int) *doc.Mention {
	if i < 0 || i >= len(st.Toks) || st.Ment[i] < 0 {
		return nil
	}
	return d.Mentions[st.Ment[i]]
}
