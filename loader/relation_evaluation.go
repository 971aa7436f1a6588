package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// judgedCopula returns the copula of the judgement's own clause when the parse put that clause
// inside the judged phrase [lo, hi) ("said [the decision to close the pass] was unacceptable"
// read as "decision (to close (the pass was unacceptable))": frames infinitiveSubject), so the
// phrase ends there: the subject of a copula ends where the copula begins. -1 when none.
func judgedCopula(fs *frameSentence, m frames.Match, lo, hi int) int {
	for k := lo; k < hi; k++ {
		if h := fs.toks[k].Head; fs.toks[k].DepRel == "cop" && (h == m.Cue || h == fs.toks[m.Cue].Head) {
			return k
		}
	}
	return -1
}

// judgedTarget is the target of a judgement (judgementRelations) whose judged phrase covers the
// sentence tokens [b, e) and has the syntax token h as its head. It is evalTarget's when that
// finds one (an actor, or a phrase whose surface head is a policy word, an evaluable head or a
// noun cue); else the phrase read from its syntactic head (issue 13, stance26):
//   - the head is a policy word, an evaluable head or a noun cue, whatever follows it: "the
//     decision by the Council to extend the mission", "the resolution adopted by the European
//     Parliament" (evalTarget takes the last word before of/for/on/to as the head), or a noun
//     of a coercive act (modality.txt hostile: CAMEO 13x/17x measures, "the arrest of its
//     citizen"; a sanction noun of cue-classes.txt), or a noun of action made from a CAMEO event
//     verb ("the intrusion of the survey ship", "the deployment of troops": eventNominal);
//   - the head is a common noun whose agent is an actor — a possessor ("the Chinese coast
//     guard's manoeuvre"), a by-phrase of the noun or of a participle modifying it ("the remarks
//     by the Chinese ambassador", "the referendum organised by Moscow"), or a demonym modifier
//     ("the Chinese survey"): a noun with an agent names that actor's act or its product
//     (Grimshaw 1990 on event nominals and their arguments; Quirk et al. 1985, 17.41 on the
//     subjective genitive and the by-agent of a nominalization), and judging it judges the act.
//
// A clausal subject ("Suspending the drills … is a positive step") names an act: the phrase. An
// extraposed that-clause ("it is regrettable that Washington has imposed tariffs") names its
// subject's act: the subject if an actor, else the subject's phrase read as above.
// A phrase with neither ("the drought this year", "copper markets") judges no act or position:
// nil.
func (d *doc) judgedTarget(st *sent, fs *frameSentence, h, b, e int) *entity {
	if h >= 0 && fs.toks[h].UPOS == "VERB" && thatClause(fs, h) {
		// "it is regrettable that Washington has imposed new tariffs" (frames extraposedClause):
		// the act judged is the clause's, and its subject, an actor, is the one who did it; a
		// subject that is no actor is judged as a judged phrase is ("that Pakistan's decision
		// has closed the border"), and "that the drought has damaged crops" judges no one
		for _, s := range fs.kids[h] {
			if fs.toks[s].DepRel != "nsubj" {
				continue
			}
			if a, _ := d.frameActor(st, fs, s, h, nil); a != nil {
				return a
			}
			if lo, hi := fs.phrase(s); hi > lo {
				return d.judgedTarget(st, fs, s, fs.at[lo], fs.at[hi-1]+1)
			}
		}
		return nil
	}
	if h >= 0 && (demonstrativeAlone(fs, h) || fs.toks[h].UPOS == "PRON" && strings.EqualFold(fs.toks[h].Form, "it") && fs.phraseLen(h) == 1) {
		// "A: Naturally it is worrying", "A: This is a breach of …": the question's proposition
		// (relation_questionantecedent.go), before any actor the pronoun could be read as
		// ("Is that worrying to Oslo?": not Oslo)
		if t := d.questionAntecedent(st); t != nil {
			return t
		}
		if demonstrativeAlone(fs, h) {
			return nil
		}
	}
	if t := surface.EvalTarget(d.Doc, st, b, e); t != nil {
		return t
	}
	if h >= 0 && fs.toks[h].UPOS == "VERB" && fs.toks[h].DepRel == "csubj" {
		return surface.PolicyTarget(d.Doc, st, b, e, "") // "Suspending the drills is a positive step": the act
	}
	if h < 0 || fs.toks[h].UPOS != "NOUN" {
		return nil
	}
	w, lemma := strings.ToLower(fs.toks[h].Form), strings.ToLower(lemmaOf(fs.toks[h]))
	fr := d.x.frames
	head := fr.InClass("hostile", lemma) || fr.IsSanctionNoun(lemma) || eventNominal(fr, lemma) || // relation_deverbal.go
		actNominal(fr, fs, h) // an act or event noun (relation_evalsubject.go)
	for _, x := range []string{w, lemma} {
		head = head || d.Lx.PolicyHead[x] || d.Lx.Evaluable[x] || d.Lx.Cues.Next[x] != nil && d.Lx.NounCue(x)
	}
	if !head && !d.actedNoun(st, fs, h) {
		return nil
	}
	return surface.PolicyTarget(d.Doc, st, b, e, "")
}

// actedNoun reports a common noun h with an actor as its agent: a possessor (nmod:poss) that is
// an actor mention ("Beijing's survey") or a common noun of persons (personPossessor: "the
// staffers' actions"), a by-phrase (obl:agent, nmod or obl with "by") on h or
// on a participle (acl) modifying h ("the referendum organised by Moscow"), or a capitalized
// demonym adjective before it ("the Chinese survey"; demonymWord). A noun that names an agent
// itself (a title, group head, organization word: possessorOfThing) is no act.
func (d *doc) actedNoun(st *sent, fs *frameSentence, h int) bool {
	actor := func(k int) bool {
		m := actors.MentionAt(d.Doc, st, fs.at[k])
		return m != nil && docpkg.ActorKind(m.Ent)
	}
	byAgent := func(p int) bool {
		for _, k := range fs.kids[p] {
			r := fs.toks[k].DepRel
			if r != "obl:agent" && r != "nmod" && r != "obl" && r != "nmod:agent" {
				continue
			}
			for _, c := range fs.kids[k] {
				if fs.toks[c].DepRel == "case" && strings.EqualFold(fs.toks[c].Form, "by") && actor(k) {
					return true
				}
			}
		}
		return false
	}
	if p := fs.possessorOfThing(d, h); p >= 0 && (actor(p) || personPossessor(fs, p, h)) {
		return true
	}
	if byAgent(h) {
		return true
	}
	for _, k := range fs.kids[h] {
		switch fs.toks[k].DepRel {
		case "acl":
			if byAgent(k) {
				return true
			}
		case "amod":
			if t := st.Toks[fs.at[k]]; k < h && t.Cap && t.Kind == text.Word && d.Lx.DemonymWord(t.Lower) {
				return true
			}
		}
	}
	return false
}

// personPossessor reports a genitive p of act noun h that is a common noun of persons ("the
// campaign staffers' actions", "the protesters' conduct": personHead, WordNet 3.0 noun.person or a
// kinship noun): the subjective genitive names the agent of the act the noun names (Quirk et al.
// 1985, 17.41), a group of people, which is an actor though it bears no name, so judging the act
// judges their conduct. A head that names a person itself ("the voters' representatives") is no
// act.
func personPossessor(fs *frameSentence, p, h int) bool {
	return fs.toks[p].UPOS == "NOUN" && personHead(strings.ToLower(lemmaOf(fs.toks[p]))) && !personHead(strings.ToLower(lemmaOf(fs.toks[h])))
}

// thatClause reports a finite clause headed by h that opens with the subordinator "that" (its mark,
// the first word of its phrase): the extraposed subject of "it is regrettable that …" (Quirk et
// al. 1985, 18.33), as the judgement frames give it.
func thatClause(fs *frameSentence, h int) bool {
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel == "mark" && k < h && strings.EqualFold(fs.toks[k].Form, "that") {
			return true
		}
	}
	return false
}
