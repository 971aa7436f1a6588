package actors

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// initialsOnly reports a capitalized chunk [ts, te) made only of initials, one letter and a
// period each: "H. E." (the diplomatic "His/Her Excellency" spaced), "U. N.". A personal name
// has a surname; initials stand for given names before it (CMOS 17th ed. 8.4, 10.12), so a run of
// initials alone is an abbreviation — an honorific's or a body's — and names no person.
func initialsOnly(st *doc.Sent, ts, te int) bool {
	if te-ts < 1 {
		return false
	}
	for i := ts; i < te; i++ {
		r := []rune(st.Toks[i].Text)
		if len(r) != 2 || r[1] != '.' || !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// regionCompass reports a compass point ("west", compasspoints.txt) or its adjective in -ern
// ("western", "northern"). Before a capitalized word it opens a region's name ("West Africa",
// "Northern Europe"; AP Stylebook "directions and regions": a compass word capitalized as part
// of a region's proper name), so after a title's "for" it names the region the office covers —
// the title's complement (Quirk et al. 1985, 17.38, the for-paraphrase of a premodified title) —
// and the capitalized word after it is the region's, not a holder's name.
func regionCompass(w string) bool {
	return compassPoints.Has(w) || strings.HasSuffix(w, "ern") && compassPoints.Has(strings.TrimSuffix(w, "ern"))
}

// portfolioSecondConjunct reports a chunk [ts, te) of portfolio words (portfolios.txt "area") that
// "and" or "&" joins to the portfolio of a title's of/for-phrase: "Rural Development" in "the
// Ministers of Roads and Rural Development", "Public Works" in "the Minister for Energy and
// Public Works". The coordination is inside the title's postmodifier (Quirk et al. 1985, 13.68,
// coordinated noun phrases as one complement; 17.38, the of/for-paraphrase of a premodified
// title) — with a plural title, one portfolio for each holder — so its second conjunct is a
// portfolio's name, not a person's.
func portfolioSecondConjunct(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	if ts < 4 || toks[ts-1].Lower != "and" && toks[ts-1].Text != "&" {
		return false
	}
	for i := ts; i < te; i++ {
		if !d.Lx.PortfolioArea[toks[i].Lower] {
			return false
		}
	}
	k := ts - 2
	for k > 0 && ts-2-k < 4 && toks[k].Cap && toks[k].Kind == text.Word {
		k--
	}
	if k == ts-2 || k < 1 || toks[k].Lower != "of" && toks[k].Lower != "for" {
		return false
	}
	w := toks[k-1].Lower
	return d.Lx.Titles[w] != nil || strings.HasSuffix(w, "s") && d.Lx.Titles[strings.TrimSuffix(w, "s")] != nil
}
