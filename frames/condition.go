package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// conditionThreats returns, for each threat among ms whose target is the act threatened ("North
// Korea threatened to launch missiles if Seoul holds drills", "Russia warned it would cut off gas
// unless Kyiv pays"), the same threat aimed at the party whose act its condition names: the agent
// of an if- or unless-clause (conditionAgent) on the act threatened, on the cue, or on the verbs
// the cue complements. A conditional threat is addressed to the one whose act would bring it on
// (PLOVER THREATEN: "if you do X we will do Y", coercion of the party that does X; Quirk et al.
// 1985, 15.34: the conditional clause states the condition for the act; an unless-clause is the
// negative condition, 15.36). The match with the act as target stays; this one adds the party.
// Rule "frames:<frame>-condition:modality/condition/<if|unless>": the relation carries its
// conditional modality in its rule.
func (lx *Lexicon) conditionThreats(tr *tree, ms []Match) []Match {
	var out []Match
	for _, m := range ms {
		if m.Type != graph.Threatens || m.Negated || m.Source < 0 || m.Content < 0 || m.Target >= 0 && m.Target != m.Content {
			continue
		}
		a := lx.conditionAgent(tr, m.Content, m.Source)
		for c, n := m.Cue, 0; a < 0 && c >= 0 && n < 4; n++ {
			if a = lx.conditionAgent(tr, c, m.Source); a >= 0 {
				break
			}
			switch r := base(tr.rel(c)); {
			case r == "xcomp", r == "obj", r == "advcl" && tr.caseOf(c) == "to":
				c = tr.t[c].Head // "issued a warning …", "was ready to threaten …"
			default:
				c = -1
			}
		}
		if a < 0 {
			continue
		}
		mark := "if"
		if h := tr.t[a].Head; h >= 0 && lx.in("condition", tr.caseOf(h)) {
			mark = tr.caseOf(h)
		}
		frame, _, _ := strings.Cut(strings.TrimPrefix(m.Rule, "frames:"), ":")
		c := m
		c.Target, c.Content, c.Rule = a, -1, "frames:"+frame+"-condition:modality/condition/"+mark
		out = append(out, c)
	}
	return out
}

// finalReport returns the verb of a reporting clause set off by a comma at the end of the
// sentence ("China will retaliate if Washington imposes tariffs, analysts said") that the parser
// hung inside main clause c — on c's conditional clause, whose last words it follows, or as a
// conjunct of c — rather than over c: a reporting clause in final position relates to the whole
// reported sentence (Quirk et al. 1985, 14.40 and 15.53 on reporting clauses after the reported
// matter), and a conditional clause is part of that matter, never reported apart from its
// consequent (15.34). The verb is one of saying (modality.txt report) with a subject and no
// complement of its own; only punctuation follows it. Only in a sentence whose main clause has
// a conditional clause, the clause the parser wrongly takes the reporting clause into (a
// reporting clause hung as a conjunct of a main clause with none, "Jawara will visit Dakar,
// diplomatic sources said", keeps its reading as the report of a scheduled act). -1 when none.
func (lx *Lexicon) finalReport(tr *tree, c int) int {
	for k := c + 1; k < len(tr.t); k++ {
		if tr.t[k].UPOS != "VERB" || !lx.in("report", tr.lemma(k)) || tr.child(k, "ccomp", "xcomp", "obj") >= 0 {
			continue
		}
		top := k // the reporting clause: the verb, or the subject noun the parser hung it on
		if tr.child(k, "nsubj") < 0 {
			// "…, economists said" parsed with the verb as an acl of its subject: a finite verb
			// hung on the noun right before it takes that noun for subject (frames doc.go,
			// integbeam)
			h := tr.t[k].Head
			if h != k-1 || base(tr.rel(k)) != "acl" || !tr.nominal(h) || !tr.finite(k) {
				continue
			}
			top = h
		}
		lo, hi := tr.span(top)
		if lo == 0 || tr.t[lo-1].Form != "," && tr.t[lo].Form != "," {
			continue
		}
		final := true
		for j := hi; j < len(tr.t); j++ {
			if tr.t[j].UPOS != "PUNCT" {
				final = false
			}
		}
		if !final {
			continue
		}
		if h := tr.t[top].Head; h == c && (tr.rel(top) == "conj" || tr.rel(top) == "parataxis") && lx.conditionalClause(tr, c) {
			return k
		}
		for a, n := tr.t[top].Head, 0; a >= 0 && n < 8; a, n = tr.t[a].Head, n+1 {
			if tr.t[a].Head == c && (base(tr.rel(a)) == "advcl" || base(tr.rel(a)) == "ccomp") && lx.in("condition", tr.caseOf(a)) {
				return k
			}
		}
	}
	return -1
}

// conditionalClause reports a conditional clause (an advcl or ccomp whose mark is of the class
// condition) on verb c.
func (lx *Lexicon) conditionalClause(tr *tree, c int) bool {
	for _, a := range tr.kids[c] {
		if r := base(tr.rel(a)); (r == "advcl" || r == "ccomp") && lx.in("condition", tr.caseOf(a)) {
			return true
		}
	}
	return false
}
