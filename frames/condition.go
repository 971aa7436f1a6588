package frames

import (
	"slices"
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
		// (or a noun naming the act: "warning of further action if Pyongyang went ahead", a
		// general noun of acting, a repercussion or a coercive measure, modality.txt act,
		// repercussion, hostile)
		actNoun := m.Content < 0 && m.Target >= 0 && tr.t[m.Target].UPOS == "NOUN" &&
			(lx.in("act", tr.lemma(m.Target)) || lx.in("repercussion", tr.lemma(m.Target)) || lx.in("hostile", tr.lemma(m.Target)))
		if m.Type != graph.Threatens || m.Negated || m.Source < 0 || !actNoun && (m.Content < 0 || m.Target >= 0 && m.Target != m.Content) {
			continue
		}
		a := -1
		if m.Content >= 0 {
			a = lx.conditionAgent(tr, m.Content, m.Source)
		}
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

// conditioned reports whether cue i governs an if- or unless-clause (advcl marked by a word of
// modality.txt condition): "warned of reprisals if the convoy entered". The condition makes the
// repercussion warned of the speaker's own act against the party that fulfils it (PLOVER
// THREATEN "if you do X we will do Y"; Quirk et al. 1985, 15.34); with none, "warned of
// consequences for growth" is a prediction (cue-classes.txt need conditioned).
//
// A clause marked if or unless that the parser made the verb's content (ccomp) is the same
// condition when the verb's content is already its of- or about-phrase ("warning of further action
// if Pyongyang went ahead"): a verb of warning takes one message, and an if-clause beside it is
// adverbial, not an indirect question (Quirk et al. 1985, 15.34 vs 15.4 on if-clauses as
// dependent interrogatives); unless never opens a question.
func (lx *Lexicon) conditioned(tr *tree, i int) bool {
	for k := range tr.t {
		if tr.t[k].Head != i || !lx.in("condition", tr.caseOf(k)) {
			continue
		}
		if r := base(tr.rel(k)); r == "advcl" || r == "ccomp" && (tr.caseOf(k) == "unless" || tr.oblWith(i, "of") >= 0 || tr.oblWith(i, "about") >= 0) {
			return true
		}
	}
	return false
}

// selfConsequences drops each threat whose cue verb governs an if- or unless-clause (advcl
// marked by a word of modality.txt condition) whose active subject is the threat's source itself:
// the same personal pronoun ("if it uses Section 301 …, it will harm its interests") or the same
// name ("if Iran enriches uranium, Iran will harm …"). A threat is conditioned on the act of the
// party threatened ("if you do X we will do Y", PLOVER THREATEN; Quirk et al. 1985, 15.34: the
// protasis states the condition the apodosis depends on); when the one who fulfils the condition
// is the one the apodosis is about, the apodosis foretells the consequence of that party's own act
// (a warning about it, said by the speaker), not an act that party threatens. Only a protasis
// with an active subject and an object or oblique names an act of its subject: a passive ("if we
// are attacked, we will strike back") or an elliptical one ("if we have to, we will act") keeps
// the threat. Other matches pass unchanged.
func (lx *Lexicon) selfConsequences(tr *tree, ms []Match) []Match {
	return slices.DeleteFunc(ms, func(m Match) bool {
		if m.Type != graph.Threatens || m.Source < 0 || m.Cue < 0 || m.Kind != "verb" {
			return false
		}
		for _, k := range tr.kids[m.Cue] {
			if base(tr.rel(k)) != "advcl" || !lx.in("condition", tr.caseOf(k)) {
				continue
			}
			s := tr.child(k, "nsubj")
			if s < 0 || tr.child(k, "obj", "obl") < 0 {
				continue
			}
			same := tr.lemma(s) == tr.lemma(m.Source)
			if tr.t[s].UPOS == "PRON" || tr.t[m.Source].UPOS == "PRON" {
				same = tr.lower[s] == tr.lower[m.Source] && tr.t[s].XPOS == "PRP"
			}
			if same {
				return true
			}
		}
		return false
	})
}
