package loader

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/stance"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// The learned stance layer (session 33, package stance): after the rule relations, each sentence
// naming an actor is parsed, its (holder, predicate) candidates scored by the embedded stance
// model, and a candidate above the model's threshold gives a relation when the rules made no
// stance of that holder in that sentence. Evidence.rule is the model's name, the class and the
// three features that raised it most (stance.Model.Rule). Off unless WithLearnedStances.

// StanceCandidate is one candidate as the training tap sees it (tools/trainstance): the sentence,
// the holder's names, the predicate and the features. Offsets are code points into the cleaned
// article text.
type StanceCandidate struct {
	SentStart, SentEnd int
	Sentence           string
	HolderNames        []string // the holder actor's canonical name and aliases
	HolderText         string   // the words of the holder in the sentence ("" for a quote's speaker)
	HolderForm         string
	Pred               string // the predicate word as written
	PredStart          int
	Feats              []string
	RuleTypes          []string // the types of the rule layer's stances from this holder in this sentence
}

// WithLearnedStances turns the learned stance layer on (on) or off; off by default.
func WithLearnedStances(on bool) PipelineOption {
	return func(p *Pipeline) {
		p.ex.learned = on
		if on && p.ex.stanceModel == nil {
			p.ex.stanceModel, p.err = stance.Default()
		}
	}
}

// WithStanceVeto makes the learned layer also drop a rule relation whose (holder, cue) candidate
// the model scores below margin for the relation's type over NONE (margin < 0; see
// tools/trainstance's "cv veto" lines). Needs WithLearnedStances; off by default.
func WithStanceVeto(margin float64) PipelineOption {
	return func(p *Pipeline) { p.ex.stanceVeto = margin }
}

// WithStanceTap makes every article's stance candidates go to f (training; the layer's
// relations are still made only WithLearnedStances). f is called from the extracting goroutine.
func WithStanceTap(f func(StanceCandidate)) PipelineOption {
	return func(p *Pipeline) { p.ex.stanceTap = f }
}

// noteCues records the frames matches of a sentence by cue token (the stance features' cue).
func (d *doc) noteCues(st *sent, ms []frames.Match) {
	if !d.x.learned && d.x.stanceTap == nil {
		return
	}
	if d.stanceCues == nil {
		d.stanceCues = map[int]map[int]string{}
	}
	m := map[int]string{}
	for _, x := range ms {
		f, _, _ := strings.Cut(strings.TrimPrefix(x.Rule, "frames:"), ":")
		m[x.Cue] = string(x.Type) + ":" + f
	}
	d.stanceCues[st.Idx] = m
}

// stanceLexicon is what the stance features ask of the lexicons.
func (x *Extractor) stanceLexicon() *stance.Lexicon {
	lx := x.lex
	return &stance.Lexicon{
		Speech: func(l string) bool {
			e, ok := lx.Speech[l]
			return ok && e.Kind == lexicon.EntrySpeechVerb
		},
		Negation: func(w string) bool { return lx.Negations[w] },
		Hedge:    func(w string) bool { return len(lx.Hedges.Lookup([]string{w})) > 0 },
		Polarity: func(w string) int { return lx.Evaluation[w] },
		WordNet:  stance.WordNetClass,
	}
}

// learnedStances runs the layer over every sentence (after the rule relations).
func (d *doc) learnedStances() {
	if !d.x.learned && d.x.stanceTap == nil {
		return
	}
	if d.x.learned && d.x.stanceModel == nil {
		return
	}
	lx := d.x.stanceLexicon()
	ruled := map[int]map[*entity][]string{}
	for _, r := range d.StanceRels() {
		if r.Src != nil && r.Typ != graph.Claims && r.Typ != graph.Cites {
			if ruled[r.Sent] == nil {
				ruled[r.Sent] = map[*entity][]string{}
			}
			ruled[r.Sent][r.Src.Final()] = append(ruled[r.Sent][r.Src.Final()], string(r.Typ))
		}
	}
	// the rules' relations with a source, by sentence, so that each sentence reads its own rather
	// than every relation of the article (the layer's own, appended below, are never read here)
	sentRels := map[int][]*relCand{}
	for _, r := range d.Rels {
		if r.Src != nil {
			sentRels[r.Sent] = append(sentRels[r.Sent], r)
		}
	}
	for _, st := range d.Sents {
		d.CheckStop()
		if st.Headline || speakersFurniture(d, st) || !d.stanceSentenceHolds(st) {
			continue
		}
		if d.x.stanceTap == nil && !d.worthParsing(st) {
			continue // speed: see worthParsing
		}
		fs, _ := d.parseSentenceFor(st, true)
		if fs == nil {
			continue
		}
		s, ents, texts := d.stanceSentence(st, fs)
		if len(s.Holders) == 0 {
			continue
		}
		for i, e := range ents {
			for _, r := range sentRels[st.Idx] {
				if r.Src.Final() == e {
					for p := range fs.toks {
						if fs.toks[p].Start == r.CueStart {
							s.Rules[[2]int{i, p}] = string(r.Typ)
						}
					}
				}
			}
		}
		cands := stance.Candidates(s, lx)
		if d.x.stanceTap != nil {
			for _, c := range cands {
				e := ents[c.Holder]
				t := fs.toks[c.Pred]
				d.x.stanceTap(StanceCandidate{SentStart: st.S.Start, SentEnd: st.S.Start + len([]rune(st.S.Text)), Sentence: st.S.Text,
					HolderNames: append([]string{e.Name}, e.Aliases...), HolderText: texts[c.Holder], HolderForm: s.Holders[c.Holder].Form,
					Pred: t.Form, PredStart: t.Start, Feats: c.Feats, RuleTypes: ruled[st.Idx][e]})
			}
		}
		if !d.x.learned {
			continue
		}
		if d.journalistTurn(st) {
			// a journalist's or moderator's question turn asserts no act of anyone
			// (relation_question.go); the rules read its reported speech acts themselves, and the
			// model, trained on news prose, has seen no such turns (trial33 T10: its three lines
			// on the corpus were all in questions)
			continue
		}
		if d.x.stanceVeto < 0 {
			d.vetoRules(st, fs, ents, cands)
		}
		made := map[[2]any]bool{}
		for _, dec := range d.x.stanceModel.Decide(cands) {
			c := cands[dec.Cand]
			src := ents[c.Holder]
			if len(ruled[st.Idx][src]) > 0 || made[[2]any{src, dec.Class}] {
				continue
			}
			tgt := d.stanceTarget(st, fs, s, c)
			if tgt == nil || tgt.Final() == src {
				continue
			}
			made[[2]any{src, dec.Class}] = true
			t := fs.toks[c.Pred]
			neg, hedged := false, false
			for _, f := range c.Feats {
				neg = neg || f == "neg"
				hedged = hedged || f == "hedge" || strings.HasPrefix(f, "aux=") && (f == "aux=may" || f == "aux=might" || f == "aux=could")
			}
			if neg {
				continue // a negated stance is no event (gold33.md); the model rarely says so
			}
			if fs.scopedAway(c.Pred, s.Holders[c.Holder].Tok) {
				continue
			}
			d.Rels = append(d.Rels, &relCand{Typ: graph.RelType(dec.Class), Src: src, Tgt: tgt.Final(), Sent: st.Idx,
				Cue: d.Text(t.Start, t.End), CueStart: t.Start, CueEnd: t.End, Rule: d.x.stanceModel.Rule(dec),
				Score: 0.5, Hedged: hedged, SayStart: t.Start})
		}
	}
}

// vetoRules drops the relations stage's stances of st whose holder and cue make a candidate the
// model scores below the veto margin for the relation's type (the best such candidate counts).
func (d *doc) vetoRules(st *sent, fs *frameSentence, ents []*entity, cands []stance.Candidate) {
	kept := d.Rels[:0]
	for _, r := range d.Rels {
		if !d.vetoed(st, fs, ents, cands, r) {
			kept = append(kept, r)
		}
	}
	d.Rels = kept
}

// vetoed reports a stance of the relations stage in st that the model scores below the veto.
func (d *doc) vetoed(st *sent, fs *frameSentence, ents []*entity, cands []stance.Candidate, r *relCand) bool {
	if r.Sent != st.Idx || r.Src == nil || strings.HasPrefix(r.Rule, "stance-model/") {
		return false
	}
	cl := slices.Index(stance.Classes, string(r.Typ))
	if cl <= 0 {
		return false
	}
	best, seen := 0.0, false
	for _, c := range cands {
		if ents[c.Holder] != r.Src.Final() || fs.toks[c.Pred].Start != r.CueStart {
			continue
		}
		sc := d.x.stanceModel.Score(c.Feats)
		if m := sc[cl] - sc[0]; !seen || m > best {
			best, seen = m, true
		}
	}
	return seen && best < d.x.stanceVeto
}

// speakersFurniture reports a sentence the relations stage skips (a question, furniture).
func speakersFurniture(d *doc, st *sent) bool {
	return text.IsQuestion(st.Toks) || speakers.Furniture(d.Doc, st)
}

// stanceSentenceHolds reports a sentence with an actor mention, a personal pronoun or a quotation: only
// these can hold a candidate, and only these are parsed for the layer (speed).
func (d *doc) stanceSentenceHolds(st *sent) bool {
	for i, t := range st.Toks {
		if m := actors.MentionAt(d.Doc, st, i); m != nil && docpkg.ActorKind(m.Ent) || text.IsPronoun(t) {
			return true
		}
	}
	for _, q := range d.Quotes {
		if q.Speaker != nil && q.S0 <= st.Idx && st.Idx <= q.S1 {
			return true
		}
	}
	return false
}

// worthParsing reports a sentence the layer parses at load time: one the rules already parsed, one
// inside a quotation, or one holding a verb of saying or an evaluative word (speech.txt,
// evaluations.txt), where the stances the rules miss mostly are (evaluation in speech); parsing
// every sentence that names an actor cost about half again the extraction time (session 33).
func (d *doc) worthParsing(st *sent) bool {
	if st.Idx < len(d.parses) && d.parses[st.Idx].fs != nil {
		return true
	}
	for _, q := range d.Quotes {
		if q.Speaker != nil && q.S0 <= st.Idx && st.Idx <= q.S1 {
			return true
		}
	}
	for _, t := range st.Toks {
		if _, ok := d.Lx.Speech[t.Lower]; ok || d.Lx.Evaluation[t.Lower] != 0 {
			return true
		}
	}
	return false
}

// stanceSentence builds the stance stage's view of a parsed sentence: its holders (each phrase
// head the frames stage's actor mapping resolves to an actor, and the speaker of a quotation
// spanning the sentence), their entities and their words.
func (d *doc) stanceSentence(st *sent, fs *frameSentence) (*stance.Sentence, []*entity, []string) {
	s := &stance.Sentence{Toks: fs.toks, Kids: fs.kids, Cues: d.stanceCues[st.Idx], Rules: map[[2]int]string{},
		Question: text.IsQuestion(st.Toks)}
	var ents []*entity
	var texts []string
	for k, t := range fs.toks {
		if t.UPOS != "PROPN" && t.UPOS != "NOUN" && t.UPOS != "PRON" {
			continue
		}
		// the acting argument only: a subject, a "by" agent, a possessor ("X's criticism"); a
		// passive subject or another oblique is what is acted on (CV, session 33: those holders
		// were the targets of their predicates)
		switch t.DepRel {
		case "nsubj", "obl:agent", "nmod:poss":
		case "obl":
			if !fs.byAgent(k) {
				continue
			}
		default:
			continue
		}
		e, _ := d.frameActorAt(st, fs, k, -1, nil)
		if e == nil || !docpkg.ActorKind(e) {
			continue
		}
		lt := st.Toks[fs.at[k]]
		form := stance.FormDescription
		if text.IsPronoun(lt) {
			form = stance.FormPronoun
		} else if t.UPOS == "PROPN" || text.UpperFirstWord(lt.Text) && actors.MentionAt(d.Doc, st, fs.at[k]) != nil {
			form = stance.FormName
		}
		s.Holders = append(s.Holders, stance.Holder{Tok: k, Form: form, Kind: string(e.Final().Kind), InQuote: d.inOthersQuote(st, t.Start, e.Final())})
		ents = append(ents, e.Final())
		lo, hi := fs.span(k)
		texts = append(texts, d.Text(fs.toks[lo].Start, fs.toks[hi-1].End))
	}
	for _, q := range d.Quotes {
		if q.Speaker == nil || !docpkg.ActorKind(q.Speaker) {
			continue
		}
		start, end, ok := q.WordsIn(st)
		if !ok {
			continue
		}
		lo, hi := -1, -1
		for k, t := range fs.toks {
			if t.Start >= start && t.End <= end {
				if lo < 0 {
					lo = k
				}
				hi = k + 1
			}
		}
		if lo < 0 {
			continue
		}
		s.Holders = append(s.Holders, stance.Holder{Tok: -1, Lo: lo, Hi: hi, Form: stance.FormQuote, Kind: string(q.Speaker.Final().Kind)})
		ents = append(ents, q.Speaker.Final())
		texts = append(texts, "")
	}
	return s, ents, texts
}

// stanceTarget is what a chosen candidate is about: the predicate's object or judged subject
// through the frames stage's target mapping (frameTarget), else its clausal complement, else the
// predicate's own phrase without the holder.
func (d *doc) stanceTarget(st *sent, fs *frameSentence, s *stance.Sentence, c stance.Candidate) *entity {
	p := c.Pred
	m := frames.Match{Cue: p, Kind: strings.ToLower(fs.toks[p].UPOS), Source: s.Holders[c.Holder].Tok, Target: -1, Content: -1, Outer: -1}
	for _, k := range fs.kids[p] {
		switch fs.toks[k].DepRel {
		case "obj", "iobj":
			if m.Target < 0 {
				m.Target = k
			}
		case "ccomp", "xcomp":
			if m.Content < 0 {
				m.Content = k
			}
		case "nsubj", "nsubj:pass":
			if k != m.Source && m.Target < 0 && fs.hasCopula(p) {
				m.Target = k
			}
		case "obl", "nmod":
			if m.Target < 0 {
				for _, g := range fs.kids[k] {
					if l := strings.ToLower(fs.toks[g].Form); fs.toks[g].DepRel == "case" && (l == "against" || l == "of" || l == "for" || l == "on" || l == "to") {
						m.Target = k
					}
				}
			}
		}
	}
	if m.Target >= 0 && m.Content >= 0 {
		m.Content = -1
	}
	if m.Target >= 0 || m.Content >= 0 {
		if e := d.frameTarget(st, fs, m); e != nil {
			return e
		}
	}
	lo, hi := fs.span(p)
	if h := s.Holders[c.Holder].Tok; h >= lo && h < hi {
		if h < p {
			_, e := fs.span(h)
			lo = e
		} else {
			hi = h
		}
	}
	for lo < hi && fs.toks[lo].UPOS == "PUNCT" {
		lo++
	}
	for hi > lo && fs.toks[hi-1].UPOS == "PUNCT" {
		hi--
	}
	if lo >= hi {
		return nil
	}
	return surface.PolicyTarget(d.Doc, st, fs.at[lo], fs.at[hi-1]+1, "")
}

// byAgent reports an oblique introduced by "by" (a passive's agent when the parser gives obl).
func (fs *frameSentence) byAgent(k int) bool {
	for _, c := range fs.kids[k] {
		if fs.toks[c].DepRel == "case" && strings.EqualFold(fs.toks[c].Form, "by") {
			return true
		}
	}
	return false
}

// inOthersQuote reports a position (code points) inside a quotation of st whose resolved speaker
// is not e: the quoted words are the speaker's stance, not the subject's act.
func (d *doc) inOthersQuote(st *sent, pos int, e *entity) bool {
	for _, q := range d.Quotes {
		if q.Speaker == nil || q.Speaker.Final() == e {
			continue
		}
		start, end, ok := q.WordsIn(st)
		if !ok {
			continue
		}
		if pos >= start && pos < end {
			return true
		}
	}
	return false
}

// hasCopula reports a predicate with a copula among its dependents ("is a disaster").
func (fs *frameSentence) hasCopula(p int) bool {
	for _, k := range fs.kids[p] {
		if fs.toks[k].DepRel == "cop" {
			return true
		}
	}
	return false
}

// scopedAway reports a learned (holder, predicate) pair that the frames' scope rule
// (frames.ScopeOf) takes from its holder: the predicate at token p stands inside a belief,
// prediction, hope, if-clause, content or dated background whose scoping word does not have the
// holder (token h, -1 for a quotation's speaker) as its subject. "Analysts expect Roe to call the
// plan a disaster" is no stance of Roe's; "Roe said the plan would be a disaster" stays Roe's,
// since the scoping verb of saying is her own: what a holder states, believes or predicts about
// a target in her own words is her evaluation (the gold guide's evaluation construction).
func (fs *frameSentence) scopedAway(p, h int) bool {
	sc, k := fs.fr.ScopeOf(fs.toks, p, h)
	if sc == frames.Own {
		return false
	}
	if k < 0 || k >= len(fs.kids) {
		return true
	}
	for _, c := range fs.kids[k] {
		if !strings.HasPrefix(fs.toks[c].DepRel, "nsubj") {
			continue
		}
		if h >= 0 && c == h {
			return false
		}
		// a quotation's speaker (h < 0) says "I think", "we are confident": a first-person
		// subject of the scoping word, or a conjunct of it ("you and I"), is the speaker
		if h < 0 && (firstPerson(fs.toks[c].Form) || slices.ContainsFunc(fs.kids[c], func(j int) bool {
			return fs.toks[j].DepRel == "conj" && firstPerson(fs.toks[j].Form)
		})) {
			return false
		}
	}
	return true
}

// firstPerson reports the subject pronouns of the first person (Quirk et al. 1985, 6.4).
func firstPerson(w string) bool {
	w = strings.ToLower(w)
	return w == "i" || w == "we"
}
