package loader

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// Binding of an object pronoun by its clause's subject, overt or understood.
//
// A personal pronoun object cannot refer to the subject of its own clause: coreference there
// takes the reflexive ("Bahrain accused itself", Quirk et al. 1985, 6.18 and 6.23 on reflexive
// pronouns; binding Principle B, Chomsky 1981). The subject of a supplementive -ing clause is
// the matrix clause's subject (Quirk et al. 1985, 15.60), and when that subject is coordinated
// every conjunct is it: in "Bahrain, Kuwait and Oman severed relations with Yemen, accusing it of
// …" none of the three is "it", whose antecedent is the nearest other singular actor (Yemen).

// subjectConjunctEntities returns the actors named by the source argument of m and by every
// conjunct coordinated with it (the whole coordinated subject, two conjuncts or more), when the
// target of m is a non-reflexive personal pronoun object of the cue itself; nil otherwise.
func (d *doc) subjectConjunctEntities(st *sent, fs *frameSentence, m frames.Match) []*entity {
	h, s := m.Target, m.Source
	if h < 0 || s < 0 || fs.toks[h].Head != m.Cue || fs.toks[h].DepRel != "obj" {
		return nil
	}
	if w := strings.ToLower(fs.toks[h].Form); strings.HasSuffix(w, "self") || strings.HasSuffix(w, "selves") {
		return nil
	}
	for fs.toks[s].DepRel == "conj" && fs.toks[s].Head >= 0 {
		s = fs.toks[s].Head // the first conjunct heads the coordination (UD)
	}
	heads := []int{s}
	for _, k := range fs.kids[s] {
		if fs.toks[k].DepRel == "conj" {
			heads = append(heads, k)
		}
	}
	if len(heads) < 2 {
		// a lone subject given the pronoun drops the relation (a source is never its own
		// target, frameRelations); re-resolving it would reach readings no rule here weighs
		// ("welcomed him warmly at the airport": a guest, CAMEO 043)
		return nil
	}
	var out []*entity
	for _, k := range heads {
		if mm := actors.MentionAt(d.Doc, st, fs.at[k]); mm != nil && docpkg.ActorKind(mm.Ent) {
			out = append(out, mm.Ent.Final())
		}
	}
	return out
}

// unboundPronoun re-resolves the pronoun object at token lh of m when coreference gave it one of
// the actors of the cue's (coordinated) subject, which it cannot refer to: the most salient other
// actor, or none (ok with a nil entity). ok is false when the rule does not apply. A pronoun
// coreference left unresolved is resolved by frameTarget under the same exclusion
// (boundResolve).
func (d *doc) unboundPronoun(st *sent, fs *frameSentence, m frames.Match, lh int) (*entity, bool) {
	t := st.Toks[lh]
	if !text.IsPronoun(t) {
		return nil, false
	}
	subj := d.subjectConjunctEntities(st, fs, m)
	if len(subj) == 0 {
		return nil, false
	}
	if mm := actors.MentionAt(d.Doc, st, lh); mm == nil || !docpkg.ActorKind(mm.Ent) || !slices.Contains(subj, mm.Ent.Final()) {
		return nil, false // a mention coreference gave some other actor stays
	}
	d.PronExcludeAll = subj
	e := coref.ResolvePronoun(d.Doc, st.Idx, lh, t.Lower)
	d.PronExcludeAll = nil
	if e == nil || !docpkg.ActorKind(e) {
		return nil, true
	}
	return e.Final(), true
}

// boundResolve resolves the pronoun object at token lh of m as resolvePronoun does, never to an
// actor of the cue's (coordinated) subject.
func (d *doc) boundResolve(st *sent, fs *frameSentence, m frames.Match, lh int) *entity {
	d.PronExcludeAll = d.subjectConjunctEntities(st, fs, m)
	e := coref.ResolvePronoun(d.Doc, st.Idx, lh, st.Toks[lh].Lower)
	d.PronExcludeAll = nil
	return e
}

// firstPersonSelf reports a non-reflexive personal pronoun object at token lh of m (a cue's
// own obj) that coreference gives (as a mention, or resolving it now) the referent of the cue's
// first-person subject, or a speaker whose own "we" is that referent (speakers.FirstPerson in the
// sentence's discourse unit: the ministry of the state its "we" names). Principle B (Quirk et al.
// 1985, 6.18 and 6.23; Huddleston & Pullum 2002, 17.3: an object coreferential with its clause's
// subject takes the reflexive) holds of the first person too: in a ministry's "We condemn it",
// "we" is the ministry speaking for its state, so "it" is not the ministry either. other is then
// the pronoun
// resolved with those excluded (the most salient other actor, ResolvePronoun), nil when none
// is; the caller seeks a thing named before when other is nil (issue 14, trial26).
func (d *doc) firstPersonSelf(st *sent, fs *frameSentence, m frames.Match, lh int) (other *entity, self bool) {
	h, s := m.Target, m.Source
	if h < 0 || s < 0 || fs.toks[h].Head != m.Cue || fs.toks[h].DepRel != "obj" || !text.IsPronoun(st.Toks[lh]) {
		return nil, false
	}
	w := st.Toks[lh].Lower
	if strings.HasSuffix(w, "self") || strings.HasSuffix(w, "selves") {
		return nil, false
	}
	sw := strings.ToLower(fs.toks[s].Form)
	if sw != "we" && sw != "i" {
		return nil, false
	}
	referent := func(k int, w string) *entity {
		if mm := actors.MentionAt(d.Doc, st, k); mm != nil {
			return mm.Ent
		}
		return coref.ResolvePronoun(d.Doc, st.Idx, k, w)
	}
	we := referent(fs.at[s], sw)
	if we == nil {
		return nil, false
	}
	we = we.Final()
	ours := func(e *entity) bool {
		if e == nil || !docpkg.ActorKind(e) {
			return false
		}
		own := speakers.FirstPerson(d.Doc, e, "we", st.Unit)
		return e.Final() == we || own != nil && own.Final() == we
	}
	it := referent(lh, w)
	if !ours(it) || it.Final() == we {
		// (the subject's own referent given the pronoun drops the relation, as for any lone
		// subject, subjectConjunctEntities: a source is never its own target)
		return nil, false
	}
	excl := []*entity{we, it.Final()}
	for range 3 { // each candidate excluded in turn: the state, its ministry, its minister
		d.PronExcludeAll = excl
		e := coref.ResolvePronoun(d.Doc, st.Idx, lh, w)
		d.PronExcludeAll = nil
		if e == nil || !docpkg.ActorKind(e) {
			return nil, true
		}
		if !ours(e) {
			return e.Final(), true
		}
		excl = append(excl, e.Final())
	}
	return nil, true
}
