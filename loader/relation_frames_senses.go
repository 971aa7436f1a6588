package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// Cue senses that express no stance (issue 13, branch cues14): dictionary verbs used in a sense
// that is no act towards anyone, told apart by the actors the loader knows. The frames package
// has the parse only; these rules need the actor mentions of the sentence.

// requirementNeed reports a DEMANDS match of a verb of necessity (frames class semimodal: need)
// whose direct object names no actor and whose subject is not the speaker: "the company, which
// needs American chips to power its phones", "the IFC did not need more capital to be
// impactful", "the steps that they need to take". Need with a thing as object states what its
// subject requires (OED need v. "to require (something) because it is essential"), a state, not
// a demand made of anyone: CAMEO 10 "demand" and PLOVER DEMAND code demands and orders addressed
// to an actor. A to-infinitive after the object is then the thing's purpose ("chips to power
// the smartphones", Quirk et al. 1985, 15.47 purpose infinitive), not an act asked of it, which
// needs an actor as object ("needs Turkey to act": object + infinitive, Quirk 16.63). Said of the
// speaker ("we need help now", "we need more air defence") need is an indirect request (Searle
// 1975, "Indirect speech acts") and keeps the dictionary's NEED [100]. Only the verb's own code
// (CAMEO 10): a dictionary pattern naming the object keeps its code ("- * &CURRENCY [0231] #
// NEED", an appeal for aid), as in relation_frames_material.go.
func (d *doc) requirementNeed(st *sent, fs *frameSentence, m frames.Match) bool {
	if m.Kind != "verb" || m.Type != graph.Demands || !strings.HasPrefix(m.Code, "10") || !d.x.frames.InClass("semimodal", strings.ToLower(lemmaOf(fs.toks[m.Cue]))) {
		return false
	}
	o := -1
	for _, k := range fs.kids[m.Cue] {
		if fs.toks[k].DepRel == "obj" {
			o = k
			break
		}
	}
	if o < 0 {
		return false
	}
	for _, k := range fs.kids[m.Cue] {
		if r := fs.toks[k].DepRel; r == "nsubj" || r == "nsubj:pass" {
			if w := strings.ToLower(fs.toks[k].Form); w == "i" || w == "we" {
				return false
			}
		}
	}
	return !d.namesActor(st, fs, o)
}

// namesActor reports an argument headed by syntax token h that names an actor: an actor
// mention at its head, a pronoun resolved to one, a relative pronoun whose noun does, or a
// common noun of the actor dictionaries (personOrBodyNoun: "officials", "the ministry").
func (d *doc) namesActor(st *sent, fs *frameSentence, h int) bool {
	if t := fs.toks[h]; t.UPOS == "PRON" && relativePronoun[strings.ToLower(t.Form)] {
		if v := t.Head; v >= 0 && fs.toks[v].DepRel == "acl:relcl" && fs.toks[v].Head >= 0 {
			h = fs.toks[v].Head // "the steps that they need to take": the steps
		}
	}
	lh := fs.at[h]
	if mm := d.mentionAt(st, lh); mm != nil && actorKind(mm.Ent) {
		return true
	}
	if d.personOrBodyNoun(fs.toks[h]) {
		return true
	}
	if t := st.Toks[lh]; text.IsPronoun(t) {
		if e := d.resolvePronoun(st.Idx, lh, t.Lower); e != nil && actorKind(e) {
			return true
		}
	}
	return false
}

// suffixedAgent reports an agent noun (agentNoun: -er, -or, -ant, -ist, -ian) whose ending is the
// agentive suffix. The suffix is added to a verb base ("lead" → "leader", Quirk et al. 1985, App.
// I.34); a noun that is itself a verb of the dictionary ("transfer", "order", "offer", "grant",
// "counter") has the letters but no suffix: "China's forced technology transfers" names acts, not
// an actor, so its possessor does not act through the clause's verb (possessorOfThing). A noun
// the actor dictionaries list as a person or body (Phoenix agents: "doctor", "engineer") stays
// an agent noun.
func (d *doc) suffixedAgent(lemma string) bool {
	if !agentNoun(lemma) {
		return false
	}
	if d.x.frames == nil || !d.x.frames.IsVerb(lemma) {
		return true
	}
	_, ok := d.x.phx.Agent(lemma)
	return ok
}
