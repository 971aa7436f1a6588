package frames

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/graph"
)

// exclusionAgent gives an agentless passive of exclusion the party its from-phrase names as the
// agent (issue 13, frames29a): "Guinea has been suspended from the African Union", "Two Iranian
// diplomats were expelled from Germany", "An Israeli diplomat was ordered out of Britain". A
// passive with no by-phrase leaves its agent unexpressed as known from the context (Quirk et al.
// 1985, 3.64, 3.66); for a verb of exclusion (modality.txt exclusion: the CAMEO.2.0.txt DEPORT
// block, EXCLUDE's bar, PROHIBIT's ban, suspend from a body, order out of a country) the context
// is the community the patient is excluded from, because only that community can exclude from
// itself: a member is suspended or expelled by the organization's own organs (UN Charter arts.
// 5–6; AU Constitutive Act art. 30; Levin 1993, 10.2 banish verbs: the from-phrase names the
// community left), and a foreign national is expelled from a state's territory by that state
// (Vienna Convention on Diplomatic Relations 1961, art. 9: the receiving State declares a
// diplomat persona non grata and has him leave). The from-phrase (or "out of", Quirk 9.15) must
// be a name — a state, capital or body —, so "banned from the stadium" and "withdrawn from
// Iraq" (no verb of exclusion) are left alone. "Ordered out of" is an order to leave, which of a
// diplomat (modality.txt diplomat) is his expulsion (OED expel v. "to order (a person) to leave
// a country"; the active line of cue-classes.txt order + diplomat + leave, CAMEO 166); of anyone
// else it stays the order it is. The match keeps its mode: announced ("will be barred from"), it
// threatens as the entry's future column says. Rule suffix "+exclusion-from".
func (lx *Lexicon) exclusionAgent(tr *tree, ms []Match) []Match {
	for k := range ms {
		m := &ms[k]
		c := m.Cue
		if m.Source >= 0 || m.Scope != Own || m.Kind != "verb" || c < 0 || tr.t[c].UPOS != "VERB" || !tr.passive(c) || tr.byAgent(c) >= 0 {
			continue
		}
		from, out := tr.exclusionPlace(c)
		if from < 0 {
			continue
		}
		switch {
		case out && lx.in("exclusion", tr.lemma(c)+" out") && m.Type == graph.Demands:
			if m.Target < 0 || !lx.in("diplomat", tr.lemma(m.Target)) && !lx.in("diplomat", strings.TrimSuffix(tr.lower[m.Target], "s")) {
				continue
			}
			m.Type, m.LineCode, m.LinePlover = graph.Sanctions, "166", "SANCTION" // labels only (Match.LineCode)
			if m.Mode != Asserted {
				m.Type = graph.Threatens
			}
		case lx.in("exclusion", tr.lemma(c)) && (m.Type == graph.Sanctions || m.Type == graph.Threatens):
		default:
			continue
		}
		m.Source = from
		m.Rule += "+exclusion-from"
	}
	return ms
}

// exclusionPlace returns verb i's from-phrase (or out-of phrase, out reports which) naming a
// party — a proper noun, or a capitalized word inside the sentence ("the African Union") — or
// -1.
func (tr *tree) exclusionPlace(i int) (int, bool) {
	for _, k := range tr.kids[i] {
		if base(tr.rel(k)) != "obl" {
			continue
		}
		var cases []string
		for _, a := range tr.kids[k] {
			if tr.rel(a) == "case" {
				cases = append(cases, tr.lower[a])
			}
		}
		out := len(cases) == 2 && cases[0] == "out" && cases[1] == "of" || len(cases) == 1 && cases[0] == "of" && tr.particle(i) == "out"
		if !out && !(len(cases) == 1 && cases[0] == "from") {
			continue
		}
		if tr.t[k].UPOS == "PROPN" || k > 0 && unicode.IsUpper([]rune(tr.t[k].Form)[0]) {
			return k, out
		}
	}
	return -1, false
}
