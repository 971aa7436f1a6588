package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// previousSubjectUnread reports that the subject of the sentence before a sentence-opening "Its"
// (token i == 0 of sentence s) is a name the actors stage has not read as an actor: a mention
// whose kind is still unresolved ("Abkhazia held an election …", "Somaliland held …": a breakaway
// region or a territory missing from the country list), or a subdivision's name before "of
// <state>" ("The Kurdistan Region of Iraq held talks …"; subNationalUnits, ISO 3166-2
// categories). A state's official long name is no subdivision and needs no exception here: "the State
// of Qatar" is a name of Qatar in data/lexicons/countries.txt, a mention from its first word, so the
// loop below stops before it ("the State of Mexico", a Mexican state, is none: the United Mexican
// States is Mexico's). The pronoun continues
// the subject's topic (Grosz, Joshi & Weinstein 1995, Centering: the subject ranks first among
// the forward-looking centers), and a region has a president of its own: the possessor is that
// name, not a state named later in the sentence or in the subject's of-phrase, which the
// nearest-mention fallback of orgByNoun would pick. The office is then left without a body.
func previousSubjectUnread(d *doc.Doc, s, i int) bool {
	if i != 0 || s == 0 || s-1 >= len(d.BySent) {
		return false
	}
	prev := d.Sents[s-1]
	toks := prev.Toks
	k := 0
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	j := k
	for j < len(toks) && toks[j].Kind == text.Word && toks[j].Cap && MentionAt(d, prev, j) == nil {
		j++
	}
	if j > k && j+1 < len(toks) && toks[j].Lower == "of" && subNationalUnits.Has(toks[j-1].Lower) {
		return true // "The Kurdistan Region of Iraq …"
	}
	for _, mi := range d.BySent[s-1] {
		m := d.Mentions[mi]
		if m.Ts > 0 && (text.IsPrep(toks[m.Ts-1].Lower) || toks[m.Ts-1].Lower == "the" && m.Ts > 1 && text.IsPrep(toks[m.Ts-2].Lower)) {
			continue
		}
		e := m.Ent.Final()
		if e.Dropped {
			continue
		}
		return e.Kind == "" && m.Ts <= 1 // the sentence opens with a name of no kind yet
	}
	return false
}
