package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// accompaniedOfficials gives the persons a leader "was accompanied by" the leader's country:
// "Prime Minister X was accompanied by Minister for Foreign Trade Y and Z", "President X,
// accompanied by Foreign Minister Y, arrived …". The passive's by-phrase names the agent of
// "accompany" (Quirk et al. 1985, 3.64), and in a readout or a communiqué the officials who
// accompany a head of state or government in talks are that leader's delegation (Satow's
// Diplomatic Practice, on delegations: a head of delegation and the members of it are of one
// state). Only a leader whose country is known (from the phrase, the dictionary or structure,
// not a guess) gives it, and only to persons still without one; a person's bodies named by a
// generic head then follow their holder's country (membersCountry, codes_assign.go step 2a).
// The leader is the person named right before "(was|were) accompanied" or before the comma of
// ", accompanied by"; the accompanying persons are the mentions that follow "by", joined by
// commas and "and" only.
func (d *doc) accompaniedOfficials() {
	for i, st := range d.Sents {
		toks := st.Toks
		for k := 1; k+1 < len(toks); k++ {
			if toks[k].Lower != "accompanied" || toks[k+1].Lower != "by" {
				continue
			}
			lead := d.personEndingAt(i, accompanyLeadEnd(toks, k))
			if lead == nil || lead.Country == nil || lead.Guessed {
				continue
			}
			for _, p := range d.coordinatedPersons(i, k+2) {
				if p != lead && p.Country == nil {
					p.Country, p.Guessed = lead.Country, false
				}
			}
		}
	}
}

// accompanyLeadEnd is the token index where the leader's name ends before "accompanied" at k:
// before "was"/"were" ("X was accompanied by"), or before the comma of an appended participle
// clause ("X, accompanied by"); -1 otherwise.
func accompanyLeadEnd(toks []text.Token, k int) int {
	switch p := toks[k-1]; {
	case p.Lower == "was" || p.Lower == "were":
		return k - 1
	case p.Text == ",":
		return k - 1
	}
	return -1
}

// personEndingAt is the person of a mention of sentence i that ends at token e (-1: none), or
// of the one that ends before an of-phrase of his country ending at e ("President Amara Diallo
// of Senegal": the postmodifier belongs to the name's noun phrase, Quirk et al. 1985, 17.37).
func (d *doc) personEndingAt(i, e int) *entity {
	if e < 0 {
		return nil
	}
	toks := d.Sents[i].Toks
	for _, mi := range d.BySent[i] {
		m := d.Mentions[mi]
		if m.Te != e || m.Ent == nil {
			continue
		}
		p := m.Ent.Final()
		if p.Kind == graph.Person && !p.Dropped {
			return p
		}
		if p.Kind == graph.Country && m.Ts >= 2 && toks[m.Ts-1].Lower == "of" {
			if h := d.personEndingAt(i, m.Ts-1); h != nil && h.Country == p.Country {
				return h
			}
		}
	}
	return nil
}

// coordinatedPersons lists the persons of the mentions of sentence i that follow token s,
// the first opening at s (or after a determiner), each next one after only commas and "and":
// the conjoined noun phrases of one by-phrase (Quirk et al. 1985, 13.2 on coordination).
func (d *doc) coordinatedPersons(i, s int) []*entity {
	toks := d.Sents[i].Toks
	var out []*entity
	at := s
	for {
		var next *mention
		for _, mi := range d.BySent[i] {
			m := d.Mentions[mi]
			if m.Ts >= at && (next == nil || m.Ts < next.Ts) {
				next = m
			}
		}
		if next == nil || next.Ent == nil {
			return out
		}
		for k := at; k < next.Ts; k++ {
			if len(out) == 0 && k == at && actors.Determiners.Has(toks[k].Lower) {
				continue
			}
			if len(out) > 0 && (toks[k].Text == "," || toks[k].Lower == "and") {
				continue
			}
			return out
		}
		p := next.Ent.Final()
		if p.Kind != graph.Person || p.Dropped {
			return out
		}
		out = append(out, p)
		at = next.Te
	}
}

// sideDelegates gives the persons that represent "the <demonym> side" of talks its country:
// "The Polish side was represented by Minister of Climate X and Deputy Foreign Minister Y", "the
// Austrian side, led by Z,", "The Kenyan side included …". In the language of diplomatic
// readouts and communiqués a "side" is one party to the talks, named by its state's demonym
// (the delegations of states, Satow's Diplomatic Practice), and the by-phrase of the passive
// names its agents (Quirk et al. 1985, 3.64; "include" names its members). Only persons still
// without a country take it; their generic bodies follow (membersCountry).
func (d *doc) sideDelegates() {
	for i, st := range d.Sents {
		toks := st.Toks
		for k := 2; k+2 < len(toks); k++ {
			if toks[k].Lower != "side" || toks[k-2].Lower != "the" {
				continue
			}
			c := d.demonymCountryAt(st, k-1)
			if c == nil {
				continue
			}
			s := sideAgentsStart(toks, k+1)
			if s < 0 {
				continue
			}
			for _, p := range d.coordinatedPersons(i, s) {
				if p.Country == nil {
					p.Country, p.Guessed = c, false
				}
			}
		}
	}
}

// demonymCountryAt is the country of a one-word demonym at token k of st ("Polish"), or nil.
func (d *doc) demonymCountryAt(st *sent, k int) *lexicon.Country {
	if !st.Toks[k].Cap {
		return nil
	}
	ents, end := d.MatchNames(st, k)
	if end != k+1 {
		return nil
	}
	for _, e := range ents {
		if e.Kind == lexicon.EntryDemonym && e.Country != nil {
			return e.Country
		}
	}
	return nil
}

// sideAgentsStart is the token where the persons of "the X side" start after its head at j:
// after "(was|is) represented/led/headed by", ", represented/led/headed by" or
// "included/includes/comprised"; -1 otherwise.
func sideAgentsStart(toks []text.Token, j int) int {
	if j < len(toks) && (toks[j].Lower == "was" || toks[j].Lower == "is" || toks[j].Text == ",") {
		j++
	}
	if j+1 < len(toks) && toks[j+1].Lower == "by" {
		switch toks[j].Lower {
		case "represented", "led", "headed":
			return j + 2
		}
	}
	if j < len(toks) && toks[j-1].Text != "," {
		switch toks[j].Lower {
		case "included", "includes", "comprised":
			return j + 1
		}
	}
	return -1
}
