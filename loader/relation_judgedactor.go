package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/lexicon"
)

// judgedActor is the actor a judgement (judgementRelations) judges when its judged phrase names
// a person by a proper name or a pronoun, or an act by a noun whose possessor is a pronoun —
// phrases evalTarget (surface.EvalTarget) reads from the actor mentions alone and so misses
// when the name's mention is not yet merged with its bearer or the words are pronouns:
//   - the judged phrase is headed by a proper noun or a personal pronoun of the third person
//     ("Lopez called him a liar", "Dunn said she is incompetent", "“He is a fraud,” Dunn said"):
//     the evaluative complement or predicative is ascribed to the referent of the object or
//     subject (Quirk et al. 1985, 16.44–16.45 on the subject and object complement), an actor
//     found as frameActor finds a frame's argument, coreference included;
//   - the judged phrase is a common noun determined by a possessive pronoun of the third person
//     ("called her actions careless", "said their conduct was shameful"): the possessive
//     determiner is the genitive of the personal pronoun (Quirk et al. 1985, 6.29), which names
//     the agent of the act the noun names as a genitive name does (actedNoun: "Beijing's
//     survey"), so the act's agent is judged, as the subject of a judged that-clause is
//     (judgedTarget). A noun that names an agent itself ("his aide": possessorOfThing) is none.
//
// A pronoun object of the verb of naming is never its subject's referent ("Dunn called him a
// liar": a personal pronoun is not bound in its own clause, Huddleston & Pullum 2002, 17.2.2 —
// the reflexive says "called himself"), nor is a third-person pronoun in a quotation the
// speaker's, who speaks of himself in the first person (Quirk et al. 1985, 6.18), so coreference
// passes over the source there; "Dunn said he is tired" may be the speaker himself, and then
// judges no one else (judgementRelations drops a target that is its source).
// First- and second-person pronouns are left alone: "we are strong", "I am a fighter" is the
// speaker's self-description, no stance (speaksFor reads the same of a spokesman's turn); "it",
// "this" and "that" name things, not actors. nil when the phrase names no actor.
func (d *doc) judgedActor(st *sent, fs *frameSentence, m frames.Match, src *entity) *entity {
	h := m.Target
	if h < 0 || !evaluativeRule(m.Rule) {
		return nil
	}
	t := fs.toks[h]
	switch {
	case t.UPOS == "PROPN":
	case t.UPOS == "PRON" && thirdPersonal[strings.ToLower(t.Form)]:
	case t.UPOS == "NOUN":
		p := fs.possessorOfThing(d, h)
		if p < 0 || !thirdPossessive[strings.ToLower(fs.toks[p].Form)] || personHead(strings.ToLower(lemmaOf(t))) {
			return nil // "their son" names a person, no act
		}
		h = p
	default:
		return nil
	}
	var not *entity
	if strings.HasPrefix(m.Rule, "frames:judgement-call:") || strings.HasPrefix(m.Rule, "frames:judgement-as:") || st.InQuote[fs.at[h]] {
		not = src
	}
	if not != nil {
		d.PronExcludeAll = []*entity{not} // also past the speaker of the sentence's own claim (coref)
	}
	a, _ := d.frameActor(st, fs, h, m.Cue, not)
	d.PronExcludeAll = nil
	if a == nil || !docpkg.ActorKind(a) {
		return nil
	}
	return a.Final()
}

// thirdPersonal and thirdPossessive are the personal pronouns and possessive determiners of the
// third person that refer to persons or groups (Quirk et al. 1985, 6.18, 6.29; "it" and "its"
// are left out: they refer to things as often as to bodies).
var (
	thirdPersonal   = map[string]bool{"he": true, "him": true, "she": true, "her": true, "they": true, "them": true}
	thirdPossessive = map[string]bool{"his": true, "her": true, "their": true}
)

// evaluativeRule reports a judgement made by an evaluative word's place in its clause
// (judgement-copula, -call, -as), the constructions judgedActor reads; the frames of blame, of no
// place and of justifying say what they judge by their own words.
func evaluativeRule(rule string) bool {
	for _, p := range []string{"frames:judgement-copula:", "frames:judgement-call:", "frames:judgement-as:"} {
		if strings.HasPrefix(rule, p) {
			return true
		}
	}
	return false
}

// unassertedJudgement reports an evaluative judgement (evaluativeRule) that its speaker does not
// assert: the judged clause is a question (a "?" inside it: "Is he really so stupid?"), is
// hedged by an epistemic modal (modality.txt hedge, Hyland 1998: "the plan could be a
// disaster"), has a clause of condition of its own, or stands, with the verb that reports it,
// inside one (modality.txt condition: "he would have been a hero if …", "even if voters see him
// as weak"). A question asks and a hedged or
// conditional predication leaves the evaluation open (Quirk et al. 1985, 11.3 on questions,
// 15.33–15.35 on open and hypothetical conditions), so no stance is reported (the gold
// convention of the real-news audits: questions, hedges and hypotheticals are no events).
func (d *doc) unassertedJudgement(fs *frameSentence, m frames.Match) bool {
	if !evaluativeRule(m.Rule) {
		return false
	}
	if d.unsaidJudgement(fs, m) {
		return true // "never called him a liar", "refused to call it a disaster" (relation_evalnegated.go)
	}
	fr := d.x.frames
	jc := m.Outer
	if strings.HasPrefix(m.Rule, "frames:judgement-copula:") || jc < 0 {
		jc = m.Cue // the predicative and the copula clause it heads
		for i := 0; i < 3 && jc >= 0 && !hasChild(fs.toks, jc, "cop") && fs.toks[jc].Head >= 0; i++ {
			if r := fs.toks[jc].DepRel; r != "amod" && r != "conj" && r != "compound" {
				break
			}
			jc = fs.toks[jc].Head // "a nasty and divisive candidate": the noun the copula is on
		}
	}
	for k := m.Cue + 1; k < len(fs.toks); k++ {
		if f := fs.toks[k].Form; f == "." || f == "!" || f == "?" {
			if f == "?" {
				return true // the clause ends in a question mark (Quirk et al. 1985, 11.3)
			}
			break
		}
	}
	for _, k := range fs.kids[jc] {
		if fs.toks[k].DepRel == "aux" && fr.InClass("hedge", strings.ToLower(lemmaOf(fs.toks[k]))) {
			return true
		}
	}
	condition := func(c int) bool {
		for _, k := range fs.kids[c] {
			if fs.toks[k].DepRel == "mark" && fr.InClass("condition", strings.ToLower(fs.toks[k].Form)) {
				return true
			}
		}
		return false
	}
	for _, k := range fs.kids[jc] {
		if strings.HasPrefix(fs.toks[k].DepRel, "advcl") && condition(k) {
			return true // "he would have been a great leader if …": the judgement's own protasis
		}
	}
	for c, depth := jc, 0; c >= 0 && depth < 8; c, depth = fs.toks[c].Head, depth+1 {
		if strings.HasPrefix(fs.toks[c].DepRel, "advcl") && condition(c) {
			return true
		}
	}
	return false
}

// kinNouns are the kinship nouns of Quirk et al. 1985 §17.70 (data/wordclasses/kinnouns.txt).
var kinNouns = lexicon.WordClass("kinnouns")

// personHead reports a noun that names a person, not an act: a noun of WordNet 3.0 noun.person
// (actors.PersonNoun, data/wordclasses/personnouns.txt) or a kinship noun ("their son").
func personHead(lemma string) bool {
	return actors.PersonNoun(lemma) || kinNouns.Has(lemma)
}
