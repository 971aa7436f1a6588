package frames

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// onlyIfDemands turns an offer made only on a condition into the demand the condition states
// (issue 13, classes19 class 4): "Washington will lift the sanctions only if Caracas releases the
// prisoners" offers nothing unconditionally; "only if" makes the condition necessary (Quirk et al.
// 1985, 15.36 on exclusive conditions: only if P, Q = not Q unless P), so the speaker names what
// the other party must do first, a conditional concession, which PLOVER codes as a demand
// ("conditional concessions are demands"; CAMEO 10 "demand"), as unlessDemands reads "will strike
// unless …". For each own, unnegated OFFERS whose cue (or the verb it is the object of, "lift the
// sanctions") has an if-clause right after "only", with a named or pronoun subject that is not
// the offerer: the OFFERS on that verb go and a DEMANDS of the offer's source on the clause's
// subject, content the clause, comes in. Rule "frames:<frame>-condition:modality/condition/only-if".
// A refusal on an unless condition ("would not withdraw unless NATO stops") is the same
// demand (not V unless P = V only if P) and unlessDemands reads it.
func (lx *Lexicon) onlyIfDemands(tr *tree, ms []Match) []Match {
	var add []Match
	drop := map[int]bool{}
	for _, m := range ms {
		if m.Type != graph.Offers || m.Scope != Own || m.Negated || m.Source < 0 {
			continue
		}
		v := m.Cue
		if m.Kind == "noun" && tr.t[v].Head >= 0 && tr.rel(v) == "obj" {
			v = tr.t[v].Head // "lift the sanctions": the verb carries the condition
		}
		u := -1
		for _, k := range tr.kids[v] {
			if base(tr.rel(k)) != "advcl" || tr.caseOf(k) != "if" {
				continue
			}
			if mk := tr.child(k, "mark"); mk > 0 && tr.lower[mk-1] == "only" {
				u = k
			}
		}
		if u < 0 {
			continue
		}
		a := tr.child(u, "nsubj")
		if a < 0 || tr.t[a].UPOS == "PRON" && tr.lemma(a) == tr.lemma(m.Source) {
			continue // "only if it is asked": no other party named to act
		}
		drop[v] = true
		frame, _, _ := strings.Cut(strings.TrimPrefix(m.Rule, "frames:"), ":")
		d := Match{Cue: v, Kind: "verb", Type: graph.Demands, Source: m.Source, Target: a, Content: u, Mode: Asserted,
			Hedged: m.Hedged, Scope: Own, Outer: m.Outer, Code: "10", Plover: "DEMAND",
			Rule: "frames:" + frame + "-condition:modality/condition/only-if"}
		if !slices.ContainsFunc(add, func(o Match) bool { return o.Cue == d.Cue && o.Source == d.Source && o.Target == d.Target }) {
			add = append(add, d)
		}
	}
	if len(add) == 0 {
		return ms
	}
	ms = slices.DeleteFunc(ms, func(o Match) bool {
		return o.Type == graph.Offers && (drop[o.Cue] || o.Cue >= 0 && drop[tr.t[o.Cue].Head] && tr.rel(o.Cue) == "obj")
	})
	return append(ms, add...)
}
