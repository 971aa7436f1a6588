package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// The actor a frame argument names (moved from relation_frames.go, which had passed 1,000 lines:
// frameActor and frameActorAt, unchanged).

// frameActor maps the argument headed by syntax token h onto an actor: the actor mention holding
// the head word, else a pronoun or definite description resolved by coreference (first person
// through the quotation's or the turn's speaker), else the first actor mention inside the
// argument's phrase ("officials of the ministry"), never within the clause of the match's own
// predicate cue nor, for a thing's head noun, within its possessor ("China's practices"). how is
// "coref" when coreference chose it.
func (d *doc) frameActor(st *sent, fs *frameSentence, h, cue int, not *entity) (*entity, string) {
	// UD gives a clause one subject: two subjects of one verb are one phrase the parser split
	// ("Greenfield Party MP Tessa Korr", "Human rights organization Amnesty International"). An
	// English noun phrase ends in its head, so the part nearest the verb is tried first, then
	// the argument itself, then the other parts
	cands := []int{h}
	if r := fs.toks[h].DepRel; r == "nsubj" || r == "nsubj:pass" {
		if g := fs.toks[h].Head; g >= 0 {
			var before, after []int
			for _, k := range fs.kids[g] {
				if k != h && fs.toks[k].DepRel == r {
					if k > h && k < g {
						before = append(before, k)
					} else {
						after = append(after, k)
					}
				}
			}
			for i, j := 0, len(before)-1; i < j; i, j = i+1, j-1 {
				before[i], before[j] = before[j], before[i]
			}
			cands = append(append(before, h), after...)
		}
	}
	for _, k := range cands {
		if e, how := d.frameActorAt(st, fs, k, cue, not); e != nil {
			return e, how
		}
	}
	return nil, ""
}

// frameActorAt is frameActor for the phrase headed by h alone. A pronoun is not resolved to not
// (the clause's object).
func (d *doc) frameActorAt(st *sent, fs *frameSentence, h, cue int, not *entity) (*entity, string) {
	// an apposition names the same referent ("Sudan's ambassador to the UN, Osman Abdelrahim,"):
	// a name in apposition is the actor, before the description it follows; so is a named
	// organization or group after a descriptive agent noun phrase, which the actors stage makes a
	// weak entity of its own ("Colombia's largest rebel group, the ELN,": Quirk et al. 1985,
	// 17.65, the appositives are coreferent, and the name identifies)
	var desc *entity
	if m := actors.MentionAt(d.Doc, st, fs.at[h]); m != nil {
		desc = m.Ent.Final()
	}
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel == "appos" && k > h {
			if m := actors.MentionAt(d.Doc, st, fs.at[k]); m != nil && docpkg.ActorKind(m.Ent) && (m.Ent.Final().Kind == graph.Person || desc != nil && desc.Weak && !m.Ent.Final().Weak && m.Ent.Final() != desc) {
				return m.Ent.Final(), ""
			}
		}
	}
	if p := d.titleOfAppositive(st, fs, h); p != nil {
		return p, ""
	}
	if p := d.flatPersonHead(st, fs, h); p != nil {
		return p, ""
	}
	lh := fs.at[h]
	t := st.Toks[lh]
	if lh < docpkg.BodyStart(st) {
		// a turn's label ("Q: Reuters: Australia says it will send …") names who speaks or asks
		// and the questioner's outlet: no part of the clause, so never its actor, whatever the
		// parser hangs on it
		return nil, ""
	}
	if fs.toks[h].UPOS == "NOUN" && actors.MentionAt(d.Doc, st, lh) == nil {
		if e := d.appositionAnchor(st, fs, h); e != nil {
			return e, "" // "The X Bar Association, the country's main lawyers' body, rejected" (relation_apposition.go)
		}
		// "The main Hutu rebel group, Forces for Defence of Democracy (FDD), insisted": a
		// description that names no actor, with an actor's name in apposition, is that actor
		// (an appositive is coreferent with its anchor, Quirk et al. 1985, 17.65)
		for _, k := range fs.kids[h] {
			if fs.toks[k].DepRel == "appos" && k > h {
				if m := actors.MentionAt(d.Doc, st, fs.at[k]); m != nil && docpkg.ActorKind(m.Ent) {
					return m.Ent.Final(), ""
				}
			}
		}
	}
	if c := demonymCountry(d.Lx, fs, h, cue); c != nil && (actors.MentionAt(d.Doc, st, lh) == nil || mentionHolds(actors.MentionAt(d.Doc, st, lh), fs.at[cue])) {
		// "Kenyan demands for compensation", "the Chinese rejection of the plan": a national
		// adjective on an event noun names the noun's agent (frames noun-national), the state.
		// So it does when the actors stage took the adjective and the cue noun for a group
		// ("Despite French opposition, …", "opposition" a group word): the matcher read the
		// noun as the event of opposing, whose agent its national modifier names (the
		// subjective relation of a deverbal noun, Quirk et al. 1985, ch. 17: "French
		// opposition" ≈ France opposes; issue 13's noun-national frame), and a mention holding
		// the cue word itself names no actor of it (as frameTarget reads targets)
		return actors.CountryEntity(d.Doc, c), ""
	}
	if text.IsPronoun(t) && d.pairPronoun(st, lh) {
		return nil, "" // "They …" right after the meeting's pair: both, which no one actor is (readoutPartiesSubject)
	}
	if text.IsPronoun(t) && d.measureAntecedent(st, fs, h) {
		return nil, "" // "They disrupt supply chains" after "The export controls … target …"
	}
	if m := actors.MentionAt(d.Doc, st, lh); m != nil && docpkg.ActorKind(m.Ent) && !(text.IsPronoun(t) && m.Ent.Final() == not) {
		if strings.HasPrefix(m.Rule, "coref") {
			return m.Ent.Final(), "coref"
		}
		return m.Ent.Final(), ""
	}
	if e := speakers.RestrictedWe(d.Doc, st.Idx, lh); e != nil && e != not {
		return e, "" // "we in this committee": the body the pronoun's own phrase names (speaker_we.go)
	}
	if e, ok := d.relativeSubjectNearer(st, fs, h); ok && text.IsPronoun(t) {
		if e != nil && e != not {
			return e, "coref" // "Peru must free the activists it detained": Peru (relation_relativesubject.go)
		}
		return nil, "" // "… release the citizens it has detained": the regime, no actor
	}
	if e, ok := d.documentSubjectIt(st, lh); ok {
		return e, "coref" // "The statement urged … . It called on …" (relation_docsource.go)
	}
	if e := d.reportingSubjectWe(st, fs, h); e != nil && e != not {
		return e, "coref" // "The Government of X … announces that we have offered …" (relation_roleplural.go)
	}
	if e := d.reportingSubjectPronoun(st, fs, h, cue); e != nil && e != not {
		return e, "coref" // "the rebels said they would shell …": the reporter (relation_reportedpronoun.go)
	}
	if text.IsPronoun(t) {
		d.PronExclude = not
		e := coref.ResolvePronoun(d.Doc, st.Idx, lh, t.Lower)
		d.PronExclude = nil
		if e != nil && docpkg.ActorKind(e) && e.Final() != not {
			return e.Final(), speakers.TurnHow(d.Doc, st, lh)
		}
		return nil, ""
	}
	if lh > 0 { // "the ministry", "the rights group" (resolveDefinite reads the determiner)
		if e := coref.ResolveDefinite(d.Doc, st.Idx, lh); e != nil && docpkg.ActorKind(e) {
			return e.Final(), speakers.DefiniteHow(d.Doc, st, lh)
		}
	}
	if e := surface.PossessedCountry(d.Doc, st, lh); e != nil {
		return e.Final(), speakers.TurnHow(d.Doc, st, lh-1) // "his country", "our government": the possessor's country
	}
	lo, hi := fs.span(h)
	if cue > h && cue < hi {
		// "a resolution demanding an immediate ceasefire around El Fasher": the cue hangs on the
		// source's noun (a participle or an attached verb); what follows it is the act's, not
		// the source's name, so a source never holds its own predicate
		hi = cue
	}
	start, end := fs.toks[lo].Start, fs.toks[hi-1].End
	pStart, pEnd := -1, -1
	if e := d.frameDocumentAuthor(st, fs, h); e != nil {
		return e, "coref" // "The EU's statement urged …": the document's author (relation_docsource.go)
	}
	if p := fs.possessorOfThing(d, h); p >= 0 {
		// "China's unfair trade practices are threatening American businesses", "China's use of
		// export credits undermines …": a possessor of a practice, policy or measure does not
		// act through the verb — the thing does, and a measure or policy is no source of a
		// stance (as for pronouns, measureAntecedent); an agent noun, title, group or body as
		// head ("China's envoy", "the ministry's spokesman") is an actor's and stays
		plo, phi := fs.span(p)
		pStart, pEnd = fs.toks[plo].Start, fs.toks[phi-1].End
	}
	if fs.toks[h].UPOS == "NOUN" && actors.MentionAt(d.Doc, st, lh) == nil {
		if e := d.commaAppositive(st, start, fs.toks[fs.subtreeEnd(h)].End); e != nil {
			return e, ""
		}
	}
	clauses := append(fs.modifierClauses(h), fs.nominalArguments(h)...)
	for _, mi := range d.BySent[st.Idx] {
		m := d.Mentions[mi]
		if pStart >= 0 && st.Toks[m.Ts].Start >= pStart && st.Toks[m.Te-1].End <= pEnd || fs.rivalPossessor(st, m) || inSpans(clauses, st.Toks[m.Ts].Start) {
			continue
		}
		if st.Toks[m.Ts].Start >= start && st.Toks[m.Te-1].End <= end && docpkg.ActorKind(m.Ent) {
			// a possessor is the determiner of the larger noun phrase that holds it: an actor
			// named by that phrase is the argument's ("Ukraine's opposition party": the
			// opposition, not Ukraine; Quirk et al. 1985, 5.115–5.118)
			m = d.possessedActor(st, m, end)
			if strings.HasPrefix(m.Rule, "coref") {
				return m.Ent.Final(), "coref"
			}
			return m.Ent.Final(), ""
		}
	}
	return nil, ""
}
