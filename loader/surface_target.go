package loader

// The target a phrase names: a POLICY node for a noun or verb phrase (policyTarget), the actor or
// act an evaluation judges (evalTarget, evalPhraseStart). restruct6 moved them unchanged from
// relation.go and relation_stances.go (plan step 5): claims (must-clauses, turn evaluations) and
// relations (the judgement frames, relation_frames_judgement.go) both read them, so they sit
// below both.

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// policyTarget makes a POLICY node for tokens [b, e) of st, with an optional gerund prefix; a phrase
// that is exactly a known policy name returns that policy.
func (d *doc) policyTarget(st *sent, b, e int, prefix string) *entity {
	toks := st.toks
	definite := prefix == "" && b < e && anaphoricDeterminers[toks[b].Lower]
	for b < e && leadingDrop.Has(toks[b].Lower) && prefix == "" {
		b++
	}
	for e > b && (toks[e-1].Kind == text.Punct || toks[e-1].Lower == "and" || toks[e-1].Lower == "or") {
		e--
	}
	if e <= b {
		return nil
	}
	if mm := d.mentionAt(st, b); mm != nil && mm.ts == b && mm.te == e {
		if ent := mm.ent.final(); ent.kind == graph.Policy {
			return ent
		}
	}
	name := d.spanText(st, b, e)
	if prefix != "" {
		name = prefix + " " + name
	}
	if len([]rune(name)) < 3 {
		return nil
	}
	if text.PronounClass(strings.ToLower(name)) != "" || name == "so" || name == "it" {
		return nil
	}
	p := d.policyEntity(name, "target:noun-phrase")
	if prefix != "" {
		p.rule = "target:verb-phrase"
	}
	if definite {
		p.definiteUses++
	} else {
		p.bareUses++
	}
	p.weak = true
	return p
}

// evalSkip are words between an evaluated phrase and the evaluative word: intensifiers, articles.
var evalSkip = map[string]bool{"too": true, "so": true, "very": true, "deeply": true, "wholly": true, "entirely": true,
	"completely": true, "totally": true, "utterly": true, "highly": true, "simply": true, "a": true, "an": true,
	"clearly": true, "grossly": true, "hugely": true, "absolutely": true, "quite": true, "long": true}

// describeVerb are the verbs of "described X as ADJ".
var describeVerb = map[string]bool{"described": true, "describes": true, "describe": true, "describing": true,
	"denounced": true, "dismissed": true, "characterized": true, "characterised": true, "portrayed": true, "saw": true, "sees": true, "regards": true, "regarded": true}

// evalPhraseStart returns where the noun phrase ending before e starts: back over words,
// possessives and mentions, stopping at a verb, "that", punctuation or a quotation mark.
func (d *doc) evalPhraseStart(st *sent, e int) int {
	toks := st.toks
	s := e
	for s > 0 && e-s < 8 {
		t := toks[s-1]
		if m := d.mentionAt(st, s-1); m != nil {
			s = m.ts
			continue
		}
		if t.Lower == "'s" && s < e {
			s-- // a possessive: "the union's demand"
			continue
		}
		if t.Kind != text.Word && t.Kind != text.Num || t.Lower == "that" || targetStop.Has(t.Lower) || d.lx.speech[t.Lower].kind != 0 || t.Lower == "called" || t.Lower == "calling" || describeVerb[t.Lower] || d.lx.beForms[t.Lower] || auxWords.Has(t.Lower) && t.Lower != "'s" {
			break
		}
		if d.lx.cues.next[t.Lower] != nil && !determiners.Has(t.Lower) && s-2 >= 0 && (st.ment[s-2] >= 0 || text.IsPronoun(toks[s-2]) || auxWords.Has(toks[s-2].Lower) && toks[s-2].Lower != "'s" || toks[s-2].Lower == "and" || toks[s-2].Text == ",") {
			break // a verb: "Chile rejected the offer"
		}
		s--
	}
	return s
}

// evalTarget is the actor or act that tokens [s, e) name, or nil: an actor mention covering the
// phrase, or a noun phrase whose head is a policy word, a cue noun or an evaluable head.
func (d *doc) evalTarget(st *sent, s, e int) *entity {
	toks := st.toks
	b := s
	for b < e && leadingDrop.Has(toks[b].Lower) {
		b++
	}
	if b >= e {
		return nil
	}
	if m := d.mentionAt(st, b); m != nil && m.ts == b && m.te == e && actorKind(m.ent) {
		return m.ent.final()
	}
	if e-b == 1 && text.PronounClass(toks[b].Lower) != "" {
		return nil
	}
	head := e - 1
	for k := b; k < e; k++ {
		if toks[k].Lower == "of" || toks[k].Lower == "for" || toks[k].Lower == "on" || toks[k].Lower == "to" {
			head = k - 1 // "the threat of sanctions": the head is before the preposition
			break
		}
	}
	if head < b {
		return nil
	}
	hw := toks[head].Lower
	if !(d.lx.policyHead[hw] || d.lx.evaluable[hw] || d.lx.cues.next[hw] != nil && d.nounCue(hw)) {
		return nil
	}
	if m := d.mentionAt(st, b); m != nil && m.ts == b && m.te == e && m.ent.final().kind == graph.Policy {
		return m.ent.final()
	}
	return d.policyTarget(st, b, e, "")
}
