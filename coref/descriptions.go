package coref

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// maxPremods is the most premodifiers read between "the" and a description's head: news writing
// describes an actor named before by one or two ("the rights group", "the main farm lobby").
const maxPremods = 2

// DescriptionPremods returns the lower-case premodifiers between "the" and the head at token i of
// st ("rebel" in "the rebel group"), or nil when the phrase is no such description: more than
// maxPremods words, a capitalized word (a name or a demonym restricts the reference: "the Russian
// embassy" is no embassy named before), a number, a determiner, or a head of the country class
// ("the new government" may be another one: the government class keeps its own rules in
// resolveDefinite). cls "title" is a person's title ("the foreign minister", "the top diplomat").
func DescriptionPremods(st *doc.Sent, i int, cls string) []string {
	if cls != "org" && cls != "named" && cls != "igo" && cls != "title" {
		return nil
	}
	var premods []string
	counted := false
	for k := i - 1; k >= 0; k-- {
		t := st.Toks[k]
		if t.Lower == "the" {
			if len(premods) == 0 && !counted {
				return nil
			}
			if premods == nil {
				premods = []string{}
			}
			return premods
		}
		if !counted && numberCompound(st, k) {
			// "the 27-member bloc", "the 15-nation group": a compound adjective of a numeral and a
			// noun (Quirk et al. 1985, 17.108, "a ten-mile walk") measures the referent and does
			// not name it, so no name can show it; it neither restricts nor blocks the reference
			counted, k = true, k-2
			continue
		}
		if (t.Text == "'" || t.Text == "\u2019") && k > 0 && strings.HasSuffix(st.Toks[k-1].Lower, "s") {
			continue // the plural possessive's apostrophe: "the teachers' union"
		}
		if len(premods) == maxPremods || t.Kind != text.Word || t.Cap || actors.Determiners.Has(t.Lower) || doc.AuxWords.Has(t.Lower) || text.IsPrep(t.Lower) {
			return nil
		}
		premods = append(premods, strings.TrimSuffix(strings.TrimSuffix(t.Lower, "'s"), "'"))
	}
	return nil
}

// premodsFit reports whether antecedent e fits the premodifiers of a description of class cls: a
// description by the head word of a name ("the teachers' union") keeps only the names that hold
// each premodifier ("Kenya National Union of Teachers"), so that "the opposition party" never
// takes the ruling party named before; so does an organization's description ("the rights group"
// takes Human Rights Watch, "the central bank" never the IMF: a premodifier restricts the head's
// reference, Quirk et al. 1985, 17.101, and without knowing the antecedent's kind only its name
// can show that it fits). A person's title with premodifiers ("the foreign
// minister") takes the person one of whose titles holds the head and every premodifier
// ("Kenya's foreign minister, Grace Wanjiru"), never another minister.
func premodsFit(e *doc.Entity, cls string, isTitle bool, head string, premods []string) bool {
	if len(premods) == 0 {
		return true
	}
	if isTitle {
		for _, r := range e.Final().Roles {
			if t := strings.ToLower(r.Title); strings.Contains(t, head) && holdsWords(t, premods) {
				return true
			}
		}
		return false
	}
	return holdsWords(strings.ToLower(e.Final().Name), premods)
}

// holdsWords reports whether every premodifier (less a plural -s, at least three letters) opens
// a word of name ("teachers" in "Kenya National Union of Teachers").
func holdsWords(name string, premods []string) bool {
	words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, p := range premods {
		p = strings.TrimSuffix(p, "s")
		ok := false
		for _, w := range words {
			ok = ok || len(p) >= 3 && strings.HasPrefix(w, p)
		}
		if !ok {
			return false
		}
	}
	return true
}

// descriptive reports an entity whose name is a common-noun description, not a name: no
// capital letter in it ("rebel group", "alliance").
func descriptive(e *doc.Entity) bool {
	return e.Name != "" && strings.ToLower(e.Name) == e.Name
}

// resolveDescriptions points each mention written as a definite description and made an actor of
// its own ("The rebel group rejected …" as a group "rebel group") at the actor the description
// refers back to (resolveDefinite), rule coref:definite: a description names no new actor when
// one named before fits it (Quirk et al. 1985, 5.28, anaphoric "the").
func resolveDescriptions(d *doc.Doc) {
	for _, m := range d.Mentions {
		e := m.Ent.Final()
		if !descriptive(e) || m.Te <= m.Ts {
			continue
		}
		st := d.Sents[m.Sent]
		h := m.Te - 1
		if h == 0 || st.Toks[h].Kind != text.Word {
			continue
		}
		if a := ResolveDefinite(d, m.Sent, h); a != nil && a.Final() != e && !descriptive(a.Final()) && doc.ActorKind(a) {
			m.Ent, m.Rule = a.Final(), "coref:definite"
		}
	}
}

// intergovernmental reports an organization the Phoenix dictionary codes as an international
// governmental organization (IGO…: the European Union, NATO, ECOWAS), the referent of "the bloc"
// (definites.txt class igo): the press calls a union or alliance of states a bloc, never a
// company, party or campaign group.
func intergovernmental(phx *lexicon.Actors, e *doc.Entity) bool {
	if e.Kind != graph.Organization || e.Country != nil || phx == nil {
		return false
	}
	if a := phx.Unique(e.Name, e.Kind); a != nil {
		return strings.HasPrefix(a.Code, "IGO")
	}
	return actors.IgoCode(phx.Lookup(e.Name)) != ""
}

// ResolveDefinite resolves "the <head>" ending at token i of sentence s (rule coref:definite):
// the company/firm → the last organization; the ministry → the last body with that word; the
// government/country/cabinet → the country most salient; the <title> → the last person with that role.
func ResolveDefinite(d *doc.Doc, s, i int) *doc.Entity {
	st := d.Sents[s]
	if i < 1 || i >= len(st.Toks) {
		return nil
	}
	w := st.Toks[i].Lower
	if StateForms.Has(w) && st.Toks[i-1].Lower == "the" {
		return stateFormCountry(d, s, i, w) // "the kingdom" (coref_stateforms.go)
	}
	cls, ok := d.Lx.Definite[w]
	isTitle := d.Lx.Titles[w] != nil && d.Lx.Titles[w].Class != "honorific"
	if !ok && !isTitle {
		return nil
	}
	if isTitle {
		if e := hostOffice(d, st, i); e != nil {
			return e // the publishing government's own office (coref_hostoffice.go)
		}
		if e := actors.IntlHostOffice(d, st, i); e != nil {
			return e // the issuing international body's own office (actor_intloffice.go)
		}
	}
	var premods []string
	var natl *lexicon.Country // a nationality restricting the description (coref_demonym.go)
	if st.Toks[i-1].Lower != "the" {
		if tl := titleDescription(d, st, i); tl != nil {
			return titleHolder(d, s, i, tl) // "the Prime Minister" (coref_titledescription.go)
		}
		if isTitle {
			if e := premodifiedTitleHolder(d, s, i); e != nil {
				return e // "the Trade Commissioner" after "Trade Commissioner X" (coref_premodifiedtitle.go)
			}
		}
		pc := cls
		if !ok {
			pc = "title" // "the foreign minister" after "Kenya's foreign minister, Grace Wanjiru"
		}
		if premods = DescriptionPremods(st, i, pc); premods == nil {
			if natl, premods = nationalPremods(d, s, i, pc); natl == nil {
				return nil
			}
		}
	}
	var found *doc.Entity
	window := 8
	if cls == "named" {
		window = 40 // the head must be in the body's name ("the union"), so a far antecedent is safe
	}
	if w == "government" {
		if i+2 < len(st.Toks) && st.Toks[i+1].Lower == "of" {
			// "the government of Argentina": the of-phrase names whose government it is (the
			// head's complement, Quirk et al. 1985, 17.38), whoever spoke or was named before
			if m := actors.MentionAt(d, st, i+2); m != nil && m.Ts == i+2 && m.Ent.Final().Kind == graph.Country {
				return m.Ent.Final()
			}
		}
		if e, ok := speakers.OwnGovernment(d, st, i); ok {
			return e // the speaker's own (speaker_government.go)
		}
		// "the government" is the last government named as one ("Algeria's government", "the
		// Algerian government"), before any country merely mentioned in between ("customers in Spain")
		actors.EachMentionBack(d, s, i, 40, func(m *doc.Mention) bool {
			ms := d.Sents[m.Sent]
			if e := m.Ent.Final(); (e.Kind == graph.Country || e.Kind == graph.Government && e.Country != nil) && doc.ActorKind(e) {
				for k := m.Ts; k < m.Te; k++ {
					if ms.Toks[k].Lower == "government" {
						found = e
						if e.Kind == graph.Government {
							found = actors.CountryEntity(d, e.Country)
						}
						return false
					}
				}
			}
			return true
		})
		if found != nil {
			return found
		}
		if c := speakers.PublisherState(d, st, i); c != nil {
			return actors.CountryEntity(d, c).Final() // the publishing state's own (speaker_government.go)
		}
	}
	self := actors.MentionAt(d, st, i) // a description that is a mention of its own is no antecedent of itself
	foundSent, foundSubj := -1, false
	actors.EachMentionBack(d, s, i, window, func(m *doc.Mention) bool {
		if found != nil && m.Sent != foundSent {
			return false
		}
		if self != nil && m.Ent.Final() == self.Ent.Final() && descriptive(m.Ent.Final()) {
			return true
		}
		f := definiteFits(d, m.Ent.Final(), w, cls, isTitle)
		if f != nil && (!premodsFit(f, cls, isTitle, w, premods) || natl != nil && !countryAgrees(f, natl)) {
			f = nil
		}
		if f == nil && cls == "named" && premods == nil && natl == nil && writtenWithHead(d, m, w) && !m.Ent.Final().Dropped {
			f = m.Ent.Final() // "the mission" after "the EU's observer mission" (coref_apposition.go)
		}
		// salience within the sentence that names the nearest fitting actor: a subject outranks
		// an object or a noun inside a prepositional phrase (Lappin & Leass 1994, subject emphasis
		// 80 against 50 and 40), so "The company said …" after "Samsung denied a report by
		// Bloomberg" takes Samsung; an earlier sentence is not searched once one fits. The
		// government and country classes keep the nearest mention (their own rules above)
		if f != nil && (found == nil || cls != "government" && cls != "country" && m.Subject && !foundSubj && f != found) {
			found, foundSent, foundSubj = f, m.Sent, m.Subject
		}
		return true
	})
	if isTitle && found != nil && found.Kind == graph.Person {
		// one holder of the title in the document, or none (coref_titledescription.go)
		found = uniqueTitleHolder(d, s, i, found, func(e *doc.Entity) bool {
			f := definiteFits(d, e, w, cls, isTitle)
			return f == e && premodsFit(f, cls, isTitle, w, premods) && (natl == nil || countryAgrees(f, natl))
		})
	}
	if found == nil && cls == "named" && premods == nil && natl == nil {
		// a lede describes before it names: "The union representing 9,800 workers threatened …
		// Members of the Harbour Workers' Union …" (cataphora over the next two sentences)
		for si := s; si < len(d.Sents) && si <= s+2 && found == nil; si++ {
			for _, mi := range d.BySent[si] {
				if m := d.Mentions[mi]; (si > s || m.Ts > i) && found == nil {
					found = definiteFits(d, m.Ent.Final(), w, cls, false)
				}
			}
		}
	}
	return found
}

// definiteFits returns the actor a definite description refers to when e fits it, or nil.
func definiteFits(d *doc.Doc, e *doc.Entity, w, cls string, isTitle bool) *doc.Entity {
	{
		if e.Dropped || e.Kind == "" {
			return nil
		}
		if isTitle {
			if w == "leader" && LeaderOf(e) {
				return e // "the Kenyan leader": a head of state or government (coref_demonym.go)
			}
			if e.Kind == graph.Person {
				for _, r := range e.Roles {
					if strings.Contains(strings.ToLower(r.Title), w) || TitleFormOf(r.Title, w) {
						return e // (or another form of the role noun: coref_titlevariants.go)
					}
				}
			}
			return nil
		}
		switch cls {
		case "org":
			// "the company" is no union, ministry or party: a body whose name ends in a head of
			// its own class ("Rail Workers' Union") is referred to by that head instead
			f := strings.Fields(strings.ToLower(e.Name))
			if e.Kind == graph.Organization && (len(f) == 0 || d.Lx.Definite[f[len(f)-1]] != "named" || w == "group" && rebelCoded(d.Phx, e)) {
				return e // (a rebel organization is "the group" whatever its name's head: coref_dictkind.go)
			}
			if e.Kind == graph.Government && nameHoldsHead(e.Name, w) {
				// "the bank" after "Turkey's central bank": the head noun of a state body's name
				// repeated (AP Stylebook, capitalization: a generic word used alone for a named
				// body; Quirk et al. 1985, 5.28), as the named class takes it
				return e
			}
		case "named":
			if (e.Kind == graph.Government || e.Kind == graph.Organization) && nameHoldsHead(e.Name, w) {
				return e
			}
			if bodyOfSector(d.Phx, d.Lx, e, headSector(d.Phx, w)) {
				return e // "the court" after "the ICJ", "the military" after "Sudan's army" (coref_sector.go)
			}
		case "igo":
			if intergovernmental(d.Phx, e) {
				return e
			}
		case "government", "country":
			if e.Kind == graph.Country {
				return e
			}
			if e.Kind == graph.Person || e.Kind == graph.Group || e.Kind == graph.Government {
				if e.Country != nil {
					return actors.CountryEntity(d, e.Country)
				}
				for _, r := range e.Roles {
					if r.Org == nil {
						continue
					}
					if o := r.Org.Final(); o.Kind == graph.Country {
						return o
					} else if o.Country != nil {
						return actors.CountryEntity(d, o.Country)
					}
				}
			}
		}
	}
	return nil
}

// nameHoldsHead reports whether a word of name is the head noun w or its plural ("Malawi Congress
// of Trade Unions" holds "union"): a whole word, since "the mission" is no "Electoral Commission"
// whose letters hold "mission" (coref15).
func nameHoldsHead(name, w string) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if f == w || f == w+"s" || f == w+"es" {
			return true
		}
	}
	return false
}

// numberCompound reports a numeral–noun compound adjective ending at token k of st: a number, a
// hyphen and a lower-case word ("27-member", "15-nation").
func numberCompound(st *doc.Sent, k int) bool {
	return k >= 2 && st.Toks[k].Kind == text.Word && !st.Toks[k].Cap && st.Toks[k-1].Text == "-" && st.Toks[k-2].Kind == text.Num
}
