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
