package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// An honorific before a name ends a body's name (titleBeforeName with honorific; actor.go): an
// honorific at token j (titles.txt class honorific: "Dr.", "Mr.", "Ms.", "H.E.") followed by a
// capitalized word that opens no body's name: "Ministry of Social Affairs Dr. Liis Tamm", a body
// and its spokesperson written with no comma between them. An honorific is a courtesy title that
// stands only before a personal name (CMOS 17th ed. 10.17-10.18; Quirk et al. 1985, 17.90, the
// title premodifying a name), never inside a body's name, so it ends the body's name as
// titleBeforeName's title does; the honorific and the name are then read as any honorific and
// name.

// capConnector reports a capitalized "Of" or "For" (not all capitals) right after a body's name
// chunk, before a capitalized word: "Government Of Estonia", "Ministry For Foreign Affairs". A
// preposition inside a proper name is the same connector whatever its case — title-style
// capitalization, which some issuers give every word, lower-cases prepositions in the headline
// style of CMOS 17th ed. 8.159 but changes no word — so it joins the name as "of" and "for" do,
// and does not end it as a capitalized word of its own.
func capConnector(st *doc.Sent, units []unit, j int) bool {
	t := st.Toks[j]
	if t.Lower != "of" && t.Lower != "for" || t.AllCaps || len(units) == 0 || j+1 >= len(st.Toks) {
		return false
	}
	u := units[len(units)-1]
	return u.kind == uChunk && u.org != "" && u.te == j && st.Toks[j+1].Cap
}

// acronymOpensName reports an acronym at token i (all capitals, two letters or more) followed by a
// capitalized word: "Ministry of Trade and MOTI Web Stream". A coordinated remit inside a body's
// name is a common noun phrase ("Ministry of Trade and Industry"), or an acronym that ends the
// name ("Ministry of Science and ICT"); an acronym premodifying further capitalized words is the
// short name of a body heading a name of its own (an attributive proper noun, Quirk et al. 1985,
// 17.108), so "and" there joins two names, not two remits of one.
func acronymOpensName(st *doc.Sent, i int) bool {
	toks := st.Toks
	if i+1 >= len(toks) || !toks[i].AllCaps || len([]rune(toks[i].Text)) < 2 || toks[i].Kind != text.Word {
		return false
	}
	n := toks[i+1]
	return n.Kind == text.Word && n.Cap && !n.AllCaps
}
