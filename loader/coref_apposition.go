package loader

import (
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// Apposition and its look-alikes (coref15, issue 14): which phrases after a name's comma can be
// its appositive (Quirk et al. 1985, 17.65–17.80: an appositive is a noun phrase that corefers
// with the name), and which cannot.

// adverbialOpener reports a subordinator (data/wordclasses/subordinators.txt, grammar-sourced
// entries only) that opens an adverbial clause after a comma: "Vox, after the company failed to
// appoint a representative, …" is no apposition (Quirk et al. 1985, 14.12 simple subordinators;
// 17.65 an appositive is a noun phrase). "as" is left out: "Ana Costa, as foreign minister,
// signed" states her role in the manner of an appositive (Quirk et al. 1985, 17.72 "as"
// marking apposition), so it keeps its reading.
func adverbialOpener(w string) bool {
	return w != "as" && w != "asked" && subordinators.Has(w)
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
func (d *doc) appositiveDescription(st *sent, start, end int, c *lexicon.Country, cameo, head string, plural bool) bool {
	toks := st.Toks
	if plural || c == nil || end > len(toks) {
		return false
	}
	np := start
	if ms := st.Ment[np]; ms >= 0 {
		np = d.mentions[ms].Ts // the possessor: "Indonesia's largest green group"
	} else if np > 1 && (toks[np-1].Lower == "'s" || toks[np-1].Lower == "\u2019s") {
		if pm := d.mentionAt(st, np-2); pm != nil && pm.Te == np-1 {
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
	m := d.mentionAt(st, np-2)
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
		if institution(d.lx, head) == graph.Government {
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
	d.addMention(st, start, end, e, "coref:apposition")
	return true
}

// supplementaryRelativeEnd returns the token after the closing comma of a supplementary
// (non-restrictive) relative clause that opens at the comma at token i after a name: ", which is
// based in Dubai and claims 30 million users," (CGEL ch. 12 §4: a supplementary relative is
// set off by commas and is parenthetical, so the name before it is still the subject of the
// verb after it); 0 when no such clause closes within 30 tokens or a quotation or sentence end
// comes first.
func supplementaryRelativeEnd(st *sent, i int) int {
	toks := st.Toks
	if i+2 >= len(toks) || toks[i].Text != "," || (toks[i+1].Lower != "which" && toks[i+1].Lower != "who") {
		return 0
	}
	for k := i + 2; k < len(toks) && k < i+32; k++ {
		switch {
		case toks[k].Text == ",":
			return k + 1
		case toks[k].Text == "." || toks[k].Text == ";" || toks[k].Kind == text.Quote:
			return 0
		}
	}
	return 0
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
func (d *doc) cityModifier(st *sent, p, k, hs, i int, plural bool, head string) *mention {
	if plural || p != k-1 || institution(d.lx, head) != graph.Government {
		return nil
	}
	m := d.mentionAt(st, p)
	if m == nil || m.Te != p+1 || m.Ent.Final().Kind != graph.Country || m.Ent.Final().Country == nil {
		return nil
	}
	if m.Rule != "metonymy:capital" && m.Rule != "metonymy:phoenix-place" {
		return nil
	}
	if m.Ts == 0 || !determiners.Has(st.Toks[m.Ts-1].Lower) {
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
func (d *doc) possessedBodies(st *sent) {
	toks := st.Toks
	for i := 2; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != text.Word || t.Cap || st.Ment[i] >= 0 || d.lx.Definite[t.Lower] != "named" || d.lx.OrgWords[t.Lower] != graph.Organization {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Kind == text.Word && (toks[i+1].Cap || toks[i+1].Lower == "of" || nounModifier(d.x, d.lx, st, i+1)) {
			continue // "the EU's mission chief", "the UN's mission of …", a name after it
		}
		s := i
		for s > 0 && i-s < 2 && toks[s-1].Kind == text.Word && !toks[s-1].Cap && st.Ment[s-1] < 0 && d.lx.Common[toks[s-1].Lower] && !determiners.Has(toks[s-1].Lower) && !d.lx.Stop[toks[s-1].Lower] {
			s--
		}
		if s < 2 || (toks[s-1].Lower != "'s" && toks[s-1].Lower != "\u2019s") {
			continue
		}
		pm := d.mentionAt(st, s-2)
		if pm == nil || pm.Te != s-1 || pm.Ent.Final().Kind != graph.Organization || !actorKind(pm.Ent) {
			continue
		}
		if verbAfter(d.lx, st, i+1) < 0 {
			continue // only the body acting, as a subject: "We support the AU's monitoring mission" supports the mission
		}
		d.addMention(st, s, i+1, pm.Ent.Final(), "coref:possessed-body")
	}
}

// writtenWithHead reports a mention of an organization or body whose words end in the head noun
// w: "the European Union's observer mission" for "the mission". Anaphoric "the" with the
// antecedent's own head noun is the plainest direct anaphora (Quirk et al. 1985, 5.28), whatever
// the antecedent's name is.
func (d *doc) writtenWithHead(m *mention, w string) bool {
	e := m.Ent.Final()
	if e.Kind != graph.Organization && e.Kind != graph.Government || m.Te-m.Ts < 2 {
		return false
	}
	return d.sents[m.Sent].Toks[m.Te-1].Lower == w
}

// possessorMention reports a mention followed by a genitive "'s" ("Kenya" in "Kenya's High
// Court"): a noun embedded in another noun phrase, which is less salient as a pronoun's
// antecedent than the head of a phrase of its own (Lappin & Leass 1994, salience factor "head
// noun emphasis", 80 of the about 310 points a mention of the sentence before gathers, so a
// quarter); resolvePronoun takes a quarter off its weight, so that "It accused the court" after
// "Kenya's High Court ordered the company Safaricom …" takes the company, not Kenya.
func possessorMention(st *sent, m *mention) bool {
	return m.Te < len(st.Toks) && (st.Toks[m.Te].Lower == "'s" || st.Toks[m.Te].Lower == "\u2019s")
}

// appositionAnchor returns the named actor a description headed by syntax token h stands in
// apposition to: "The Kenyan Bar Association, the country's main lawyers' body, rejected the
// measure", where the parser took the description for the subject and hung the name elsewhere.
// The description lies between two commas right after a name (Quirk et al. 1985, 17.65:
// non-restrictive apposition, name and description corefer), so the clause's actor is the
// name's: an organization, body or person of the article, never a country or place (a country's
// appositive is a description of its own: "Indonesia, the region's largest economy"). nil when
// the shape is not there.
func (d *doc) appositionAnchor(st *sent, fs *frameSentence, h int) *entity {
	lo, hi := fs.span(h)
	if lo >= hi || hi > len(fs.at) {
		return nil
	}
	s, e := fs.at[lo], fs.at[hi-1]+1
	toks := st.Toks
	for e > s && toks[e-1].Text == "," {
		e-- // the closing comma the parser hangs on the phrase
	}
	if s < 2 || e >= len(toks) || toks[s-1].Text != "," || toks[e].Text != "," {
		return nil
	}
	if t := toks[s].Lower; t != "the" && t != "a" && t != "an" {
		return nil // an appositive noun phrase opens with its determiner here
	}
	for k := s; k < e; k++ {
		if toks[k].Text == "," {
			return nil
		}
		if m := d.mentionAt(st, k); m != nil && m.Ent.Final().Kind != graph.Country && !(m.Ent.Final().Weak && m.Ts >= s && m.Te <= e) {
			// one phrase, naming no other actor than a country ("the country's", "Kenya's") or
			// a descriptive actor made of its own words ("main lawyers"), which it is
			return nil
		}
	}
	m := d.mentionAt(st, s-2)
	if m == nil || m.Te != s-1 || !actorKind(m.Ent) {
		return nil
	}
	switch m.Ent.Final().Kind {
	case graph.Organization, graph.Government, graph.Person, graph.Group:
		return m.Ent.Final()
	}
	return nil
}
