package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// PhraseNationality gives a person without a country the country a phrase next to the name
// states, where no title of an office gave one:
//   - a role that opens with a capitalized demonym ("Lucia Ferraro, the Italian negotiator",
//     "Tanaka, the Japanese diplomat", and the same role premodifying the name): an appositive
//     noun phrase is coreferential with the name (Quirk et al. 1985, 17.65), and the demonym
//     adjective gives the nationality of the person it describes (7.26), as in "Saudi
//     businessman X" (agentNounNationality);
//   - a country's genitive right before the name ("Brazil's Joao Mendes", "South Korea's Kim
//     Min-jun"): a genitive of origin or belonging (Quirk et al. 1985, 5.116: "the country's
//     leaders", "Britain's Prime Minister"), the country the person comes from or acts for.
//
// A country given by any other rule stands.
func PhraseNationality(d *doc.Doc) {
	for _, m := range d.Mentions {
		e := m.Ent.Final()
		if e.Kind != graph.Person || e.Country != nil || e.Dropped || m.Sent >= len(d.Sents) {
			continue
		}
		for _, r := range e.Roles {
			if c := roleDemonymCountry(d.Lx, r.Title); c != nil {
				e.Country = c
				break
			}
		}
		st := d.Sents[m.Sent]
		if e.Country == nil && m.Ts >= 2 && st.Toks[m.Ts-1].Lower == "'s" {
			e.Country = countryEntryEndingAt(d, st, m.Ts-2, 3, lexicon.EntryCountry)
		}
	}
}

// roleDemonymCountry is the country of the capitalized demonym of countries.txt that opens a
// role's title and is followed by a noun ("Italian negotiator", "South African mediator"), or nil.
func roleDemonymCountry(lx *lexicon.Lexicons, title string) *lexicon.Country {
	if lx == nil || title == "" || title[0] < 'A' || title[0] > 'Z' {
		return nil
	}
	words := lexicon.Keys(title)
	ents, n := lx.Names.Longest(words)
	if n < 1 || n >= len(words) {
		return nil
	}
	for _, le := range ents {
		if le.Kind == lexicon.EntryDemonym && le.Country != nil {
			return le.Country
		}
	}
	return nil
}
