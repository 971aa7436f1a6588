package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// judgementRelations makes the stance relations of the judgements in one parsed sentence (frames
// Judgements, over the polarity of data/lexicons/evaluations.txt): "Whitfield said the union's
// demand was unrealistic" → Whitfield OPPOSES the union's demand; "called the resolution long
// overdue" → SUPPORTS. They replace the surface rule evaluations (issue 13, frames15). The source
// is the frame's (frameActor), else, for a copula clause with no verb of saying, the speaker of
// the quotation that holds the judged phrase, else the speaker of the turn or statement the
// sentence is in (sentenceVoice; a judgement in the story's own voice has none). The target is what the judged phrase names as evalTarget reads
// it: an actor, or a noun phrase whose head is a policy word, a cue noun or an evaluable head
// (evaluations.txt); "the weather was terrible" judges no act or position.
func (d *doc) judgementRelations(st *sent, fs *frameSentence) {
	pol := func(w string) int { return d.Lx.Evaluation[w] }
	seen := map[[2]*entity]bool{} // one relation per source and target: "hasty and unjustified"
	for _, m := range d.x.frames.Judgements(fs.toks, pol) {
		lo, hi := fs.phrase(m.Target)
		j := m.Cue
		for fs.toks[j].DepRel == "conj" && fs.toks[j].Head >= 0 && fs.toks[j].Head < j {
			j = fs.toks[j].Head // "as “unilateral and unjustified”": the first conjunct's phrase
		}
		if cop := judgedCopula(fs, m, lo, hi); cop >= 0 {
			hi = cop // relation_evaluation.go
		} else if jlo, _ := fs.span(j); jlo > lo && jlo < hi {
			// the object's phrase ends before the complement the parser hung on it ("called the
			// threat of sanctions “regrettable”": frames hungComplement)
			hi = jlo
			for hi > lo+1 && fs.toks[hi-1].UPOS == "PUNCT" {
				hi-- // the complement's opening quotation mark, when the parser hung it outside
			}
		}
		if d.unassertedJudgement(fs, m) {
			continue // a question, a hedge or a condition (relation_judgedactor.go)
		}
		if a := fs.at[m.Cue]; st.Ment[a] >= 0 || st.Toks[a].Cap {
			continue // a name ("Fair Trade Commission"), not a judgement
		}
		var src *entity
		how := ""
		if m.Source >= 0 {
			src, how = d.frameActor(st, fs, m.Source, m.Cue, nil)
		} else if q := segment.QuoteAt(d.Doc, st.Idx, fs.at[lo]); q != nil && q.Speaker != nil && st.InQuote[fs.at[lo]] {
			src = q.Speaker
		} else if m.Outer < 0 && !st.InQuote[fs.at[lo]] {
			// a main-clause judgement in a speaker's own turn or statement ("These tariffs are
			// unjustified." after "SENATOR X:"): the words are the speaker's, so the judgement is
			// (the surface rule turnEvaluation before issue 13's frames17); a judgement
			// under "if" or a belief verb is no main clause and never reaches here (frames
			// judgementFrame), a question has no voice (sentenceVoice)
			if vs, rule := speakers.SentenceVoice(d.Doc, st.Idx); len(vs) == 1 && speakers.TurnRules[rule] {
				src, how = d.turnStateVoice(st, vs[0]), "turn" // relation_turnvoice.go
			}
		}
		if src == nil {
			continue
		}
		src = src.Final()
		tgt := d.judgedTarget(st, fs, m.Target, fs.at[lo], fs.at[hi-1]+1) // relation_evaluation.go
		if tgt == nil {
			tgt = d.judgedActor(st, fs, m, src) // "called him a liar", "her actions" (relation_judgedactor.go)
		}
		if tgt == nil && (strings.HasPrefix(m.Rule, "frames:judgement-noplace:") || strings.HasPrefix(m.Rule, "frames:possessed-support:")) && (fs.toks[m.Target].UPOS == "NOUN" || fs.toks[m.Target].UPOS == "PROPN") && !actorMentionAt(d, st, fs.at[m.Target]) {
			// "Intimidation of the media has no place in a democracy": what has or has no place
			// in a society is a practice or conduct (Cambridge Dictionary, "have no place"), so
			// the subject names the conduct condemned whatever its head (frames noplace.go)
			tgt = surface.PolicyTarget(d.Doc, st, fs.at[lo], fs.at[hi-1]+1, "")
		}
		if mt := actors.MentionAt(d.Doc, st, fs.at[m.Target]); tgt == nil && strings.HasPrefix(m.Rule, "frames:possessed-support:") && mt != nil && docpkg.ActorKind(mt.Ent) {
			tgt = mt.Ent // "Independent reporters in Belarus have our support": who is backed is an actor
		}
		if tgt == nil && strings.HasPrefix(m.Rule, "frames:judgement-unjustified:") && fs.toks[m.Target].UPOS == "NOUN" {
			// "nothing can justify the shelling of hospitals": what is justified is an action
			// (OED justify v.), so the object names the act judged whatever its head (frames
			// unjustified.go)
			tgt = surface.PolicyTarget(d.Doc, st, fs.at[lo], fs.at[hi-1]+1, "")
		}
		if tgt == nil && fs.toks[m.Target].UPOS == "NOUN" && (d.x.frames.InClass("falsity", strings.ToLower(fs.toks[m.Cue].Form)) || d.x.frames.InClass("grounds", strings.ToLower(lemmaOf(fs.toks[m.Cue])))) && d.x.frames.InClass("denied-claim", strings.ToLower(lemmaOf(fs.toks[m.Target]))) {
			// "said the allegations were untrue", "rubbished as untrue a report published in …":
			// a predicate of falsity denies the claim it is said of (frames modality.txt
			// falsity; CAMEO.2.0.txt DENY/DISMISS * ALLEGATION, * CHARGES), so the claim is
			// the target whoever made it (modality.txt denied-claim)
			tgt = surface.PolicyTarget(d.Doc, st, fs.at[lo], fs.at[hi-1]+1, "")
		}
		if tgt == nil || tgt.Final() == src || seen[[2]*entity{src, tgt.Final()}] {
			continue
		}
		if how == "turn" && speaksFor(d.x, src, tgt.Final()) {
			continue // a spokesman's judgement of his own state is its self-description, no stance
		}
		seen[[2]*entity{src, tgt.Final()}] = true
		score := 0.7
		if how != "" && how != "turn" {
			score -= 0.1 // the source came through coreference
		}
		rule := m.Rule
		if how == "turn" {
			rule += "+" + st.Unit.Rule
		}
		c := fs.toks[m.Cue]
		cs := c.Start
		if m.Outer >= 0 && fs.toks[m.Outer].Start < cs {
			cs = fs.toks[m.Outer].Start // the cue runs from the verb to the judgement, as before
		}
		d.Rels = append(d.Rels, &relCand{Typ: m.Type, Src: src, Tgt: tgt.Final(), Sent: st.Idx,
			Cue: d.Text(cs, c.End), CueStart: cs, CueEnd: c.End, Rule: rule, Score: score,
			Cameo: m.Code, Plover: m.Plover})
		// "“This decision is a grave error,” A said of X's NP": the topic (relation_quotetopic.go)
		if p, shape := d.quoteTopicParty(st, fs, m, src); p != nil && p != tgt.Final() && !seen[[2]*entity{src, p}] {
			seen[[2]*entity{src, p}] = true
			d.Rels = append(d.Rels, &relCand{Typ: m.Type, Src: src, Tgt: p, Sent: st.Idx,
				Cue: d.Text(cs, c.End), CueStart: cs, CueEnd: c.End, Rule: rule + "+quote-topic:" + shape, Score: score,
				Cameo: m.Code, Plover: m.Plover})
		}
	}
}

// judgementCandidate reports a sentence with an evaluative word (evaluations.txt), which
// cueCandidate lets through to the tagger, and which may have a source though it names none: a
// sentence inside a quotation with a speaker ("“The tariffs are unjustified,” …").
// justifyCandidate reports a sentence holding a verb or noun of justifying (frames modality.txt
// class justify: "nothing can justify", "no justification for"), which frames Judgements reads
// as a judgement with no evaluative word (frames unjustified.go).
func (d *doc) justifyCandidate(st *sent) bool {
	sc := d.cuesOf(st)
	for k, t := range st.Toks {
		if t.Kind == text.Word && sc[k].justify { // the form, or its VBZ, VBD or NNS lemma
			return true
		}
	}
	return false
}

func judgementCandidate(lx *lexicon.Lexicons, st *sent) bool {
	for i, t := range st.Toks {
		if t.Kind == text.Word && (lx.Evaluation[t.Lower] != 0 || lx.Evaluation[singularOf(t.Lower)] != 0) {
			return true // the word, or the singular of a regular plural ("cheaters": frames Judgements)
		}
		if t.Lower == "no" && i+1 < len(st.Toks) && st.Toks[i+1].Lower == "place" {
			return true // "X has no place in Y" (frames noplace.go): a judgement with no evaluative word
		}
		if t.Lower == "to" && i+1 < len(st.Toks) && st.Toks[i+1].Lower == "blame" {
			return true // "X was to blame for Y" (frames blame.go): the subject accused
		}
		if (t.Lower == "support" || t.Lower == "backing" || t.Lower == "solidarity") && i > 0 && (possessedBefore(st, i) || i+1 < len(st.Toks) && st.Toks[i+1].Lower == "of") {
			return true // "X has our support", "X has the support of Y" (frames noplace.go possessedSupport)
		}
	}
	return false
}

// actorMentionAt reports a mention of an actor at token k of st (a name of a person, body or
// state), which names an agent, not a conduct.
func actorMentionAt(d *doc, st *sent, k int) bool {
	m := actors.MentionAt(d.Doc, st, k)
	return m != nil && docpkg.ActorKind(m.Ent)
}

// possessedBefore reports a possessor before the noun at token i, with at most one adjective
// between ("our support", "Japan's full backing"): a possessive determiner (Quirk et al. 1985,
// 6.29: my, our, your, his, her, its, their) or a genitive "'s".
func possessedBefore(st *sent, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		switch w := st.Toks[j].Lower; {
		case w == "my", w == "our", w == "your", w == "his", w == "her", w == "its", w == "their",
			w == "'s", w == "’s", strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "’s"):
			return true
		}
	}
	return false
}

// groundlessCandidate reports a sentence with "without" before a noun of grounds within three
// words ("were without foundation", "without any basis"), which frames Judgements reads as the
// adjective baseless (frames groundless.go).
func (d *doc) groundlessCandidate(st *sent) bool {
	for i, t := range st.Toks {
		if t.Kind != text.Word || t.Lower != "without" {
			continue
		}
		for k := i + 1; k < len(st.Toks) && k <= i+3; k++ {
			if w := st.Toks[k].Lower; d.x.frames.InClass("grounds", w) || d.x.frames.InClass("grounds", strings.TrimSuffix(w, "s")) {
				return true
			}
		}
	}
	return false
}

// singularOf is the singular of a regular English plural noun (Huddleston & Pullum 2002, ch. 18:
// -ies after a consonant from -y, -es after a sibilant, else -s), or "" for a word without -s.
func singularOf(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return ""
}
