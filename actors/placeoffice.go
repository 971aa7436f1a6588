package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// PlaceOfficePersons gives a person without a country the country of a place or a nationality
// the phrase around the name states:
//   - a place or demonym premodifying the title of office or the description before the name:
//     "Vermont Gov. Howard Roe", "former Iowa Lt. Gov. Ann Poe", "Ohio Republican Gov. X",
//     "Maryland state Sen. X", "Chicago Mayor X", "Texas billionaire X", "American contractor
//     X". The proper noun premodifying the title names where the office is (Quirk et al. 1985,
//     17.108, the locative relation of a proper-noun premodifier), the demonym the nationality
//     (7.26, as in AgentNounNationality), and an office of a state, province or city of a
//     country is held in that country;
//   - the same in an appositive after the name ("X, a New Hampshire state representative,", "X,
//     the Texas senator,", "X, an American contractor,"): coreferential with the name (17.65);
//   - "of" and a US state's name right after the name ("Pat Toomey of Pennsylvania,", ofUSState).
//
// A state legislator's "state Sen." is read here too: his chamber is not the US Senate
// (CongressMembers leaves him), but he is American all the same. The rule runs after the bodies
// took their countries (assignCodes, before the codes), so the person's country goes to no body.
//
// The place (placeCountryAt) is a US state's written name that names no country ("Georgia" is
// left alone) or a place of the Phoenix dictionary's country records (PhoenixPlace: DALLAS_
// under UNITED_STATES_) whose country the article names by name or demonym; the demonym one of
// countries.txt. Between it and the name stand titles of titles.txt (any class but honorific) or
// congressTitles, the word "state" and US party words ("Ohio Republican Gov."), or a description
// ending in a noun of persons (descriptionEnd). Rule "country:place-office".
func PlaceOfficePersons(d *doc.Doc) {
	for _, m := range d.Mentions {
		e := m.Ent.Final()
		if e.Kind != graph.Person || e.Country != nil || e.Dropped || m.Sent >= len(d.Sents) {
			continue
		}
		st := d.Sents[m.Sent]
		if c := placeBefore(d, st, m); c != nil {
			e.Country = c
		} else if c := placeAppositive(d, st, m.Te); c != nil {
			e.Country = c
		} else if c := ofUSState(d, st, m.Te); c != nil {
			e.Country = c
		}
	}
}

// placeBefore is the country of a place or demonym that premodifies the title or description
// before the name of mention m ("Vermont Gov. X", "Texas billionaire X", "American contractor
// X"), or nil (PlaceOfficePersons).
func placeBefore(d *doc.Doc, st *doc.Sent, m *doc.Mention) *lexicon.Country {
	for p := max(0, m.Ts-5); p < m.Te-1; p++ {
		c, q := placeOrDemonymAt(d, st, p)
		if c == nil {
			continue
		}
		n, titled := officeChainEnd(d, st, q, true)
		if !titled && homePlace(d, st, p, q) {
			n, titled = descriptionEnd(d, st, n, m.Te)
		}
		if titled && n >= m.Ts && n < m.Te && st.Toks[n].Cap {
			return c
		}
		return nil
	}
	return nil
}

// placeAppositive is the country of a place or demonym that opens an appositive after the name
// ending at token te, before a title or a description of a person, closed by punctuation, a
// relative or a preposition: "X, a New Hampshire state representative,", "X, the Texas
// senator,", "X, an American contractor," (PlaceOfficePersons), or nil.
func placeAppositive(d *doc.Doc, st *doc.Sent, te int) *lexicon.Country {
	toks := st.Toks
	k := appositiveModifiersEnd(d, st, te, nil) // "a former Iowa governor"
	if k < 0 {
		return nil
	}
	c, q := placeOrDemonymAt(d, st, k)
	if c == nil {
		return nil
	}
	n, titled := officeChainEnd(d, st, q, true)
	if !titled && homePlace(d, st, k, q) {
		n, titled = descriptionEnd(d, st, n, len(toks))
	}
	if !titled || !appositiveClosed(toks, n) {
		return nil
	}
	return c
}

// appositiveClosed reports that token n closes an appositive: the sentence's end, punctuation, a
// relative pronoun or a preposition.
func appositiveClosed(toks []text.Token, n int) bool {
	if n >= len(toks) {
		return true
	}
	switch toks[n].Lower {
	case ",", ".", ";", ":", ")", "--", "—", "–", "who", "from", "of", "in", "and", "at", "for", "with":
		return true
	}
	return false
}

// ofUSState is the United States when the name ending at token te is followed by "of" and a US
// state's written name, then punctuation or the sentence's end: "Pat Toomey of Pennsylvania,",
// "Lisa Roe of Alaska." — the of-phrase gives the person's home state (Quirk et al. 1985,
// 17.38-17.39), as PersonOfUSState reads it. A state that is also a country's name ("Georgia") is
// left alone (placeCountryAt).
func ofUSState(d *doc.Doc, st *doc.Sent, te int) *lexicon.Country {
	toks := st.Toks
	if te+1 >= len(toks) || toks[te].Lower != "of" {
		return nil
	}
	c, q := placeCountryAt(d, st, te+1)
	if c == nil || c != d.Lx.ByCode["USA"] || !fullStateName(d.SpanText(st, te+1, q)) {
		return nil
	}
	if q < len(toks) && toks[q].Kind == text.Word {
		return nil
	}
	return c
}

// homePlace reports that tokens [p, q) are a demonym or a US state's written name: before a
// description of a person (not a title of office) they state where the person is from ("Texas
// billionaire X", "American contractor X"), while a city there is as often the scene of an
// event ("the Orlando victims"), which says nothing of the person's country.
func homePlace(d *doc.Doc, st *doc.Sent, p, q int) bool {
	if fullStateName(d.SpanText(st, p, q)) {
		return true
	}
	if ents, end := d.MatchNames(st, p); end == q {
		for _, x := range ents {
			if x.Kind == lexicon.EntryDemonym && x.Country != nil {
				return true
			}
		}
	}
	return false
}

// placeOrDemonymAt is the country of a capitalized demonym of countries.txt of one or two words
// starting at token p ("American", "South Korean"), and the token after it, or else placeCountryAt's.
func placeOrDemonymAt(d *doc.Doc, st *doc.Sent, p int) (*lexicon.Country, int) {
	if p >= len(st.Toks) || !st.Toks[p].Cap {
		return nil, 0
	}
	if ents, end := d.MatchNames(st, p); end > p && end <= p+2 {
		for _, x := range ents {
			if x.Kind == lexicon.EntryDemonym && x.Country != nil && doc.CapsFit(st, p, x) {
				return x.Country, end
			}
		}
	}
	return placeCountryAt(d, st, p)
}

// placeCountryAt is the country of the place whose capitalized name of one to three words starts
// at token p, and the token after it, or nil: a US state's written name (usStates, not an AP
// abbreviation) that the countries lexicon does not read as a country, or a Phoenix place of a
// country the article names outright (namesCountryOutright) whose one-word name is no common English word
// ("Phoenix", "Buffalo" stay out) and no demonym. The longest name wins ("New Mexico", not
// "Mexico").
func placeCountryAt(d *doc.Doc, st *doc.Sent, p int) (*lexicon.Country, int) {
	toks := st.Toks
	for n := 3; n >= 1; n-- {
		if p+n > len(toks) || !capsRun(toks[p:p+n]) {
			continue
		}
		s := d.SpanText(st, p, p+n)
		ents, end := d.MatchNames(st, p)
		if end >= p+n && len(ents) > 0 && (ents[0].Kind == lexicon.EntryCountry || ents[0].Kind == lexicon.EntryDemonym) && ents[0].Country != nil {
			if us := d.Lx.ByCode["USA"]; !fullStateName(s) || ents[0].Country != us {
				return nil, 0 // a country or its demonym ("Georgia", "Mexico"): the nationality rules read it
			}
		}
		if fullStateName(s) {
			if us := d.Lx.ByCode["USA"]; us != nil {
				return us, p + n
			}
		}
		if n == 1 && d.Lx.Common[toks[p].Lower] {
			continue
		}
		if c := PhoenixPlace(d, s); c != nil && namesCountryOutright(d, c) {
			return c, p + n
		}
	}
	return nil, 0
}

// officeChainEnd reads, from token q, a chain of titles of office (titles.txt, any class but
// honorific, longest first, up to four words; congressTitles), US party words (usPartyWords,
// capitalized) and, when state is set, the word "state" ("Maryland state Sen."), and returns the
// token after it and whether it held a title.
func officeChainEnd(d *doc.Doc, st *doc.Sent, q int, state bool) (int, bool) {
	toks := st.Toks
	titled := false
	for q < len(toks) {
		t := toks[q]
		if state && t.Lower == "state" && !t.Cap {
			q++
			continue
		}
		if t.Cap && usPartyWords.Has(t.Lower) {
			q++
			continue
		}
		if k := titleAt(d, st, q); k > q {
			q, titled = k, true
			continue
		}
		break
	}
	return q, titled
}

// titleAt is the token after the longest title of office starting at token q (titles.txt, not an
// honorific; or a congressional title, "Sen"), or q.
func titleAt(d *doc.Doc, st *doc.Sent, q int) int {
	toks := st.Toks
	for n := 4; n >= 1; n-- {
		if q+n > len(toks) {
			continue
		}
		words := make([]string, 0, n)
		ok := true
		for _, t := range toks[q : q+n] {
			if t.Kind != text.Word {
				ok = false
				break
			}
			words = append(words, t.Lower)
		}
		if !ok {
			continue
		}
		if ti := d.Lx.Titles[strings.Join(words, " ")]; ti != nil && ti.Class != "honorific" {
			return q + n
		}
		if n == 1 && congressTitles.Has(strings.TrimSuffix(words[0], ".")) {
			return q + 1
		}
	}
	return q
}

// namesCountryOutright reports that the article names country c by its name, a short form or its
// demonym (countries.txt), capitalized: its capital alone does not count here, since a place
// named after a capital is as often elsewhere ("Nassau County" is on Long Island) or no place's
// at all ("Stockholm syndrome").
func namesCountryOutright(d *doc.Doc, c *lexicon.Country) bool {
	if d.COutright == nil {
		d.COutright = map[string]bool{} // once per article: callers ask per mention
		d.EachCapitalMatch(func(st *doc.Sent, i int, ents []lexicon.Entry) bool {
			for _, x := range ents {
				if x.Country != nil && (x.Kind == lexicon.EntryCountry || x.Kind == lexicon.EntryDemonym) && doc.CapsFit(st, i, x) {
					d.COutright[x.Country.Code] = true
				}
			}
			return true
		})
	}
	return d.COutright[c.Code]
}

// appositiveModifiersEnd is the index of the first token after the opening of an appositive that
// follows the name ending at token te: the comma, an optional lowercase determiner and at most two
// lowercase modifiers ("a former", "the presumptive"), stopping at a verb base of partyBaseVerbs,
// a cue word, or a word stop reports (nil: none); -1 when toks[te] is no comma. placeAppositive
// and partyAppositive read their place or party word from there.
func appositiveModifiersEnd(d *doc.Doc, st *doc.Sent, te int, stop func(string) bool) int {
	toks := st.Toks
	if te >= len(toks) || toks[te].Text != "," {
		return -1
	}
	k := te + 1
	if k < len(toks) && Determiners.Has(toks[k].Lower) && !toks[k].Cap {
		k++
	}
	for j := 0; j < 2 && k < len(toks) && toks[k].Kind == text.Word && !toks[k].Cap && (stop == nil || !stop(toks[k].Lower)) && !partyBaseVerbs.Has(toks[k].Lower) && !isCueWord(d.Lx, toks[k].Lower); j++ {
		k++
	}
	return k
}
