package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// People are actors, never policies (issues 13 and 14). A stance's target is an actor or what an
// actor does or proposes: CAMEO codes a target actor for every event (CAMEO codebook, ch. 1,
// "source and target actors"), and PLOVER's target is an actor too. A target phrase headed by a
// plural noun that names people or a group of people — an agent noun of the Phoenix agents
// dictionary in its plural form, of the business sector or with a personal ending ("farmers"
// AGR, "workers" LAB, "students" EDU, "companies" and "airlines" BUS, "businessmen"; PETRARCH2
// Phoenix.agents.txt, whose vessels and aircraft, "frigates", are no people) or a plural group head of groups.txt ("officials", "rebels",
// "investors") — is therefore an actor: the descriptive GROUP the actors stage made of it when a
// demonym, a name, a possessor or "in X" ties it to a country ("Chinese students", "farmers in
// Kenya": actor_agents.go, actor_sharedmodifier.go), or the actor its pronoun or definite
// description resolves to. When no such actor was found, the phrase is a GROUP labelled as
// written (rule target:people) of the country an "of", "in" or "from" phrase on its head names
// ("the people of Haiti", "students from Peru"; one country only). A definite plural counted by
// a numeral or "both" ("the two companies", "both airlines") refers back to that many actors
// named before (anaphoric the, Quirk et al. 1985, 5.28–5.33; Halliday & Hasan 1976, ch. 2) and
// is no group of its own: it is the group of people named just before with the same count ("two
// Japanese airlines … the two companies": the repeated numeral is the cohesive tie, the head a
// general or superordinate noun for the antecedent's, Halliday & Hasan 1976, 6.3 on reiteration),
// else the match gives no relation. People of no country named ("the rebels",
// "40 traders", "two Western diplomats") are left as they were, the phrase as the target: an
// unnamed object is no actor of the actors stage (actor_unnamed.go reads unnamed agents as
// subjects only), and the development sets and held-out golds count such a GROUP as a false
// actor. A possessor or determiner of a thing ("farmers' demands", "the workers' strike") leaves
// the thing the head, and the phrase a policy as before.

// peopleTargetHead reports whether syntax token h heads a target phrase that names people (see
// above), and returns the Phoenix agent code of its head ("" for a group head).
func peopleTargetHead(ex *Extractor, lx *lexicon.Lexicons, st *sent, fs *frameSentence, h int) (string, bool) {
	t := fs.toks[h]
	if t.UPOS != "NOUN" || fs.at[h] < 0 {
		return "", false
	}
	w := st.Toks[fs.at[h]]
	if w.Cap {
		return "", false
	}
	if lx.GroupHeads[w.Lower] == w.Lower && !lx.GroupCollective[w.Lower] {
		code := ""
		if ex.phx != nil {
			if a, ok := ex.phx.Agent(w.Lower); ok {
				code = a.Code
			}
		}
		return code, true
	}
	if ex.phx == nil {
		return "", false
	}
	a, ok := ex.phx.Agent(w.Lower)
	if !ok || !a.Plural {
		return "", false
	}
	// a business (BUS: "companies", "airlines", "exporters") is a body of people; of the other
	// sectors the nouns with a personal ending (personplurals.txt; Quirk et al. 1985, App. I)
	personal := lexicon.SectorOf(a.Code) == "BUS" || strings.HasSuffix(w.Lower, "men")
	for _, suf := range coref.PersonPluralEndings {
		personal = personal || strings.HasSuffix(w.Lower, suf)
	}
	return a.Code, personal
}

// countedDefinite reports a definite plural counted by a numeral or "both" ("the two companies",
// "both airlines", "these three firms"): see above.
func countedDefinite(fs *frameSentence, h int) bool {
	definite, counted := false, false
	for _, k := range fs.kids[h] {
		if k > h {
			continue
		}
		f := strings.ToLower(fs.toks[k].Form)
		switch r := fs.toks[k].DepRel; {
		case f == "both":
			definite, counted = true, true
		case r == "det" && docpkg.AnaphoricDeterminers.Has(f):
			definite = true
		case r == "nummod":
			counted = true
		}
	}
	return definite && counted
}

// peopleTarget is the GROUP the target phrase of syntax head h, over tokens [b, e), names (see
// above), coded country + the head's Phoenix sector, and true; nil and true for a counted
// definite; nil and false when the phrase names no country (the caller keeps the phrase).
func (d *doc) peopleTarget(st *sent, fs *frameSentence, h, b, e int, code string) (*entity, bool) {
	if countedDefinite(fs, h) {
		return d.countedAntecedent(st, fs, h, code), true
	}
	toks := st.Toks
	for b < e && (surface.LeadingDrop.Has(toks[b].Lower) || toks[b].Lower == "of") && b < fs.at[h] {
		b++
	}
	for e > b && (toks[e-1].Kind == text.Punct || toks[e-1].Lower == "and" || toks[e-1].Lower == "or") {
		e--
	}
	if e <= b {
		return nil, false
	}
	var c *lexicon.Country
	for _, k := range fs.kids[h] {
		w := strings.ToLower(fs.caseWord(k))
		if k < h || !strings.HasPrefix(fs.toks[k].DepRel, "nmod") || w != "of" && w != "in" && w != "from" {
			continue
		}
		if w == "in" && actors.EnvoyNouns.Has(strings.TrimSuffix(st.Toks[fs.at[h]].Lower, "s")) {
			continue // "diplomats in Kenya" are posted there, the sending state's (actor_agents.go)
		}
		m := actors.MentionAt(d.Doc, st, fs.at[k])
		if m == nil || m.Ent.Final().Kind != graph.Country {
			continue
		}
		if c != nil || fs.hasConjunct(k) {
			return nil, false // "farmers of Argentina and Uruguay": no one country
		}
		c = m.Ent.Final().Country
	}
	if c == nil {
		return nil, false
	}
	label := d.SpanText(st, b, e)
	g := actors.Entity(d.Doc, "agent:"+graph.NormalizeName(label)+":"+c.Code, graph.Group, label, "target:people")
	g.Weak = true
	if g.Country == nil {
		g.Country, g.Code = c, c.Code
	}
	if g.Cameo == "" && g.Country == c {
		g.Cameo = c.Code + lexicon.SectorOf(code)
	}
	return g, true
}

// hasConjunct reports whether syntax token k heads a coordination (has a UD conj dependent).
func (fs *frameSentence) hasConjunct(k int) bool {
	for _, c := range fs.kids[k] {
		if fs.toks[c].DepRel == "conj" {
			return true
		}
	}
	return false
}

// countedAntecedent is the GROUP a counted definite at syntax head h refers back to (see above):
// the nearest group mention, in this sentence or the two before, written with the same numeral
// right before it or as its first word ("both" counts two), and, when both heads have a Phoenix
// sector, of the head's sector ("the two companies" are no students: a general noun reiterates
// its antecedent's class, Halliday & Hasan 1976, 6.3). nil when there is none.
func (d *doc) countedAntecedent(st *sent, fs *frameSentence, h int, code string) *entity {
	count := ""
	for _, k := range fs.kids[h] {
		if f := strings.ToLower(fs.toks[k].Form); k < h && (fs.toks[k].DepRel == "nummod" || f == "both") {
			count = f
		}
	}
	if count == "both" {
		count = "two"
	}
	if count == "" || fs.at[h] < 0 {
		return nil
	}
	var g *entity
	actors.EachMentionBack(d.Doc, st.Idx, fs.at[h], 3, func(m *mention) bool {
		e := m.Ent.Final()
		if e.Kind != graph.Group {
			return true
		}
		if sec := lexicon.SectorOf(code); sec != "" && e.Country != nil && len(e.Cameo) >= len(e.Country.Code)+3 && e.Cameo[len(e.Country.Code):len(e.Country.Code)+3] != sec {
			return true
		}
		toks := d.Sents[m.Sent].Toks
		if toks[m.Ts].Lower == count || m.Ts > 0 && toks[m.Ts-1].Lower == count {
			g = e
			return false
		}
		return true
	})
	return g
}
