package loader

import (
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// agentNounNationality gives a person without a country the country of a nationality adjective
// before a descriptive noun right before the name: "Saudi businessman Khalid Rahman", "Iranian
// journalist Reza Haghighat", "Kenyan rights activist X". The noun phrase is a classifying
// premodification of the name (Quirk et al. 1985, 17.91: "the American composer Leonard
// Bernstein"), and the adjective gives the person's nationality (7.26). The noun must be a
// singular agent noun of Phoenix.agents.txt (businessman, journalist, farmer …: a person's
// role), with at most one lower-case word before it; the adjective must be a demonym of
// countries.txt, capitalized. A title of titles.txt right after the adjective is read earlier
// (personChunk); one with a modifier between ("Bolivian union leader X", "Kenyan rights activist
// X") opens the person's mention in lower case and is read here the same way.
func (d *doc) agentNounNationality() {
	if d.x.phx == nil {
		return
	}
	for _, m := range d.mentions {
		e := m.Ent.Final()
		if e.Kind != graph.Person || e.Country != nil || e.Dropped || m.Sent >= len(d.sents) {
			continue
		}
		st := d.sents[m.Sent]
		h := m.Ts - 1
		if m.Ts < len(st.Toks) && st.Toks[m.Ts].Kind == text.Word && !st.Toks[m.Ts].Cap {
			// a lower-case title opens the mention ("union leader Ramiro Quispe": the
			// mention is "leader Ramiro Quispe"); its modifiers stand before it
			h = m.Ts
		} else if h < 1 || !personAgentNoun(d.x, st.Toks[h]) {
			continue
		}
		if h < 1 {
			continue
		}
		j := h - 1
		if !st.Toks[j].Cap && st.Toks[j].Kind == text.Word && j > 0 {
			j-- // one modifier of the noun: "rights activist", "opposition politician"
		}
		if c := d.demonymEndingAt(st, j); c != nil {
			e.Country = c
		}
	}
}

// personAgentNoun reports a lower-case singular noun the Phoenix agents dictionary lists.
func personAgentNoun(ex *Extractor, t text.Token) bool {
	if t.Kind != text.Word || t.Cap {
		return false
	}
	a, ok := ex.phx.Agent(t.Lower)
	return ok && !a.Plural && !a.Mass
}

// demonymEndingAt is the country of a capitalized demonym of countries.txt of one or two words
// ending at token j ("Saudi", "South African"), or nil.
func (d *doc) demonymEndingAt(st *sent, j int) *lexicon.Country {
	for s := j; s >= 0 && s >= j-1; s-- {
		if !st.Toks[s].Cap {
			continue
		}
		ents, end := d.matchNames(st, s)
		if end != j+1 {
			continue
		}
		for _, le := range ents {
			if le.Kind == lexicon.EntryDemonym && le.Country != nil {
				return le.Country
			}
		}
	}
	return nil
}
