package frames

import "strings"

// attributedAgentless gives an agentless passive act announced in a main clause the source of the
// reporting clause in final position that attributes it ("Trade restrictions on Serbia will be
// lifted next month, a European Union statement said"; "…, the minister said"). A passive with no
// by-phrase leaves its agent unexpressed as known from the context (Quirk et al. 1985, 3.64,
// 3.66), and in an announcement the context is the announcer: the clause reports the
// attributor's own decision, which is the one act a reporting clause in final position vouches
// for (Quirk 15.53–15.54, final reporting clauses). Only a future or conditional act qualifies
// (an announcement or a commissive, Searle 1976), never a past one ("three men were arrested,
// police said" reports an event, not the reporter's act), and only a verb cue whose clause
// carries the reporting verb as a dependent after it (the parser's reading of the final clause,
// whatever it calls it) with a subject and no complement of its own; a noun cue that is the
// passive verb's subject ("the embargo will be eased": the noun's reversal frame) is read on that
// verb. Rule suffix "+attributor".
func (lx *Lexicon) attributedAgentless(tr *tree, ms []Match) []Match {
	for k := range ms {
		m := &ms[k]
		c := m.Cue
		if m.Kind == "noun" && tr.rel(c) == "nsubj:pass" {
			c = tr.t[c].Head // "the embargo … will be eased": the noun's passive verb (a reversal, support)
		}
		if m.Source >= 0 || m.Scope != Own || m.Mode == Asserted || c < 0 || tr.t[c].UPOS != "VERB" || !tr.passive(c) || tr.byAgent(c) >= 0 {
			continue
		}
		if r := tr.t[c].Head; !tr.mainClause(c) && tr.rel(c) == "ccomp" && r >= 0 && r < c && tr.t[r].UPOS == "VERB" && lx.in("report", tr.lemma(r)) &&
			!lx.in("contested", tr.lemma(r)) && tr.mainClause(r) && tr.child(r, "nsubj") >= 0 && !tr.passive(r) {
			// the same announcement with the reporting clause first and the act in its content
			// clause ("President Sall said that the curfew would be lifted from Tuesday"; Quirk
			// 14.32 ff. on indirect speech): the announcer's own decision, as above; a claim
			// (modality.txt contested: "the US claimed that China will be hurt") asserts a
			// proposition in the face of doubt (AP Stylebook, said), it announces no decision
			m.Source = tr.child(r, "nsubj")
			m.Rule += "+attributor"
			continue
		}
		if !tr.mainClause(c) {
			continue
		}
		for _, r := range tr.kids[c] {
			if r > c && tr.t[r].UPOS == "VERB" && lx.in("report", tr.lemma(r)) && tr.child(r, "nsubj") >= 0 && tr.child(r, "ccomp", "obj") < 0 {
				m.Source = tr.child(r, "nsubj")
				if !strings.HasSuffix(m.Rule, "+attributor") {
					m.Rule += "+attributor"
				}
			}
		}
	}
	return ms
}
