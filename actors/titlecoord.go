package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// Coordinated portfolios before a title head. A premodifying portfolio may itself be a
// coordination ("Energy and Mineral Resources Minister Bahlil Lahadalia", "Trade and Industry
// Minister", "Trade, Industry and Energy Minister"): the coordination sits inside the
// premodifier of the title noun phrase and belongs to the title as a whole (Quirk et al. 1985,
// §13.65 on coordination of premodifiers sharing one head, §17.107 on premodification by
// coordinated nouns; AP Stylebook "titles": the whole portfolio title is capitalized before the
// name). Read conjunct by conjunct, the first would be cut off and the second read as a title of
// its own ("Mineral Resources Minister"), naming a body that does not exist.

// premodPortfolioEnd reads a coordinated portfolio before a state title from the connector at j
// ("and", "&" or a comma) after the capitalized chunk u: u's words must all be portfolio words
// (portfolios.txt "area": the first conjunct names a portfolio, not a person — "Smith and Defence
// Minister Jones" is two people), each later conjunct capitalized words that are no known name or
// title, the last connector "and" or "&", and right after the last conjunct a state title whose
// head implies a body (portfolios.txt "head") followed by a capitalized word (the holder's name).
// It returns where the title starts (the chunk runs to it), or j.
func premodPortfolioEnd(d *doc.Doc, st *doc.Sent, u unit, j int) int {
	toks := st.Toks
	if u.kind != uChunk || u.org != "" || u.te != j || u.te-u.ts > 3 {
		return j
	}
	for i := u.ts; i < u.te; i++ {
		if !toks[i].Cap || toks[i].Kind != text.Word || !d.Lx.PortfolioArea[toks[i].Lower] {
			return j
		}
	}
	k := j
	for k < len(toks) && isPortfolioConnector(toks[k]) {
		final := toks[k].Lower == "and" || toks[k].Text == "&"
		c := k + 1
		if toks[k].Text == "," && c < len(toks) && toks[c].Lower == "and" {
			c, final = c+1, true // serial comma
		}
		e := c
		for e < len(toks) && e-c < 3 && toks[e].Kind == text.Word && toks[e].Cap && st.Ment[e] < 0 && TitleAt(d, st, e) == nil {
			if ents, _ := d.MatchNames(st, e); len(ents) > 0 {
				return j // a country or known actor is a conjunct of its own: "Trade and Germany's …"
			}
			e++
		}
		if e == c || e >= len(toks) {
			return j
		}
		if isPortfolioConnector(toks[e]) && !final {
			k = e
			continue
		}
		if !final || !stateTitleBeforeName(d, st, e) {
			return j
		}
		return e
	}
	return j
}

// isPortfolioConnector is a connector between coordinated portfolio words.
func isPortfolioConnector(t text.Token) bool {
	return t.Lower == "and" || t.Text == "&" || t.Text == ","
}

// stateTitleBeforeName reports a state title (titles.txt class "state") at k whose head implies a
// body (portfolios.txt "head": "Minister", "Secretary"), with a capitalized word after it.
func stateTitleBeforeName(d *doc.Doc, st *doc.Sent, k int) bool {
	ents, end := d.MatchNames(st, k)
	for _, e := range ents {
		if e.Title != nil && e.Title.Class == "state" && d.Lx.Portfolio[st.Toks[end-1].Lower] != "" {
			return end < len(st.Toks) && st.Toks[end].Cap && st.Toks[end].Kind == text.Word && st.Ment[end] < 0
		}
	}
	return false
}

// contentWords counts the words of [ts, te) that are no portfolio connector.
func contentWords(st *doc.Sent, ts, te int) int {
	n := 0
	for i := ts; i < te; i++ {
		if !isPortfolioConnector(st.Toks[i]) {
			n++
		}
	}
	return n
}
