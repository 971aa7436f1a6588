package claims

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// appositiveSubjectVerb finds the verb of saying of a reporting clause after a quotation whose
// subject, a name, carries a non-restrictive appositive between commas ("“…,” Ana Ruiz, director
// of research at the Vela Institute, said."): the name's mention opens the clause at i (after an
// optional comma), a comma follows it, and the next comma within 24 tokens is followed by a verb
// of saying. A non-restrictive appositive may be as long as any noun phrase (Quirk et al. 1985,
// 17.65-17.72), so it puts the verb beyond the few words attributeQuote looks at; the subject is
// still the name before it (reporting clause after the quotation, 14.30). It returns the verb's
// index, or -1: no such clause, or a quotation mark, a sentence end or a second name-and-comma
// pattern before the verb.
func appositiveSubjectVerb(d *doc.Doc, st *doc.Sent, i int) int {
	toks := st.Toks
	j := i
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	m := actors.MentionAt(d, st, j)
	if m == nil || m.Ts != j || !doc.ActorKind(m.Ent) || m.Te >= len(toks) || toks[m.Te].Text != "," {
		return -1
	}
	for k := m.Te + 1; k < len(toks) && k <= m.Te+24; k++ {
		t := toks[k]
		if t.Kind == text.Quote || t.Text == "." || t.Text == ";" || t.Text == "!" || t.Text == "?" {
			return -1
		}
		if t.Text != "," || k+1 >= len(toks) {
			continue
		}
		if _, ok := doc.SpeechAt(d.Lx, st, k+1); ok && !st.InQuote[k+1] {
			return k + 1
		}
		return -1 // the first comma after the appositive closes it; no verb of saying after it
	}
	return -1
}

// designatedSpeaker reads the reporting clause after a quotation whose subject, a name, carries
// the AP Stylebook's party–state designation between commas ("“…,” Senate Minority Leader Ann
// Roe, R-Ky., said."; "party affiliation"): the name's mention opens the clause at i (after an
// optional comma and the titles before it) and a verb of saying follows the designation's closing comma. The designation
// glosses the name (actors.PartyDesignationCommaEnd), so the name is the subject, as it is before
// any non-restrictive appositive (appositiveSubjectVerb; Quirk et al. 1985, 14.30 on the reporting
// clause after the quotation); the state abbreviation's full stops end no sentence. It returns the
// speaker and the verb's index, or nil and -1.
func designatedSpeaker(d *doc.Doc, st *doc.Sent, i int) (*doc.Entity, int) {
	toks := st.Toks
	j := i
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	// the comma closing the name: only capitalized words (its titles, "Senate Minority Leader")
	// before it
	c := j
	for c < len(toks) && c < j+8 && toks[c].Kind == text.Word && toks[c].Cap {
		c++
	}
	m := actors.MentionAt(d, st, c-1)
	if c == j || m == nil || m.Te != c || !doc.ActorKind(m.Ent) || m.Ent.Final().Kind != graph.Person {
		return nil, -1
	}
	e := actors.PartyDesignationCommaEnd(toks, c)
	if e < 0 || e+1 >= len(toks) || toks[e].Text != "," {
		return nil, -1
	}
	if _, ok := doc.SpeechAt(d.Lx, st, e+1); !ok || st.InQuote[e+1] {
		return nil, -1
	}
	return m.Ent.Final(), e + 1
}
