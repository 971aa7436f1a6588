package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// adverbialOpener reports a subordinator (data/wordclasses/subordinators.txt, grammar-sourced
// entries only) that opens an adverbial clause after a comma: "Vox, after the company failed to
// appoint a representative, …" is no apposition (Quirk et al. 1985, 14.12 simple subordinators;
// 17.65 an appositive is a noun phrase). "as" is left out: "Ana Costa, as foreign minister,
// signed" states her role in the manner of an appositive (Quirk et al. 1985, 17.72 "as"
// marking apposition), so it keeps its reading.
func adverbialOpener(w string) bool {
	return w != "as" && w != "asked" && Subordinators.Has(w)
}

// appositiveDescription reads a descriptive actor [start, end) (descriptiveAgents: "Indonesia's
// largest green group", country c, CAMEO code cameo) that stands in apposition to the name
// before its comma: "Walhi, Indonesia's largest green group, said …". Name and description
// corefer (Quirk et al. 1985, 17.65–17.80, non-restrictive apposition): the name is the actor's
// name, the description only tells what it is, so no actor is made of the description; its
// words become a mention of the named one (rule coref:apposition). A name not yet known as any
// kind ("Walhi") becomes an ORGANIZATION (a GOVERNMENT body when the description's head is one,
// orgwords.txt) of the description's country.
//
// It fires only on the shape Quirk 17.65 gives: name, comma, the description, then a closing
// comma or the sentence's end; the name an organization, a body or a name of no kind yet, never
// a person, a country or a place (their appositives are titles or descriptions of their own:
// "Indonesia, Southeast Asia's largest economy"); a singular description (a plural one, "the
// Kurds, Syria's largest minority", is a people, not a body's name). start is the first token
// of the description after any determiner or possessor it took (the caller's), head its head
// phrase. It reports whether it read the apposition.
func appositiveDescription(d *doc.Doc, st *doc.Sent, start, end int, c *lexicon.Country, cameo, head string, plural bool) bool {
	toks := st.Toks
	if plural || c == nil || end > len(toks) {
		return false
	}
	np := start
	if ms := st.Ment[np]; ms >= 0 {
		np = d.Mentions[ms].Ts // the possessor: "Indonesia's largest green group"
	} else if np > 1 && (toks[np-1].Lower == "'s" || toks[np-1].Lower == "\u2019s") {
		if pm := MentionAt(d, st, np-2); pm != nil && pm.Te == np-1 {
			np = pm.Ts
		}
	}
	if np > 0 && (toks[np-1].Lower == "a" || toks[np-1].Lower == "an" || toks[np-1].Lower == "the") {
		np--
	}
	if np < 2 || toks[np-1].Text != "," {
		return false
	}
	if end < len(toks) && toks[end].Text != "," && toks[end].Text != "." {
		return false // no closing comma: "Walhi, Indonesia's green group and WWF": a coordination
	}
	m := MentionAt(d, st, np-2)
	if m == nil || m.Te != np-1 {
		return false
	}
	e := m.Ent.Final()
	switch {
	case e.Kind == "" && e.Pending:
	case e.Kind == graph.Organization && (e.Country == nil || e.Country == c):
	default:
		return false
	}
	if !toks[m.Ts].Cap {
		return false
	}
	if e.Kind == "" {
		e.Kind = graph.Organization
		if institution(d.Lx, head) == graph.Government {
			e.Kind = graph.Government
		}
		e.Pending, e.Rule = false, "org:appositive-description"
	}
	if e.Country == nil {
		e.Country, e.Code = c, c.Code
	}
	if e.Cameo == "" && e.Country == c {
		e.Cameo = cameo
	}
	AddMention(d, st, start, end, e, "coref:apposition")
	return true
}

// cityModifier reads a city named as a noun premodifier of a state institution noun: "A Rome court
// on Saturday refused …", "a Lagos high court" (the attributive noun names where the court sits,
// Quirk et al. 1985, 17.104–17.108, noun premodification). The phrase is that city's court, a
// GOVERNMENT body of the city's country, not the country acting as the capital alone would be
// (metonymy:capital): the city mention at token p, just before the description's first word k
// (head phrase [hs, i]), is returned so that the description takes its words, or nil. Only a
// singular head that orgwords.txt lists as a state body (court, parliament: institution ==
// GOVERNMENT) and only a city (a capital, or a place the Phoenix country records list under a
// country): "Rome's court" (a possessor), "Brussels officials" (a plural, and Brussels names the
// EU as often as Belgium) and a country's own name ("a Kenya court") keep their readings.
func cityModifier(d *doc.Doc, st *doc.Sent, p, k, hs, i int, plural bool, head string) *doc.Mention {
	if plural || p != k-1 || institution(d.Lx, head) != graph.Government {
		return nil
	}
	m := MentionAt(d, st, p)
	if m == nil || m.Te != p+1 || m.Ent.Final().Kind != graph.Country || m.Ent.Final().Country == nil {
		return nil
	}
	if m.Rule != "metonymy:capital" && m.Rule != "metonymy:phoenix-place" {
		return nil
	}
	if m.Ts == 0 || !Determiners.Has(st.Toks[m.Ts-1].Lower) {
		return nil // "Rome court rules …": headlinese, or a possessor before the city
	}
	return m
}

// possessedBodies reads "the European Union's observer mission", "NATO's military committee": an
// organization's possessive before a body noun of definites.txt's "named" class (mission,
// commission, council …) that orgwords.txt lists as an ORGANIZATION, with at most two
// lower-case premodifiers. The possessed body belongs to the organization and acts for it: the
// words after the possessive become a mention of the organization (rule coref:possessed-body),
// as a state's government is the state ("Niger's government"). PETRARCH codes such a body by
// its parent's code (dictionaries.rst, "Agent Dictionary": an agent noun takes the code of the
// actor before it). Persons, countries and governments as possessors are left to their own
// rules (titles, body:possessive), and a name after the noun ("the EU's envoy Ana Ruiz")
// stops it. Only the subject of a cue or speech verb is read so: as an object ("we support the
// AU's monitoring mission") the body is the thing acted on, not its parent.
func possessedBodies(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for i := 2; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != text.Word || t.Cap || st.Ment[i] >= 0 || d.Lx.Definite[t.Lower] != "named" || d.Lx.OrgWords[t.Lower] != graph.Organization {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Kind == text.Word && (toks[i+1].Cap || toks[i+1].Lower == "of" || nounModifier(d.Frames, d.Lx, st, i+1)) {
			continue // "the EU's mission chief", "the UN's mission of …", a name after it
		}
		s := i
		for s > 0 && i-s < 2 && toks[s-1].Kind == text.Word && !toks[s-1].Cap && st.Ment[s-1] < 0 && d.Lx.Common[toks[s-1].Lower] && !Determiners.Has(toks[s-1].Lower) && !d.Lx.Stop[toks[s-1].Lower] {
			s--
		}
		if s < 2 || (toks[s-1].Lower != "'s" && toks[s-1].Lower != "\u2019s") {
			continue
		}
		pm := MentionAt(d, st, s-2)
		if pm == nil || pm.Te != s-1 || pm.Ent.Final().Kind != graph.Organization || !doc.ActorKind(pm.Ent) {
			continue
		}
		if doc.VerbAfter(d.Lx, st, i+1) < 0 {
			continue // only the body acting, as a subject: "We support the AU's monitoring mission" supports the mission
		}
		AddMention(d, st, s, i+1, pm.Ent.Final(), "coref:possessed-body")
	}
}
