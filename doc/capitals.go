// Capitals' names that open or close a personal name ("Sofia Marin", "Victoria Rodríguez Ceja",
// "Governor Wilson Lima"): eachCapitalMatch (doc_words.go) skips such a word, and the actors stage
// (findActors, actor.go) asks the same. Functions of the tokens, the lexicons and the Phoenix
// dictionary; capitalSurnames fills its per-article memo (doc.capSurnames) once. restruct10 moved
// them unchanged from actor_places.go, where the doc floor called up into the actors stage.

package doc

import (
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// givenNameCapital reports a capital's name opening a personal name, tokens [ts, te): the capital's
// word opens some PERSON name of the Phoenix dictionary (a given name: "Victoria", the capital of
// Seychelles and a woman's name) and every word after it is no common English word (a surname:
// "Victoria Rodríguez Ceja"). "Tokyo Electron", "Victoria Mining" keep the reading of a capital
// opening a company's name ("electron", "mining" are common words: lx.Common). phx is the
// Phoenix dictionary (nil: no given names, so false).
func givenNameCapital(phx *lexicon.Actors, lx *lexicon.Lexicons, st *Sent, ts, te int) bool {
	if phx == nil || te-ts < 2 || !phx.PersonFirstWord(graph.NormalizeName(st.Toks[ts].Text)) {
		return false
	}
	for i := ts + 1; i < te; i++ {
		if lx.Common[st.Toks[i].Lower] {
			return false
		}
	}
	return true
}

// CapitalOpensName reports a one-word lexicon match at token i whose only country reading is a
// capital's name and which opens a personal name (givenNameCapital over the capitalized run after
// it): "Sofia Marin", "Victoria Rodríguez Ceja", or closes one (capitalSurname: "Wilson Lima",
// and "Lima" alone in an article that names him), or a country's one-word name closing a given
// name's run (countrySurname: "Rep. Steve Israel"). Such a word names no country, in the units of
// its sentence or in the article's counts of countries named.
func (d *Doc) CapitalOpensName(st *Sent, i int, ents []lexicon.Entry) bool {
	if d.countrySurname(st, i, ents) {
		return true
	}
	capital := false
	for _, e := range ents {
		switch e.Kind {
		case lexicon.EntryCapital:
			capital = true
		case lexicon.EntryCountry, lexicon.EntryDemonym, lexicon.EntryActor:
			return false
		}
	}
	if !capital {
		return false
	}
	if end := text.CapRunEnd(st.Toks, i+1); end > i+1 && givenNameCapital(d.Phx, d.Lx, st, i, end) {
		return true
	}
	return d.capitalSurnames()[st.Toks[i].Lower] && (i+1 >= len(st.Toks) || !st.Toks[i+1].Cap)
}

// capitalSurnames are the one-word capitals' names the article writes as a surname: right after
// a capitalized given name (a word opening a Phoenix PERSON name that is no lexicon name itself,
// as "Abu" of "Abu Dhabi" is, and no common lower-case word, as the Korean given-name syllable
// "In" of "In Hanoi," is: commonwords.txt) and before no further capitalized word: "Governor Wilson Lima",
// "Ana Paris". A surname may be any word, a place's name too (CMOS 8.4-8.5); a later "Lima"
// alone is then the person's short form. Computed once per article.
func (d *Doc) capitalSurnames() map[string]bool {
	if d.CapSurnames != nil {
		return d.CapSurnames
	}
	d.CapSurnames = map[string]bool{}
	if d.Phx == nil {
		return d.CapSurnames
	}
	for _, st := range d.Sents {
		toks := st.Toks
		for i := 1; i < len(toks); i++ {
			g, t := toks[i-1], toks[i]
			if !t.Cap || t.AllCaps || !g.Cap || g.AllCaps || g.Kind != text.Word || t.Kind != text.Word ||
				i+1 < len(toks) && toks[i+1].Cap || d.Lx.Common[g.Lower] || !d.Phx.PersonFirstWord(graph.NormalizeName(g.Text)) {
				continue
			}
			if _, end := d.MatchNames(st, i-1); end > i-1 {
				continue // "Abu Dhabi", "Georgia": the word before is a name of the lexicon
			}
			ents, end := d.MatchNames(st, i)
			if end != i+1 {
				continue
			}
			capital := false
			for _, e := range ents {
				capital = capital || e.Kind == lexicon.EntryCapital
				if e.Kind == lexicon.EntryCountry || e.Kind == lexicon.EntryDemonym || e.Kind == lexicon.EntryActor {
					capital = false
					break
				}
			}
			if capital {
				d.CapSurnames[t.Lower] = true
			}
		}
	}
	return d.CapSurnames
}
