package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// orgDescriptions records the description set before an organization's name between commas as a
// role of the organization: "The main Hutu rebel group, Forces for Defence of Democracy (FDD),
// insisted …" gives the FDD node the role "main Hutu rebel group", as "The UN's emergency relief
// coordinator, Kenzo Oshima, demanded …" gives a person the title (preposedAppositives). The
// description and the name are a preposed appositive, two noun phrases of one referent (Quirk et
// al. 1985, 17.65), and the description says what the named body is; event coders name the
// source so (PLOVER's records give "Hutu rebel group"). The shape: a sentence opened by "the" or
// "a(n)", one to six words without a possessive, a head noun that names an organization
// (orgwords.txt) or an agent (Phoenix.agents.txt: "group", "party", "militia", "rebels"), a
// comma, the name of an organization or group (with an acronym in parentheses, if any), a comma
// and the predicate's verb. The description gives no membership, kind or country: it is no office
// of any body.
func orgDescriptions(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	if len(toks) < 6 || (toks[0].Lower != "the" && toks[0].Lower != "a" && toks[0].Lower != "an") {
		return
	}
	c := -1
	for k := 1; k < len(toks) && k <= 7; k++ {
		if toks[k].Text == "," {
			c = k
			break
		}
		if toks[k].Kind != text.Word || toks[k].Lower == "'s" {
			return
		}
		if m := MentionAt(d, st, k); m != nil && m.Ent.Final().Kind != graph.Group && m.Ent.Final().Kind != graph.Country && m.Ent.Final().Kind != "" {
			return // "The Senate Finance Committee chairman, X,": a description naming another actor (a people's or country's name, or a word not yet typed, may classify: "Hutu")
		}
	}
	if c < 2 {
		return
	}
	head := strings.TrimSuffix(toks[c-1].Lower, ".")
	if toks[c-1].Cap || !orgHeadNoun(d.Phx, d.Lx, head) {
		return
	}
	n := c + 1
	if n < len(toks) && toks[n].Lower == "the" {
		n++ // "…, the Movement for Democratic Change (MDC), …"
	}
	m := MentionAt(d, st, n)
	if m == nil || m.Ts != n && m.Ts != c+1 {
		return
	}
	e := m.Ent.Final()
	if e.Kind != graph.Organization && e.Kind != graph.Group {
		return
	}
	te := m.Te
	if te < len(toks) && toks[te].Text == "(" {
		for te < len(toks) && toks[te].Text != ")" && te-m.Te < 6 {
			te++
		}
		te++ // past ")"
	}
	if te >= len(toks) || toks[te].Text != "," || doc.VerbAfter(d.Lx, st, te+1) < 0 {
		return
	}
	e.AddRole(d.SpanText(st, 1, c), nil)
}

// orgHeadNoun reports a noun that heads a description of an organization or group: an
// organization word (orgwords.txt) or a Phoenix agent noun.
func orgHeadNoun(phx *lexicon.Actors, lx *lexicon.Lexicons, w string) bool {
	if _, ok := lx.OrgWords[w]; ok {
		return true
	}
	if phx == nil {
		return false
	}
	_, ok := phx.Agent(w)
	return ok
}

// countryDescription reads an organization's appositive that describes it with its country's
// genitive: "the Court of Cassation, Italy's highest appeals court,", "the Constitutional Council,
// France's top constitutional body,". The appositive [j, end) is a country's name, "'s", and one
// to five lower-case words ending in an organization or agent noun (orgHeadNoun); it refers to the
// named body (Quirk et al. 1985, 17.65), so the body takes the country when it has none (a state
// body named with it: "Court of Cassation (Italy)"), and the
// description is a mention of the body (coref:appositive), not a body of its own ("Appeals Court
// (Italy)" beside the Court of Cassation was one court split in two). The description is recorded
// as the body's role, as a preposed one is (orgDescriptions). It reports whether it read one.
func countryDescription(d *doc.Doc, st *doc.Sent, e *doc.Entity, j, end int) bool {
	toks := st.Toks
	m := MentionAt(d, st, j)
	if m == nil || m.Ts != j || m.Te+1 >= end || toks[m.Te].Lower != "'s" {
		return false
	}
	c := m.Ent.Final()
	if c.Kind != graph.Country || c.Country == nil || e.Country != nil && e.Country != c.Country {
		return false
	}
	ds := m.Te + 1
	if end-ds > 5 || toks[end-1].Cap || !orgHeadNoun(d.Phx, d.Lx, strings.TrimSuffix(toks[end-1].Lower, ".")) {
		return false
	}
	for k := ds; k < end; k++ {
		if toks[k].Kind != text.Word || toks[k].Cap || st.Ment[k] >= 0 {
			return false
		}
	}
	if e.Country == nil && e.Kind == graph.Government {
		// a state body's name recurs across states (France, Italy and Belgium each have a Court
		// of Cassation): named with its state, as a generic body is, it never merges with
		// another state's (issue 14: two national bodies never merge)
		e.PlaceIn(c.Country)
	} else if e.Country == nil {
		e.Country = c.Country
	}
	e.AddRole(d.SpanText(st, ds, end), nil)
	AddMention(d, st, ds, end, e, "coref:appositive")
	return true
}
