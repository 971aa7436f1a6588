package doc

import (
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// countrySurname reports a one-word country name at token i that closes a personal name run:
// right after a capitalized given name (a word opening some Phoenix PERSON name, PersonFirstWord,
// that is no common English word, commonwords.txt, and no lexicon name of its own) and before no
// further capitalized word: "Rep. Steve Israel (D-N.Y.) said", "Jim Jordan told reporters",
// "Michael Jordan". A surname may be any word, a place's or a country's name too (CMOS 17th ed.
// 8.4-8.5: personal names; Quirk et al. 1985, §17.90: the given name and surname are one proper
// noun, so a word inside the run is part of the name, not a country beside it). Unlike a capital's
// name (capitalSurnames), a country's name alone later in the article keeps its country reading:
// a news story about a person named Israel still writes of the state of Israel. "When China
// announced", "So Israel should" (common words before) and "American Israel" (a demonym before)
// keep the country.
func (d *Doc) countrySurname(st *Sent, i int, ents []lexicon.Entry) bool {
	if d.Phx == nil || i < 1 {
		return false
	}
	country := false
	for _, e := range ents {
		switch e.Kind {
		case lexicon.EntryCountry:
			country = true
		case lexicon.EntryDemonym, lexicon.EntryActor:
			return false
		}
	}
	toks := st.Toks
	g, t := toks[i-1], toks[i]
	if !country || t.Kind != text.Word || !t.Cap || t.AllCaps || g.Kind != text.Word || !g.Cap || g.AllCaps ||
		i+1 < len(toks) && toks[i+1].Cap || d.Lx.Common[g.Lower] || !d.Phx.PersonFirstWord(graph.NormalizeName(g.Text)) {
		return false
	}
	if _, end := d.MatchNames(st, i-1); end > i-1 {
		return false // "Abu Dhabi", "South Korea": the word before is a lexicon name
	}
	return true
}
