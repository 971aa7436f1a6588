package actors

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// otherCountryBeside reports a sentence naming p that also names an actor of a country other
// than c ("Malaysia's Plantation and Commodities Minister, Johari Abdul Ghani, said in Kuala
// Lumpur …" in a story filed from Jakarta): the office may be that country's, so the story's
// country is no safe default for it.
func otherCountryBeside(d *doc.Doc, p *doc.Entity, c *lexicon.Country) bool {
	return otherCountryIn(d, p, c, false)
}

// OtherCountryAtTitle is otherCountryBeside over the sentences where p is named with his title
// ("President Gustavo Petro said …"), when there are such: the office a title names is
// identified where the title is written, as a news story identifies a foreign official by
// country on first reference (AP Stylebook, "foreign governmental bodies", "titles"), so a later
// sentence where he meets another state's leader ("Petro will meet President Lula of Brazil")
// says nothing of whose office it is. A person never named with his title keeps the test over
// all his sentences.
func OtherCountryAtTitle(d *doc.Doc, p *doc.Entity, c *lexicon.Country) bool {
	return otherCountryIn(d, p, c, true)
}

// OtherStateAtTitle is otherCountryAtTitle over the states themselves: a COUNTRY actor other
// than c in a sentence naming p with his title ("Malaysia's Plantation Minister, X,", "President
// X of Kenya", a capital for its state). In a state's own statement the officials and bodies of
// other states it names are identified by their country where they are named ("Carlos da Silva,
// the Angolan trade envoy", "the South African Department of Trade": a foreign official is
// identified by country on first reference, AP Stylebook, "titles"), so they say nothing of
// whose office the bare title beside them is; the issuer names its own officials by their bare
// titles (the "larger situation" of the definite description, Hawkins 1978). Only another
// state named there makes the office possibly that state's.
func OtherStateAtTitle(d *doc.Doc, p *doc.Entity, c *lexicon.Country) bool {
	sents := map[int]bool{}
	for _, m := range d.Mentions {
		if m.Ent.Final() == p.Final() && m.Rule == "person:title" {
			sents[m.Sent] = true
		}
	}
	for _, m := range d.Mentions {
		if !sents[m.Sent] && len(sents) > 0 {
			continue
		}
		if e := m.Ent.Final(); e != p.Final() && e.Kind == graph.Country && e.Country != nil && e.Country != c && !otherHoldersState(d, p, m) && !inOwnReport(d, p, m) {
			if len(sents) > 0 {
				return true
			}
			for _, pm := range d.Mentions {
				if pm.Sent == m.Sent && pm.Ent.Final() == p.Final() {
					return true
				}
			}
		}
	}
	return false
}

// otherHoldersState reports the country of mention m written as the of-phrase of another
// person's name ("a call with Prime Minister Anneli Virtanen of Finland"): the postmodifying
// of-phrase belongs to the noun phrase it follows (Quirk et al. 1985, 17.37), so it identifies
// that person's office, already that state's, and nothing of p's: in a readout of a call
// between two leaders the issuer names the other leader with his state and its own by the bare
// title.
func otherHoldersState(d *doc.Doc, p *doc.Entity, m *doc.Mention) bool {
	toks := d.Sents[m.Sent].Toks
	if m.Ts < 2 || toks[m.Ts-1].Lower != "of" {
		return false
	}
	for _, o := range d.Mentions {
		if o.Sent != m.Sent || o.Te != m.Ts-1 || o.Ent == nil {
			continue
		}
		if h := o.Ent.Final(); h != p.Final() && h.Kind == graph.Person && h.Country == m.Ent.Final().Country {
			return true
		}
	}
	return titleNounOf(d.Lx, d.Sents[m.Sent], m.Ts-2)
}

// titleNounOf reports a title noun of titles.txt written in lower case and outside any mention
// at token i of st ("met the ambassador of Belarus", "the foreign minister of Chile"), i being the
// token before an "of": the of-phrase postmodifies that noun (Quirk et al. 1985, 17.37) and
// identifies the office of the person it describes, whom the sentence does not name (a named
// holder's title is part of his mention), not the office of a titled name beside it. Multi-word titles are read by their last word and the
// words before it ("foreign minister").
func titleNounOf(lx *lexicon.Lexicons, st *doc.Sent, i int) bool {
	toks := st.Toks
	if i < 0 || i >= len(toks) {
		return false
	}
	for k := i; k >= 0 && k > i-3; k-- {
		t := toks[k]
		if t.Cap || t.Kind != text.Word || st.Ment[k] >= 0 {
			return false
		}
		words := make([]string, 0, i-k+1)
		for _, x := range toks[k : i+1] {
			words = append(words, x.Lower)
		}
		if tt := lx.Titles[strings.Join(words, " ")]; tt != nil && tt.Class != "honorific" {
			return true
		}
	}
	return false
}

// otherCountryIn reports an actor of a country other than c (stated, not guessed) in a sentence
// naming p: any such sentence, or only those naming p with his title when titled is set and
// there are some.
func otherCountryIn(d *doc.Doc, p *doc.Entity, c *lexicon.Country, titled bool) bool {
	sents := map[int]bool{}
	for _, m := range d.Mentions {
		if m.Ent.Final() == p.Final() && (!titled || m.Rule == "person:title") {
			sents[m.Sent] = true
		}
	}
	if titled && len(sents) == 0 {
		return otherCountryIn(d, p, c, false)
	}
	for _, m := range d.Mentions {
		if !sents[m.Sent] {
			continue
		}
		if e := m.Ent.Final(); e != p.Final() && e.Kind.IsActor() && e.Country != nil && e.Country != c && !e.Guessed && !inOwnReport(d, p, m) {
			return true
		}
	}
	return false
}

// DictForeigner reports a person whose full name is one Phoenix person of another country than c
// ("President Yoweri Museveni" in a story filed from Nairobi): the dictionary says whose official
// he is, though the article's own evidence was too weak to take its country (codes step 1).
func DictForeigner(phx *lexicon.Actors, p *doc.Entity, c *lexicon.Country) bool {
	if phx == nil || len(p.NameToks) < 2 {
		return false
	}
	a := phx.Unique(p.Name, graph.Person)
	return a != nil && a.Country != "" && a.Country != c.Code
}

// TitleAfterName reports a titled mention of p right after a capitalized word of the sentence
// ("UFCW International President Milton Jones"): a name before the title says whose office it is
// (noun premodifiers, Quirk et al. 1985, 17.104), another body's, not the state's. Capitalized
// portfolio words (portfolios.txt "area") and office modifiers (officestatus.txt) before the title
// are the formal title's own, capitalized before the name (AP Stylebook, "titles": "Deputy Budget
// Secretary Ines Moura"), and are read past: the word before them decides, and opening the
// clause it decides unless it is a common word ("UFCW International President X" is the
// union's).
func TitleAfterName(d *doc.Doc, p *doc.Entity) bool {
	for _, m := range d.Mentions {
		if m.Ent.Final() != p.Final() || m.Rule != "person:title" || m.Ts == 0 {
			continue
		}
		st := d.Sents[m.Sent]
		k := m.Ts - 1
		for k >= 0 && st.Toks[k].Kind == text.Word && st.Toks[k].Cap && (d.Lx.PortfolioArea[st.Toks[k].Lower] || officeStatus.Has(st.Toks[k].Lower)) {
			k--
		}
		if k < 0 {
			continue
		}
		t := st.Toks[k]
		if !t.Cap || t.Kind != text.Word {
			continue
		}
		if !clauseInitial(d, st, k) || k < m.Ts-1 && !d.Lx.Common[t.Lower] && !d.Lx.Stop[t.Lower] {
			// (a clause's first word before the premodifiers is a name unless it is a common
			// word capitalized by position: "UFCW International President X", not "Then …")
			return true
		}
	}
	return false
}

// OwnedRole reports a role of p held under a possessor that names a body no actor was found for
// ("the confederation's president, Lucio Quispe,"): an office of that body, not of the state.
func OwnedRole(d *doc.Doc, p *doc.Entity) bool {
	for _, o := range d.OwnedRoles {
		if o.Final() == p.Final() {
			return true
		}
	}
	return false
}

// officeStatus are the modifiers of a title that leave the office it names unchanged
// (data/wordclasses/officestatus.txt).
var officeStatus = lexicon.WordClass("officestatus")

// PortfolioTitle is the office of state of a title that titles.txt does not list whole, written
// in lower case with a portfolio before a head of portfolios.txt ("the energy and mineral
// resources minister", "the oil minister"): the head noun gives the office, its premodifiers
// only the portfolio (Quirk et al. 1985, 17.104-17.108 on noun premodification; AP Stylebook,
// "titles": a title in lower case after the name names the office). Every premodifier is a
// lower-case common word, a portfolio word or "and"; a capitalized one may name another body
// ("UFCW minister"), and then, or when the head's title is no office of state, "".
func PortfolioTitle(lx *lexicon.Lexicons, title string) string {
	w := strings.Fields(title)
	for len(w) > 1 && officeStatus.Has(strings.ToLower(w[0])) {
		w = w[1:]
	}
	if len(w) < 2 {
		return ""
	}
	head := w[len(w)-1]
	if head != strings.ToLower(head) || lx.Portfolio[head] == "" {
		return ""
	}
	for _, x := range w[:len(w)-1] {
		if x != strings.ToLower(x) || x != "and" && !lx.PortfolioArea[x] && !lx.PortfolioMod[x] && !lx.Common[x] {
			return ""
		}
	}
	t := lx.Titles[head]
	if t == nil || t.Class != "state" {
		return ""
	}
	return t.Title
}

// CapitalPortfolioTitle is PortfolioTitle of a formal title written before a name, every word
// capitalized ("Justice Minister Ana Ruiz", "Deputy Trade Minister X"): AP Stylebook, "titles",
// capitalizes a formal title directly before a name and lowercases the same title elsewhere, so
// the capitals are the position's, not a proper name's, and the title is read as its lower-case
// form ("justice minister"). A word that is no portfolio word, common word or "and" ("UFCW
// Minister") still leaves "". Callers pass only titles written before the name.
func CapitalPortfolioTitle(lx *lexicon.Lexicons, title string) string {
	for _, w := range strings.Fields(title) {
		if r := []rune(w); len(r) == 0 || !unicode.IsUpper(r[0]) {
			return ""
		}
	}
	return PortfolioTitle(lx, strings.ToLower(title))
}

// FormalPortfolioTitle is the office of state of a formal title whose portfolio follows the
// head in an of- or for-phrase ("Minister of Agriculture", "Deputy Minister for Information",
// "Vice Minister of Foreign Affairs and Regional Integration"): the postmodifying prepositional
// phrase names the portfolio, the head noun the office (Quirk et al. 1985, 17.37 on
// postmodification by prepositional phrases; the formal titles of the CIA World Factbook's
// "Chiefs of State and Cabinet Members of Foreign Governments", the "area" words of
// portfolios.txt). Modifiers before the head are portfolios.txt "drop" words or officestatus
// words; every word after the preposition is a portfolio word, "and" or "the". "" when the title
// has another shape or its head is no office of state ("Secretary of the Union").
func FormalPortfolioTitle(lx *lexicon.Lexicons, title string) string {
	w := strings.Fields(strings.ToLower(title))
	for len(w) > 1 && (officeStatus.Has(w[0]) || lx.PortfolioMod[w[0]]) {
		w = w[1:]
	}
	if len(w) < 3 || lx.Portfolio[w[0]] == "" || w[1] != "of" && w[1] != "for" {
		return ""
	}
	area := false
	for _, x := range w[2:] {
		switch {
		case lx.PortfolioArea[x]:
			area = true
		case x != "and" && x != "the":
			return ""
		}
	}
	t := lx.Titles[w[0]]
	if !area || t == nil || t.Class != "state" {
		return ""
	}
	return t.Title
}

// StateTitle is title (lower case) as an office of state (titles.txt, class state), read past the
// modifiers that say when or how it is held ("incumbent president" → "president"); "" when it is
// no such office, or another word premodifies it ("international president" of a union).
func StateTitle(lx *lexicon.Lexicons, title string) string {
	w := strings.Fields(title)
	for len(w) > 1 && officeStatus.Has(w[0]) {
		w = w[1:]
	}
	t := lx.Titles[strings.Join(w, " ")]
	if t == nil || t.Class != "state" {
		return ""
	}
	return t.Title
}

// AgentName reports a body's name that Phoenix.agents.txt lists as an agent ("Senate",
// "Congress", "House of Representatives" [~LEG]): a role whose country the text gives, coded with
// it (CAMEO's agent codes: COL+LEG), not one state's body, whichever state actors.txt lists it
// under for its short form ("Senate" for the US Senate).
func AgentName(phx *lexicon.Actors, name string) bool {
	if phx == nil {
		return false
	}
	_, ok := phx.Agent(strings.ToLower(name))
	return ok
}

// StoryBodies gives a state body that a title implies ("Interior Minister Matteo Piantedosi" →
// Interior Ministry), still without a country, the story's country c on the same evidence as
// storyOfficials: a dateline country the article names more than any other, no sentence of the
// body or of a holder naming an actor of another country, no holder whom the Phoenix dictionary
// gives another country, and a title form the dictionary does not reserve for other states
// (titleFormDefault). A story that names only its dateline's country gave such bodies its country
// before (soleStoryCountry); wire stories name neighbours too ("ROME … Albania"), and a foreign
// official there is introduced by country ("Albanian Interior Minister X"). The country is a guess
// (Guessed): a holder's "we" is not read as the state on its strength. A bare body named with no
// holder ("Parliament", "the Senate") is left to the other rules.
func StoryBodies(d *doc.Doc, ents []*doc.Entity, c *lexicon.Country) {
	if c == nil {
		return
	}
	for _, e := range ents {
		if e.Country != nil || e.Kind != graph.Government || e.Final() != e || e.Rule != "title:implied-body" && e.Rule != "title:portfolio" || !GenericBody(d.Phx, d.Lx, e) || otherCountryBeside(d, e, c) {
			continue
		}
		if a := KnownByName(d, e.Name); a != nil && a.Country != "" && a.Country != c.Code && !AgentName(d.Phx, e.Name) {
			continue // "Defense Secretary X" → "Pentagon": a name the actors list gives one other state's body
		}
		holders, ok := 0, true
		for _, r := range d.Structure {
			if r.Typ != graph.MemberOf || r.Src == nil || r.Tgt == nil || r.Tgt.Final() != e {
				continue
			}
			p := r.Src.Final()
			if p.Kind != graph.Person {
				continue
			}
			holders++
			if p.Country != nil && p.Country != c || otherCountryBeside(d, p, c) || DictForeigner(d.Phx, p, c) {
				ok = false
			}
		}
		if !ok || holders == 0 || TitleFormDefault(d, BodyTitleHeads(d, e), c) == nil {
			continue
		}
		e.PlaceIn(c)
		e.Guessed = true
	}
}
