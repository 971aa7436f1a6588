package actors

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// titleRankWord reports a lone capitalized word [ts, ts+1) after a title that is a common English
// word and is followed right away by another title: "Police spokesman Assistant Commissioner Paul
// Nyathi". The word premodifies the second title as a word of its formal title (AP Stylebook,
// "titles": a formal title before a name is capitalized, and its premodifying rank words with it;
// Quirk et al. 1985, 17.97 on premodification of a noun head), and a title alone is no person:
// the holder is the name after the last title.
func titleRankWord(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	if te-ts != 1 || te >= len(st.Toks) {
		return false
	}
	w := st.Toks[ts]
	if w.Kind != text.Word || !d.Lx.Common[w.Lower] {
		return false
	}
	return TitleAt(d, st, te) != nil
}

// honorificPlural reports a lone word after honorifics only that is the plural of a common noun
// the article also writes in lower case: "Honourable Members", "Hon. Members: Hear, hear!". An
// honorific is a courtesy title given to a person by name (AP Stylebook, "courtesy titles",
// "honorable"), and a proper noun names one individual, taking no plural in that use (Quirk et al.
// 1985, 5.60–5.66): the phrase is a form of address to an audience (a vocative, ibid. 10.52), not a
// person. "Mr. Rivers" stays a person unless the article also writes "rivers" in lower case
// (styleHonorifics).
func honorificPlural(d *doc.Doc, st *doc.Sent, ts, te int, titles []unit) bool {
	if te-ts != 1 {
		return false
	}
	style := false
	for _, t := range titles {
		if t.kind != uHon {
			return false
		}
		if styleHonorifics[strings.ToLower(d.SpanText(st, t.ts, t.te))] {
			style = true
		}
	}
	w := st.Toks[ts].Lower
	sing := strings.TrimSuffix(w, "s")
	if sing == w || len(sing) < 3 || !d.Lx.Common[sing] {
		return false
	}
	return style || d.LowerSeen[w] || d.LowerSeen[sing]
}

// styleHonorifics are the styles of office holders (titles.txt class honorific) that parliaments
// and diplomacy also use to address the house or the floor as a body: "Honourable Members",
// "Excellencies" (Erskine May, Parliamentary Practice, 25th ed., 21.22 on members addressed as
// "honourable"; AP Stylebook, "honorable"). After one, a plural common noun is the audience even
// when the article never writes the noun in lower case; after a courtesy title (Mr., Mrs., Dr.)
// an -s surname ("Mr. Rivers") is far likelier, and only the article's own lower-case use of the
// word marks it as the common noun.
var styleHonorifics = map[string]bool{"hon.": true, "hon": true, "honourable": true, "honorable": true,
	"his excellency": true, "her excellency": true, "h.e.": true}

// nameHasWord reports a name that holds w as a whole word: "the Government" takes up a body
// named "... Government ..." as the repeated head of a definite description (Quirk et al. 1985,
// 19.48: direct anaphora repeats the antecedent's head), not one whose word only contains the
// letters ("Intergovernmental Authority on Development").
func nameHasWord(name, w string) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.'
	}) {
		if f == w {
			return true
		}
	}
	return false
}

// attributiveDemonym reports a lone nationality or continent adjective ("European", "Asian")
// right before a lower-case word: "our European partners", "European companies". A proper
// adjective premodifying a noun is an adjective of the noun phrase (Quirk et al. 1985, 7.26,
// 17.102), not a name of its own, so no short form of a body ("European Union", "European
// Commission") is read from it; the country a demonym names is read elsewhere.
func attributiveDemonym(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	if te-ts != 1 || te >= len(toks) || toks[ts].AllCaps || !isDemonymWord(d.Lx, toks[ts].Lower) {
		return false
	}
	return lowerWord(toks[te])
}

// bareApostrophe reports the bare apostrophe of a plural genitive ("Workers' ").
func bareApostrophe(t text.Token) bool {
	return t.Kind == text.Quote && (t.Text == "'" || t.Text == "\u2019")
}

// listConjuncts reports the comma at token j inside one organization's name whose head is shared
// by a list of premodifiers: "the Kelo Nurses, Midwives and Porters Union" is one union of nurses,
// midwives and porters, not three bodies. Coordinated premodifiers share the head after the last
// conjunct (Quirk et al. 1985, 13.65–13.67 on coordination within the noun phrase), and one
// determiner "the" before the first says the whole is one noun phrase. It holds when the phrase
// follows "the", each word before the comma is a common English word, a demonym or a place word
// (orgConnector's test for "and"), and after it come runs of one to three capitalized common
// words separated by commas, then "and" and a capitalized run ending in an organization head; a
// list of names ("the EU, Kenya and the African Union") fails on its second conjunct.
func listConjuncts(d *doc.Doc, st *doc.Sent, units []unit, j int) bool {
	toks := st.Toks
	last := len(units) - 1
	if k := units[0].ts - 1; k < 0 || toks[k].Lower != "the" {
		return false
	}
	for k := units[last].ts; k < j; k++ {
		if toks[k].Text != "," && !d.Lx.Common[toks[k].Lower] && !isDemonymWord(d.Lx, toks[k].Lower) && !PlaceCompound(d, toks[k].Lower) {
			return false
		}
	}
	k := j + 1
	for {
		n := 0
		for k < len(toks) && n < 3 && toks[k].Kind == text.Word && toks[k].Cap && st.Ment[k] < 0 && d.Lx.Common[toks[k].Lower] && TitleAt(d, st, k) == nil {
			k++
			n++
		}
		if n == 0 || k >= len(toks) {
			return false
		}
		switch toks[k].Text {
		case ",":
			k++
			continue
		case "and":
			end, head := capRun(d, st, k+1)
			return end > k+1 && head == end-1
		}
		return false
	}
}

// causeTail reports the "for" at token j inside the name of a body named for its cause:
// "Kelo Doctors for Clean Water", "the Sahel Observatory for Press Freedom". A common noun
// written with a capital in running text is a word of a proper name (AP Stylebook,
// "capitalization": common nouns are capitalized as an integral part of a full name; CMOS 17th
// ed. 8.67), and the preposition between two such runs is a word of the same name, lower case by
// the rule for short prepositions in names (CMOS 8.159). It holds when every word of the chunk
// before "for" is a common English word, a demonym or a place word (no personal name: "Ruto for
// President" is a slogan's person, and a title after "for" is checked by the caller's title
// rules first), and after it come one to three capitalized common words, none a title or a
// mention, ending the phrase (no capitalized word after them); and the word before "for" is an
// agent noun of Phoenix.agents.txt ("Lawyers", "Doctors": a body of agents) or the whole name is a
// Phoenix dictionary entry. A title-case topic ("the Shipbuilding Sectors for Dominance") has
// neither.
func causeTail(d *doc.Doc, st *doc.Sent, units []unit, j int) bool {
	toks := st.Toks
	u := units[len(units)-1]
	if u.org != "" || u.te-u.ts < 2 && !(u.ts > 0 && toks[u.ts-1].Kind == text.Word && toks[u.ts-1].Cap) {
		return false // one word after a capitalized one: "Syrian" or "Kelo" read as a unit of its own
	}
	for k := u.ts; k < j; k++ {
		if !toks[k].Cap || !d.Lx.Common[toks[k].Lower] && !isDemonymWord(d.Lx, toks[k].Lower) && !PlaceCompound(d, toks[k].Lower) {
			return false
		}
	}
	k := j + 1
	for k < len(toks) && k-j <= 3 && toks[k].Kind == text.Word && toks[k].Cap && st.Ment[k] < 0 && d.Lx.Common[toks[k].Lower] && TitleAt(d, st, k) == nil {
		k++
	}
	if k == j+1 || k-j > 3 || k < len(toks) && toks[k].Kind == text.Word && toks[k].Cap {
		return false
	}
	if d.Phx == nil {
		return false
	}
	if _, ok := d.Phx.Agent(toks[j-1].Lower); ok {
		return true // "Doctors for …": a body of agents (Phoenix.agents.txt), named for its cause
	}
	s := u.ts
	if s > 0 && toks[s-1].Kind == text.Word && toks[s-1].Cap {
		s-- // "Syrian" read as a unit of its own
	}
	return len(d.Phx.Lookup(d.SpanText(st, s, k))) > 0 // a body the Phoenix dictionaries list
}

// phoenixPrefix reports a word that opens compound agent nouns of Phoenix.agents.txt sharing one
// sector ("opposition" of "opposition party", "opposition leader": OPP).
func phoenixPrefix(d *doc.Doc, w string) bool {
	if d.Phx == nil {
		return false
	}
	_, ok := d.Phx.AgentPrefix(w)
	return ok
}

// acronymLetters counts the letters and digits of an acronym, not its hyphens or periods:
// "ZANU-PF" is an initialism of six letters, as "ZANUPF" would be (CMOS 17th ed. 10.4-10.6: an
// abbreviation keeps the hyphens and periods of its form, which spell no letter of it).
func acronymLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
