package loader

// Stances the frames stage does not express (issue 13): judgements ("called the plan reckless",
// evaluations.txt), mandative clauses ("it is vital that X do", mandative.txt), hopes about
// another actor's act ("we hope India will engage", CAMEO 02 appeals) and the authors of a text
// ("the resolution, drafted by A and B"). The frames package has no frame for an evaluative
// adjective, an impersonal mandative or a sponsor participle, and treats a hope as the content of
// a belief, so these rules are kept as surface rules over the loader's tokens.

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

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

// sponsorVerbs are participles that name the authors of a text: "the resolution, drafted by A and
// B", "a bill sponsored by X", "the motion was tabled by Y".
var sponsorVerbs = map[string]bool{"drafted": true, "sponsored": true, "co-sponsored": true, "cosponsored": true,
	"tabled": true, "authored": true, "co-authored": true, "penned": true}

// sponsorship: the authors of a resolution, bill or motion support it (rule sponsor:by, CAMEO 051,
// PLOVER SUPPORT): "The resolution, drafted by Britain and Sierra Leone, was adopted" → Britain
// SUPPORTS the resolution, Sierra Leone SUPPORTS the resolution. The text is the noun phrase that
// the participle modifies (back to its determiner) or, in the passive, the clause's subject.
func (d *doc) sponsorship(st *sent) {
	toks := st.toks
	for k := 1; k+2 < len(toks); k++ {
		if !sponsorVerbs[toks[k].lower] || toks[k+1].lower != "by" {
			continue
		}
		// the agents: "by A", "by A and B", "by A, B and C"
		var agents []*entity
		for a := k + 2; a < len(toks); {
			if leadingDrop.Has(toks[a].lower) {
				a++
				continue
			}
			am := d.mentionAt(st, a)
			if am == nil || am.ts != a || !actorKind(am.ent) {
				break
			}
			agents = append(agents, am.ent.final())
			a = am.te
			if a < len(toks) && (toks[a].lower == "and" || toks[a].text == ",") && a+1 < len(toks) && d.mentionAt(st, a+1) != nil {
				a++
				continue
			}
			break
		}
		if len(agents) == 0 {
			continue
		}
		// the text: back over a comma, be-forms and adverbs to a noun phrase, opened by a determiner
		b := k - 1
		for b >= 0 && (toks[b].text == "," || d.lx.beForms[toks[b].lower] || auxWords.Has(toks[b].lower) || strings.HasSuffix(toks[b].lower, "ly") && !toks[b].cap) {
			b--
		}
		if b < 0 || toks[b].kind != tkWord || st.ment[b] >= 0 && actorKind(d.mentions[st.ment[b]].ent) {
			continue
		}
		s0 := -1
		for j := b; j >= 0 && j > b-6; j-- {
			if toks[j].kind != tkWord {
				break
			}
			if determiners.Has(toks[j].lower) {
				s0 = j
				break
			}
		}
		if s0 < 0 {
			continue
		}
		tgt := d.policyTarget(st, s0, b+1, "")
		if tgt == nil {
			continue
		}
		m := cueMatch{c: &cue{Lemma: toks[k].lower + " by", Type: graph.Supports, Cameo: "051", Plover: "SUPPORT"}, s: k, e: k + 2}
		for _, a := range agents {
			d.rels = append(d.rels, &relCand{typ: graph.Supports, src: a, tgt: tgt.final(), sent: st.idx, cue: d.spanText(st, k, k+2),
				cueStart: toks[k].start, cueEnd: toks[k+1].end, rule: "sponsor:by", score: 0.75, cameo: m.c.Cameo, plover: m.c.Plover})
		}
	}
}

// mandatives: "it is ADJ that X (should) VERB …" with a mandative adjective (mandative.txt) is a
// demand on X by whoever says it: the subject of a speech or belief verb governing the sentence
// ("Biden believes that it's important that China live up to its commitments"), the speaker of
// the quotation, or the voice of a transcript (rule mandative, CAMEO 10). The target is the verb
// phrase demanded ("living up to the commitments").
func (d *doc) mandatives(st *sent) {
	toks := st.toks
	for k := 3; k+2 < len(toks); k++ {
		if toks[k].lower != "that" && toks[k].lower != "for" || !d.lx.mandative[toks[k-1].lower] {
			continue
		}
		b := k - 2
		for b > 0 && (strings.HasSuffix(toks[b].lower, "ly") || toks[b].lower == "very" || toks[b].lower == "so") {
			b--
		}
		if !d.lx.beForms[toks[b].lower] && toks[b].lower != "'s" && toks[b].lower != "remains" {
			continue
		}
		it := b - 1
		for it > 0 && auxWords.Has(toks[it].lower) {
			it--
		}
		if it < 0 || toks[it].lower != "it" {
			continue
		}
		// the clause subject: an actor other than the speaker, then a base-form verb ("it is vital
		// that X do", "it is vital for X to do", "for the government to do")
		var subj *entity
		v := -1
		if sm := d.mentionAt(st, k+1); sm != nil && sm.ts == k+1 && actorKind(sm.ent) {
			subj, v = sm.ent.final(), sm.te
		} else if sm := d.mentionAt(st, k+2); toks[k].lower == "for" && toks[k+1].lower == "the" && sm != nil && sm.ts == k+2 && actorKind(sm.ent) {
			subj, v = sm.ent.final(), sm.te
		} else if k+3 < len(toks) && toks[k+1].lower == "the" {
			if e := d.resolveDefinite(st.idx, k+2); e != nil {
				subj, v = e, k+3
			}
		}
		if subj == nil {
			continue
		}
		if toks[k].lower == "for" {
			if v+1 >= len(toks) || toks[v].lower != "to" {
				continue
			}
			v++
		} else if v < len(toks) && (toks[v].lower == "should" || toks[v].lower == "must") {
			v++
		}
		if v >= len(toks) {
			continue
		}
		if !d.verbNext(st, v) || strings.HasSuffix(toks[v].lower, "ed") {
			continue
		}
		var src *entity
		how := ""
		if st.inQuote[it] {
			if q := d.quoteAt(st.idx, it); q != nil && q.speaker != nil {
				src = q.speaker.final()
			}
		} else {
			for g := it - 1; g >= 0 && src == nil; g-- {
				if le, ok := d.speechAt(st, g); ok && le.form != "ing" && !st.inQuote[g] {
					src, _, how = d.subjectOf(st, g)
					break
				}
			}
			if src == nil {
				// "It is vital for X to …, the federation said": an attribution after the clause
				for g := v + 1; g < len(toks) && src == nil; g++ {
					if toks[g].text != "," || g+1 >= len(toks) {
						continue
					}
					for h := g + 1; h < len(toks) && h <= g+6; h++ {
						if le, ok := d.speechAt(st, h); ok && le.form != "ing" && !st.inQuote[h] && d.attributionEnds(st, h) {
							src = d.speakerAround(st, h, g+1)
							break
						}
					}
				}
			}
			if src == nil {
				src = d.resolvePronoun(st.idx, it, "we")
				how = "transcript-voice"
			}
		}
		if src == nil || src.final() == subj {
			continue
		}
		e := d.phraseEnd(st, v+1)
		name := strings.TrimSpace(gerund(toks[v].lower) + " " + d.spanText(st, v+1, e))
		tgt := d.policyEntity(name, "target:verb-phrase")
		rule := "mandative"
		if how != "" && how != "subject" {
			rule += "+" + how
		}
		d.rels = append(d.rels, &relCand{typ: graph.Demands, src: src.final(), tgt: tgt, sent: st.idx, cue: d.spanText(st, it, k+1),
			cueStart: toks[it].start, cueEnd: toks[k].end, rule: rule, score: 0.7, cameo: "10", plover: "DEMAND"})
	}
}

// hopes finds appeals stated as hopes (rule hope, PLOVER DEMAND, which takes CAMEO 02 appeals):
// "We hope India will engage in good faith", "Oslo hoped that both sides would return to talks" →
// the hoper DEMANDS the verb phrase of the other actor.
func (d *doc) hopes(st *sent) {
	toks := st.toks
	for k := 0; k+3 < len(toks); k++ {
		if w := toks[k].lower; w != "hope" && w != "hopes" && w != "hoped" || toks[k].cap && k > 0 || k > 0 && determiners.Has(toks[k-1].lower) {
			continue
		}
		a := k + 1
		if toks[a].lower == "that" {
			a++
		}
		sm := d.mentionAt(st, a)
		if sm == nil || sm.ts != a || !actorKind(sm.ent) || sm.te+1 >= len(toks) {
			continue
		}
		v := sm.te
		if w := toks[v].lower; w != "will" && w != "would" && w != "can" && w != "could" {
			continue
		}
		v++
		if !d.verbNext(st, v) || strings.HasSuffix(toks[v].lower, "ed") || d.lx.negations[toks[v].lower] {
			continue
		}
		var src *entity
		how := ""
		if k > 0 && isPronoun(toks[k-1]) && pronounClass(toks[k-1].lower) == "first" {
			src = d.resolvePronoun(st.idx, k-1, toks[k-1].lower)
		} else {
			src, _, how = d.subjectOf(st, k)
		}
		if src == nil || src.final() == sm.ent.final() {
			continue
		}
		e := d.phraseEnd(st, v+1)
		name := strings.TrimSpace(gerund(toks[v].lower) + " " + d.spanText(st, v+1, e))
		rule := "hope"
		if how != "" && how != "subject" {
			rule += "+" + how
		}
		d.rels = append(d.rels, &relCand{typ: graph.Demands, src: src.final(), tgt: d.policyEntity(name, "target:verb-phrase"), sent: st.idx,
			cue: d.spanText(st, k, v+1), cueStart: toks[k].start, cueEnd: toks[v].end, rule: rule, score: 0.65, cameo: "02", plover: "DEMAND"})
	}
}
