package loader

// Stances the frames stage does not express (issue 13): judgements ("called the plan reckless",
// evaluations.txt). The frames package has no frame for an evaluative adjective, so this rule is
// kept as a surface rule over the loader's tokens. Mandative clauses, hopes and sponsors are
// frames now (frames mandative.go, hope.go, sponsor.go; loader relation_frames_hope.go).

import (
	"github.com/claimgraph/claimgraph/graph"
)

// evalSkip are words between an evaluated phrase and the evaluative word: intensifiers, articles.
var evalSkip = map[string]bool{"too": true, "so": true, "very": true, "deeply": true, "wholly": true, "entirely": true,
	"completely": true, "totally": true, "utterly": true, "highly": true, "simply": true, "a": true, "an": true,
	"clearly": true, "grossly": true, "hugely": true, "absolutely": true, "quite": true, "long": true}

// evaluations finds stances stated as judgements (rules evaluation:call, evaluation:said): "X
// called the threat of sanctions “regrettable”", "X described the plan as reckless", "X said the
// union's demand was unrealistic", "“The offer is an insult,” X said". The evaluative word's
// polarity (evaluations.txt) makes the relation OPPOSES or SUPPORTS; "not" turns a positive word
// into OPPOSES and voids a negative one. The judged phrase must be an actor or name an act or
// position (a policy word, a cue noun, or a head listed in evaluations.txt).
func (d *doc) evaluations(st *sent) {
	toks := st.toks
	for k := 1; k < len(toks); k++ {
		pol := d.lx.evaluation[toks[k].lower]
		if pol == 0 || st.ment[k] >= 0 || toks[k].cap {
			continue
		}
		a := k
		neg := false
		for a > 0 && (toks[a-1].kind == tkQuote || evalSkip[toks[a-1].lower] || d.lx.negations[toks[a-1].lower]) {
			neg = neg || d.lx.negations[toks[a-1].lower]
			a--
		}
		// coordinated judgements: "described the move as “hasty and unjustified”"
		if !neg && a > 2 && (toks[a-1].lower == "and" || toks[a-1].lower == "but") && toks[a-2].kind == tkWord && !toks[a-2].cap && st.ment[a-2] < 0 && !auxWords.Has(toks[a-2].lower) {
			// "ambitious but realistic": the judgement after "but" is the one that stands
			a -= 2
			for a > 0 && (toks[a-1].kind == tkQuote || evalSkip[toks[a-1].lower]) {
				a--
			}
		}
		if a > 1 && (toks[a-1].lower == "an" || toks[a-1].lower == "a") {
			a--
		}
		if neg {
			if pol < 0 {
				continue
			}
			pol = -1
		}
		if a < 2 {
			continue
		}
		var src *entity
		var ys, ye, cueTok int
		rule, how := "", ""
		switch {
		case d.lx.beForms[toks[a-1].lower] || toks[a-1].lower == "'s" && a > 1 && st.ment[a-2] < 0:
			// "Y was ADJ" under a speech verb or inside a quotation
			ye = a - 1
			for ye > 0 && (auxWords.Has(toks[ye-1].lower) && !d.lx.beForms[toks[ye-1].lower] || d.lx.beForms[toks[ye-1].lower]) {
				ye--
			}
			ys = d.evalPhraseStart(st, ye)
			if ys >= ye {
				continue
			}
			g := ys - 1
			if g >= 0 && toks[g].lower == "that" {
				g--
			}
			if g >= 0 {
				if le, ok := d.speechAt(st, g); ok && le.form != "ing" && !st.inQuote[g] {
					e, _, h := d.subjectOf(st, g)
					src, cueTok, rule, how = e, g, "evaluation:said", h
				}
			}
			if src == nil && st.inQuote[ys] && (ys == 0 || toks[ys-1].kind == tkQuote || isOpenQuote(toks[ys-1])) {
				if q := d.quoteAt(st.idx, ys); q != nil && q.speaker != nil {
					src, cueTok, rule = q.speaker.final(), k, "evaluation:quote"
				}
			}
		case toks[a-1].lower == "as" && a > 2:
			// "described the plan as reckless"
			ye = a - 1
			ys = d.evalPhraseStart(st, ye)
			if ys < 1 || ys >= ye || !describeVerb[toks[ys-1].lower] {
				continue
			}
			e, _, h := d.subjectOf(st, ys-1)
			src, cueTok, rule, how = e, ys-1, "evaluation:call", h
		default:
			// "called Y ADJ"
			ye = a
			ys = d.evalPhraseStart(st, ye)
			if ys < 1 || ys >= ye {
				continue
			}
			v := toks[ys-1].lower
			if v != "called" && v != "calls" && v != "call" && v != "calling" && v != "branded" && v != "labelled" && v != "labeled" && v != "deemed" && v != "considers" && v != "considered" {
				continue
			}
			if v == "calling" {
				if e, _ := d.coordinatedVerbSubject(st, ys-1); e != nil {
					src, how = e, "coordination"
				}
			} else {
				src, _, how = d.subjectOf(st, ys-1)
			}
			cueTok, rule = ys-1, "evaluation:call"
		}
		if src == nil {
			continue
		}
		tgt := d.evalTarget(st, ys, ye)
		if tgt == nil || tgt.final() == src.final() {
			continue
		}
		typ, cameo, plover := graph.Opposes, "11", "DISAPPROVE"
		if pol > 0 {
			typ, cameo, plover = graph.Supports, "051", "SUPPORT"
		}
		if how != "" && how != "subject" {
			rule += "+" + how
		}
		ct := toks[cueTok]
		kt := toks[k]
		d.rels = append(d.rels, &relCand{typ: typ, src: src.final(), tgt: tgt.final(), sent: st.idx, cue: d.text(ct.start, kt.end),
			cueStart: ct.start, cueEnd: kt.end, rule: rule, score: 0.7, cameo: cameo, plover: plover})
	}
}

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
		if t.lower == "'s" && s < e {
			s-- // a possessive: "the union's demand"
			continue
		}
		if t.kind != tkWord && t.kind != tkNum || t.lower == "that" || targetStop.Has(t.lower) || d.lx.speech[t.lower].kind != 0 || t.lower == "called" || t.lower == "calling" || describeVerb[t.lower] || d.lx.beForms[t.lower] || auxWords.Has(t.lower) && t.lower != "'s" {
			break
		}
		if d.lx.cues.next[t.lower] != nil && !determiners.Has(t.lower) && s-2 >= 0 && (st.ment[s-2] >= 0 || isPronoun(toks[s-2]) || auxWords.Has(toks[s-2].lower) && toks[s-2].lower != "'s" || toks[s-2].lower == "and" || toks[s-2].text == ",") {
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
	for b < e && leadingDrop.Has(toks[b].lower) {
		b++
	}
	if b >= e {
		return nil
	}
	if m := d.mentionAt(st, b); m != nil && m.ts == b && m.te == e && actorKind(m.ent) {
		return m.ent.final()
	}
	if e-b == 1 && pronounClass(toks[b].lower) != "" {
		return nil
	}
	head := e - 1
	for k := b; k < e; k++ {
		if toks[k].lower == "of" || toks[k].lower == "for" || toks[k].lower == "on" || toks[k].lower == "to" {
			head = k - 1 // "the threat of sanctions": the head is before the preposition
			break
		}
	}
	if head < b {
		return nil
	}
	hw := toks[head].lower
	if !(d.lx.policyHead[hw] || d.lx.evaluable[hw] || d.lx.cues.next[hw] != nil && d.nounCue(hw)) {
		return nil
	}
	if m := d.mentionAt(st, b); m != nil && m.ts == b && m.te == e && m.ent.final().kind == graph.Policy {
		return m.ent.final()
	}
	return d.policyTarget(st, b, e, "")
}
