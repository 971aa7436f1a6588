package loader

// The target a phrase names: a POLICY node for a noun or verb phrase (policyTarget), the actor or
// act an evaluation judges (evalTarget). restruct6 moved them unchanged from relation.go and
// relation_stances.go (plan step 5); since frames17 only the relations stage reads them (the
// frames' targets, relation_frames.go; the judgement frames, relation_frames_judgement.go): the
// claims stage's must-clauses and turn evaluations that also did are frames now.

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
