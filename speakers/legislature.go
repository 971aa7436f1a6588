package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// legBodyHeads are the last words of a Phoenix LEG agent that name a body, not a member
// ("national assembly", "parliament", "house of commons", "state duma", "chamber of deputies";
// agents.txt also lists members' nouns of sector LEG: "lawmaker", "mp", "delegate").
var legBodyHeads = lexicon.WordClass("legbodyheads") // data/wordclasses/legbodyheads.txt

// headingLegislature returns the legislature a heading line above the first labelled turn (at
// sentence index first) names as the whole line, creating its body (rule hearing:heading): a
// Phoenix LEG agent naming a body (legBodyHeads), after "of" with its country ("NATIONAL
// ASSEMBLY OF KENYA"; "of the Republic of" and the like may stand between) or after a country
// ("KENYA NATIONAL ASSEMBLY") or alone; or a legislature the Phoenix actors dictionary codes
// LEG ("Lok Sabha", INDGOVLEG; "Knesset", ISRGOVLEG), with the dictionary's country. nil when
// no line is one. Source: the Phoenix agents and actors dictionaries' LEG entries (CAMEO's
// legislature sector), the national parliaments' own names (IPU Parline lists chambers as
// "National Assembly", "Parliament", "Lok Sabha", "Bundestag").
func headingLegislature(d *doc.Doc, first int) *doc.Entity {
	if d.Phx == nil {
		return nil
	}
	for _, st := range d.Sents {
		toks := st.Toks
		n := len(toks)
		if st.Idx >= first || n == 0 || !(st.Idx == 0 && d.C.Article.Title != "" || st.Headline || toks[n-1].Kind == text.Word) {
			continue // (a line with no final stop above the first turn: "LOK SABHA")
		}
		if e := chamberCommittee(d, st); e != nil {
			return e // "HEARING OF THE HOUSE COMMITTEE ON FOREIGN AFFAIRS, SUBCOMMITTEE ON …"
		}
		for _, t := range toks {
			if t.Kind != text.Word {
				n = 0 // a heading of words only
			}
		}
		if n == 0 || n > 10 {
			continue
		}
		a := 0
		if toks[0].Lower == "the" {
			a = 1
		}
		// a legislature the dictionary names
		var ws []string
		for _, t := range toks[a:n] {
			ws = append(ws, t.Lower)
		}
		for _, act := range d.Phx.Lookup(strings.Join(ws, " ")) {
			if act.Kind == graph.Government && strings.HasSuffix(act.Code, "LEG") {
				return headingBody(d, st, a, n, act.Name, d.Lx.ByCode[act.Country])
			}
		}
		// "KENYA NATIONAL ASSEMBLY": a country, then the body
		if m := actors.MentionAt(d, st, a); m != nil && m.Ts == a && m.Te < n && m.Ent.Final().Kind == graph.Country && legBody(d.Phx, toks[m.Te:n]) {
			return headingBody(d, st, m.Te, n, text.TitleCase(d.SpanText(st, m.Te, n)), m.Ent.Final().Country)
		}
		// "NATIONAL ASSEMBLY OF KENYA", "PARLIAMENT": the body, then "of" and its country
		for b := n; b > a; b-- {
			if !legBody(d.Phx, toks[a:b]) {
				continue
			}
			name := text.TitleCase(d.SpanText(st, a, b))
			if b == n {
				return headingBody(d, st, a, b, name, nil)
			}
			if toks[b].Lower != "of" {
				break
			}
			if m := actors.MentionAt(d, st, n-1); m != nil && m.Te == n && m.Ts > b && m.Ts-b <= 4 && m.Ent.Final().Kind == graph.Country {
				return headingBody(d, st, a, b, name, m.Ent.Final().Country)
			}
			break
		}
	}
	return nil
}

// chamberCommittee returns the committee a heading line names in the US form "House Committee
// on X" or "Senate Committee on X" (also "Subcommittee", and "… of X"), when no mention already
// covers it: a heading in capitals makes no mention (the actor layer reads names by their
// capitals), so the line is read here, the name running to the next punctuation or the line's
// end and shown in ordinary case ("House Committee on Foreign Affairs", rule hearing:heading).
// In US usage the committee is that chamber's (legislative reads such a name as a legislature).
// nil when the line names none.
func chamberCommittee(d *doc.Doc, st *doc.Sent) *doc.Entity {
	toks := st.Toks
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].Lower != "house" && toks[k].Lower != "senate" || toks[k+1].Lower != "committee" && toks[k+1].Lower != "subcommittee" ||
			toks[k+2].Lower != "on" && toks[k+2].Lower != "of" {
			continue
		}
		if m := actors.MentionAt(d, st, k); m != nil {
			return nil // the actor layer read it (a heading in title case)
		}
		e := k + 3
		for e < len(toks) && toks[e].Kind == text.Word && !(e > k+3 && text.IsDayOrMonth(toks[e].Lower)) {
			e++
		}
		if e == k+3 {
			return nil
		}
		if toks[e-1].Lower == "the" || toks[e-1].Lower == "of" || toks[e-1].Lower == "on" || toks[e-1].Lower == "and" {
			return nil
		}
		return headingBody(d, st, k, e, headingName(d.SpanText(st, k, e)), nil)
	}
	return nil
}

// headingName writes a name from a heading in capitals in ordinary title case, the function
// words after its first word in lower case (CMOS 8.159: articles, prepositions and conjunctions
// lowercased in titles): "HOUSE COMMITTEE ON FOREIGN AFFAIRS" → "House Committee on Foreign
// Affairs".
func headingName(s string) string {
	ws := strings.Fields(text.TitleCase(s))
	for i := 1; i < len(ws); i++ {
		if l := strings.ToLower(ws[i]); actors.TitleLowercase.Has(l) {
			ws[i] = l
		}
	}
	return strings.Join(ws, " ")
}

// legBody reports tokens that are a Phoenix LEG agent naming a body (legBodyHeads).
func legBody(phx *lexicon.Actors, ts []text.Token) bool {
	if len(ts) == 0 || !legBodyHeads.Has(ts[len(ts)-1].Lower) {
		return false
	}
	ws := make([]string, len(ts))
	for i, t := range ts {
		ws[i] = t.Lower
	}
	a, ok := phx.Agent(strings.Join(ws, " "))
	return ok && lexicon.SectorOf(a.Code) == "LEG"
}

// headingBody is the legislature named name of country c (nil: none stated), mentioned by
// tokens [ts, te) of the heading line st.
func headingBody(d *doc.Doc, st *doc.Sent, ts, te int, name string, c *lexicon.Country) *doc.Entity {
	e := actors.BodyEntity(d, name, c)
	if e.Rule == "title:implied-body" {
		e.Rule = "hearing:heading"
	}
	actors.AddMention(d, st, ts, te, e, "hearing:heading")
	return e
}

// venueLine reports a heading line that opens with a date — a weekday, a month or a day's
// number ("Tuesday, 6 February 2024, Parliament Buildings, Nairobi", "Wednesday, 20 March 2024,
// 10 a.m., New York"): the sitting's date, time and venue, where a building's name
// ("Parliament Buildings") is a place, not a body.
func venueLine(st *doc.Sent) bool {
	if len(st.Toks) < 3 || !st.Headline {
		return false
	}
	t := st.Toks[0]
	return t.Kind == text.Num || t.Kind == text.Word && text.IsDayOrMonth(t.Lower) && t.Lower != "late" && t.Lower != "early"
}

// VenueBodies drops a body named only on venue lines (venueLine): "Parliament Buildings" of
// "Tuesday, 6 February 2024, Parliament Buildings, Nairobi" is where the committee sits. A body
// the dictionary knows, or one named anywhere else in the text, stays.
func VenueBodies(d *doc.Doc) {
	venue := map[*doc.Entity]bool{}
	for _, m := range d.Mentions {
		if m.Ent == nil {
			continue
		}
		e := m.Ent.Final()
		if e.Kind != graph.Government && e.Kind != graph.Organization || strings.HasPrefix(e.Rule, "lexicon:") {
			continue
		}
		in := venueLine(d.Sents[m.Sent])
		if v, seen := venue[e]; !seen || v {
			venue[e] = in
		}
	}
	for e, v := range venue {
		if v {
			e.Dropped = true
		}
	}
}
