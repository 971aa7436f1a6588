package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// reportedSpeech finds "X said (that) CLAUSE", "CLAUSE, X said", "…, adding that CLAUSE" and
// "according to X, CLAUSE".
func reportedSpeech(d *doc.Doc, st *doc.Sent, used map[[2]int]bool) {
	toks := st.Toks
	var mainSpeaker *doc.Entity
	qEnd := frontedQuestionEnd(d, st) // "Asked whether …, the spokesman said" (frontedquestion.go)
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.Lower == "according" && k+2 < len(toks) && toks[k+1].Lower == "to" {
			if !used[[2]int{st.Idx, k}] {
				accordingTo(d, st, k) // not when it attributes a quotation (quote:according-to)
			}
			continue
		}
		if d.Lx.SpeechNoun[t.Lower] && k > 0 && (actors.Determiners.Has(toks[k-1].Lower) || toks[k-1].Kind == text.Word && !toks[k-1].Cap || k+1 < len(toks) && toks[k+1].Lower == "by") {
			nominalSpeech(d, st, k)
			continue
		}
		if t.Lower == "put" && !st.InQuote[k] {
			asPutIt(d, st, k) // "As X put it, …" (asputit.go)
		}
		le, ok := doc.AttitudeAt(d.Lx, st, k)
		if !ok || used[[2]int{st.Idx, k}] {
			continue
		}
		if st.InQuote[k] && !(k > 0 && toks[k-1].Kind == text.Quote) {
			continue // speech inside a quotation belongs to the quotation
		}
		if e, q := quotedAsSpeaker(d, st, k); e != nil {
			// "quoted X as saying …", "X was quoted as saying …": X says it (quotedas.go)
			if cs, ce := ClauseAfter(d.Lx, st, k); ce > cs {
				addReported(d, st, e, k, cs, ce, "speech:quoted-as", 0.8)
			} else if start, end := quotedAsTrailing(d, st, k, q); end > start {
				addReported(d, st, e, k, start, end, "speech:quoted-as", 0.8)
			}
			continue
		}
		// participle after a comma: ", adding that …", ", saying …" → the main speaker
		if (le.Form == "ing") && k > 0 && toks[k-1].Text == "," && mainSpeaker != nil {
			if cs, ce := ClauseAfter(d.Lx, st, k); ce > cs {
				addReported(d, st, mainSpeaker, k, cs, ce, "speech:participle", 0.75)
			}
			continue
		}
		if p := prepAfterDay(toks, k+1); (le.Lemma == "insist" || le.Lemma == "comment" || le.Lemma == "respond" || le.Lemma == "reply") && p < len(toks) && (toks[p].Lower == "on" || toks[p].Lower == "upon" || toks[p].Lower == "to") {
			continue // "insists on going forward": a demand, handled by the cue lexicon
		}
		if (le.Speech == "belief" || le.Speech == "attitude") && k+1 < len(toks) && (toks[k+1].Lower == "of" || toks[k+1].Lower == "about" || le.Speech == "attitude" && toks[k+1].Lower == "for") {
			continue // "we think of them positively", "worried about jobs", "hopes for rain"
		}
		if le.Speech == "speech-that" {
			// speech.txt: "reported a rise in profits" reports no clause; "reported that …" does,
			// and so does a reporting clause closing the sentence ("…, the agency Andina
			// reported (on Tuesday).": Quirk et al. 1985, 14.31, the verb with no object of its own)
			p := prepAfterDay(toks, k+1)
			closing := p >= len(toks) || toks[p].Text == "." || toks[p].Text == "!"
			if cs, _ := ClauseAfter(d.Lx, st, k); !closing && (cs < 1 || toks[cs-1].Lower != "that") {
				continue
			}
		}
		if le.Lemma == "call" && participleSpeechAfter(d.Lx, st, k) {
			continue // "called US trade officials saying …": called them up; the participle says it
		}
		if le.Lemma == "call" && (k+1 >= len(toks) || toks[k+1].Lower == "for" || toks[k+1].Lower == "on" || toks[k+1].Lower == "off" || toks[k+1].Lower == "back" || toks[k+1].Lower == "in") {
			continue // "call for", "call on X to": demands, not speech
		}
		if le.Lemma == "call" && k+1 < len(toks) && (toks[k+1].Lower == "a" || toks[k+1].Lower == "an") {
			// "called a press conference", "called an election": "call" says something only
			// as a complex-transitive verb, object + complement ("called the ban illegal",
			// "called it a mistake"; Quirk et al. 1985, 16.43-16.45); an indefinite noun phrase
			// right after it is a monotransitive object, the convene/announce sense
			continue
		}
		if le.Form != "ing" && (k > 1 && st.Toks[k-2].Lower == "it" && (st.Toks[k-1].Lower == "be" || d.Lx.BeForms[st.Toks[k-1].Lower]) ||
			k > 2 && st.Toks[k-3].Lower == "it" && st.Toks[k-1].Lower == "be") {
			// "It must be stressed that …", "it is said that …": an impersonal passive with
			// anticipatory "it" (Quirk et al. 1985, §16.32, §18.33) names no speaker; in a turn the
			// sentence is the speaker's own (turnClaims)
			continue
		}
		if le.Form == "ed" && k > 1 && d.Lx.BeForms[toks[k-1].Lower] {
			// "Serbia was told by the European Union to hand over …", "the minister was told
			// that …": the subject of a passive verb of saying is the active object, the one
			// told or spoken of (Quirk et al. 1985, 3.63), not the speaker
			continue
		}
		if le.Speech == "attitude" && speakers.Speaking(st.Unit) && firstPersonBefore(st, k) {
			// "We hope that …", "we sincerely hope …" in a speaker's turn: the turn stage credits
			// the sentence to the speaker, as for the other verbs of believing; resolving "we"
			// here (subjectOf) would take it from the turn
			continue
		}
		src, subjStart, how := surface.SubjectOf(d, st, k)
		if src == nil {
			if e, s0 := coordinatedPredicateSpeaker(d, st, k); e != nil {
				// "… expressed concern about the plan and said that …" (coordpredicate.go)
				src, subjStart, how = e, s0, "coordinated-predicate"
			}
		}
		if src == nil {
			if e, s0 := adjectivePostmodifiedSubject(d, st, k); e != nil {
				src, subjStart, how = e, s0, "adjective-postmodifier" // adjpostmod.go
			}
		}
		if e := invertedSayer(d, st, k); e != nil {
			src, subjStart, how = e, k, "speech:inverted" // inverted.go
		}
		if e, s0 := spokespersonOfBody(d, st, k); e != nil {
			// "…, a spokesman for the European Commission said": the subject's head is the
			// spokesperson, the body the one spoken for (spokesperson.go)
			src, subjStart, how = e, s0, "spokesperson-of"
		}
		if src != nil && subjStart > 0 && subjStart < k {
			if fp, at := firstPersonHead(d, st, subjStart); at >= 0 {
				// "We and our Mexican partners in the NADB think that …": the actor found before the
				// verb sits in a prepositional post-modifier of a subject headed by a coordinated
				// first person; the speaker (and partners) think it, not the bank
				if fp == nil {
					continue
				}
				src, subjStart, how = fp, at, "first-person-coordination"
			}
		}
		if le.Form == "ing" && src == nil && le.Speech != "attitude" {
			// ", saying …" after a clause whose verb no lexicon lists: the matrix clause's
			// subject, read through the parse (Quirk et al. 1985, 15.58; supplementive.go)
			if e := supplementiveSubject(d, st, k); e != nil {
				mainSpeaker = e
				cs, ce := ClauseAfter(d.Lx, st, k)
				ce = coordinatedVerbEnd(d, st, cs, ce)
				if le.Lemma == "tell" {
					// ", telling stories about …": without a clausal complement no message
					m, ok := tellMessage(d, st, k)
					if !ok || m < 0 {
						continue
					}
					if m > cs && m < ce && !(cs > 0 && toks[cs-1].Lower == "that") {
						cs = m
					}
				}
				if !prepositionalComplement(toks, cs) && ce-cs >= 3 && (le.Lemma == "say" || le.Lemma == "tell" || le.Speech == "belief" || isClause(d.Lx, st, k, cs, ce)) {
					addReported(d, st, e, k, cs, ce, "speech:reported+supplementive", 0.75)
				}
				continue
			}
		}
		if le.Form == "ing" && (src == nil || k == 0 || d.Lx.BeForms[toks[k-1].Lower] && !progressiveReport(d.Lx, st, k)) {
			continue
		}
		if le.Form == "ing" && subjStart > 0 && subjStart < k {
			v := subjStart - 1
			for v > 0 && v > subjStart-4 && toks[v].Kind == text.Word && !text.IsPrep(toks[v].Lower) && !actors.FiniteVerbAt(d, st, v) {
				v-- // "called US trade officials": modifiers before the noun the subject rule found
			}
			if actors.FiniteVerbAt(d, st, v) {
				// "Chinese officials called US trade officials saying China wants a deal": the noun
				// phrase before the participle is the object of the verb before it; an adverbial
				// -ing clause takes the subject of its matrix clause (Quirk et al. 1985, §15.59)
				ms, mStart, _ := surface.SubjectOf(d, st, v)
				if ms == nil {
					continue
				}
				src, subjStart, how = ms, mStart, "participle"
			}
		}
		// inverted attribution: ", said X" / ", X said" at the end of a clause
		if src == nil {
			// "…, said Kenya's position was weak": a possessor opens the reported clause, it is no speaker
			if m := actors.MentionAt(d, st, k+1); m != nil && doc.ActorKind(m.Ent) && k > 0 && toks[k-1].Text == "," && !(m.Te < len(toks) && toks[m.Te].Lower == "'s") {
				src, subjStart, how = m.Ent.Final(), k, "speech:inverted"
			}
		}
		if src == nil {
			// "My President said last week that …": the holder of the speaker's superior office
			if e, s0, ok := speakers.SuperiorSubject(d, st, k); ok {
				if e == nil {
					continue
				}
				src, subjStart, how = e, s0, "first-person-superior"
			}
		}
		if src == nil {
			// "the statement said", "a statement from the embassy said": the document's author
			if e, s0 := speakers.DocumentAuthor(d, st, k); e != nil {
				src, subjStart, how = e, s0, "statement-author"
			}
		}
		if src == nil {
			continue
		}
		mainSpeaker = src
		if cs, _ := ClauseAfter(d.Lx, st, k); prepositionalComplement(toks, cs) {
			continue // "warned of retaliation", "warned Kyiv against joining": no clause reported (the speaker still governs ", saying …")
		}
		if subjStart > 2 && (toks[subjStart-1].Lower == "the" || toks[subjStart-1].Lower == "a" || toks[subjStart-1].Lower == "an") && toks[subjStart-2].Text == "," {
			subjStart-- // "…, the Treasury Department said", "…, a rights group said": the article opens the attribution
		} else if subjStart > 2 && possessiveDeterminers.Has(toks[subjStart-1].Lower) && toks[subjStart-2].Text == "," {
			subjStart-- // "…, their foreign ministry said": so does a possessive determiner (possessivespeaker.go)
		}
		if subjStart > 2 && toks[subjStart-1].Text != "," {
			// "…, Dutch Foreign Minister Hans Van den Broek said": a nationality (or its
			// country's name) premodifying the speaker's title belongs to the speaker's noun
			// phrase (Quirk et al. 1985, 17.95-17.97, on premodification by proper adjectives
			// and nouns), so the attribution opens with it
			if em, ok := actors.MatchNamesEndingAt(d, st, subjStart-1); ok && em.Start > 1 && articledComma(toks, em.Start) > 0 && speakerMentionAt(d, st, subjStart, src) {
				subjStart = articledComma(toks, em.Start) // (also "…, the Israeli foreign minister Tzipi Livni said")
			} else if om := actors.MentionAt(d, st, subjStart-1); om != nil && om.Te == subjStart && om.Ts > 1 && articledComma(toks, om.Ts) > 0 && om.Ent.Final().Kind != graph.Person && doc.ActorKind(om.Ent) && speakerMentionAt(d, st, subjStart, src) {
				// "…, World Bank President Ajay Banga said", "…, IMF chief Kristalina Georgieva
				// said": the name of the body premodifies the title as a nationality does
				subjStart = articledComma(toks, om.Ts)
			} else if a := premodifiedGroupStart(d, st, subjStart, src); a > 0 {
				subjStart = a // "…, U.S. officials said": the country's name premodifies the group's head (groupspeaker.go)
			} else if a := descriptionBefore(toks, subjStart); a > 0 && actors.MentionAt(d, st, subjStart) != nil && actors.MentionAt(d, st, subjStart).Ts == subjStart && actors.MentionAt(d, st, subjStart).Ent.Final() == src.Final() {
				// "…, the news agency Reuters reported", "…, the rights group Amnesty said": a
				// descriptive noun phrase in close apposition before the name (Quirk et al.
				// 1985, 17.91 "the poet Burns") opens the speaker's noun phrase
				subjStart = a
			} else if g := toks[subjStart-1].Lower; (g == "'s" || g == "’s") && subjStart > 3 && (speakerMentionAt(d, st, subjStart, src) || bodyMentionAt(d, st, subjStart, src)) {
				// "…, Germany's Chancellor Olaf Scholz said", "…, Chile's mining ministry said": a
				// genitive determines the speaker's noun phrase (Quirk et al. 1985, 5.115), which
				// opens with the possessor
				if om := actors.MentionAt(d, st, subjStart-2); om != nil && om.Ts > 1 && toks[om.Ts-1].Text == "," && om.Ent.Final().Kind != graph.Person && doc.ActorKind(om.Ent) {
					subjStart = om.Ts
				} else if em, ok := actors.MatchNamesEndingAt(d, st, subjStart-2); ok && em.Start > 1 && toks[em.Start-1].Text == "," {
					subjStart = em.Start
				}
			}
		}
		switch how {
		case "speech:inverted":
		case "", "subject":
			how = "speech:reported"
		default:
			how = "speech:reported+" + how
		}
		// CLAUSE, X said.  → the clause before the attribution
		// (the clause has three words at least: "Second question, the ministry announced …" opens
		// with a discourse label, not with what was said)
		if subjStart > 1 && toks[subjStart-1].Text == "," && surface.AttributionEnds(d, st, k) && !objectFollows(d.Lx, st, k, speakers.SpeakerAfter(d, st, k, subjStart)) && !subordinateOpeningAlone(st, subjStart-1) && !invertedProtasisOpening(st, subjStart-1) && !adverbialOnly(d.Lx, st, segment.DatelineEnd(st), subjStart-1) && !titleBefore(d, st, subjStart-1) && !participleOpening(d, st, segment.DatelineEnd(st), subjStart-1) && speakers.WordCount(st, 0, subjStart-1) >= 3 {
			end := subjStart - 1
			start := 0
			if q := segment.QuoteAt(d, st.Idx, subjStart-2); q != nil {
				q.Covered = q.Speaker != nil
				if q.Speaker == nil {
					q.Speaker, q.Rule, q.CueSent, q.CueTok = src, "quote:after", st.Idx, k
					continue
				}
			}
			for start < end && (toks[start].Kind == text.Quote) {
				start++
			}
			rule := "speech:inverted"
			if src == surface.RoleApposedSpeaker(d, st, k) {
				rule += "+role-apposition" // "…, said county health inspector Ana Ruiz." (surface_roleappos.go)
			}
			addReported(d, st, src, k, start, end, rule, 0.8)
			continue
		}
		// mid-sentence aside: "China is engaged instead, they contended, in a program …"
		if subjStart > 1 && toks[subjStart-1].Text == "," && k+1 < len(toks) && toks[k+1].Text == "," {
			if le.Form == "base" && (toks[subjStart].Lower == "a" || toks[subjStart].Lower == "an") {
				// ", a frontline NATO state,": a singular indefinite subject takes the -s form
				// in the present (subject–verb concord, Quirk et al. 1985, 10.34 ff.), so the
				// base form heads no clause; the words are an appositive noun phrase (17.65)
				continue
			}
			addReportedParts(d, st, src, k, subjStart-1, k+2)
			continue
		}
		cs, ce := ClauseAfter(d.Lx, st, k)
		ce = coordinatedVerbEnd(d, st, cs, ce)
		if le.Lemma == "tell" {
			// the recipient before the message; "told X to V" reports none (supplementive.go)
			m, ok := tellMessage(d, st, k)
			if !ok {
				continue
			}
			if m > cs && m < ce && !(cs > 0 && toks[cs-1].Lower == "that") {
				cs = m // an explicit "that" already ends the recipient; the parse is read only without one
			}
		}
		if k < qEnd && ce > qEnd {
			ce = qEnd // what the question reports ends where the answer's clause begins
		}
		if cs < ce && text.IsPrep(toks[cs].Lower) && speakers.ColonBeforeQuote(st, cs) {
			continue // "X said in a joint statement:": a lead-in, its words after the colon
		}
		rp := subjStart - 1
		if rp > 0 && actors.Determiners.Has(toks[rp].Lower) {
			rp--
		}
		if rp >= 0 && (toks[rp].Lower == "which" || toks[rp].Lower == "that") && k+1 < len(toks) && cs == k+1 && !(rp == 1 && qEnd > k) {
			// "rest rules, which the union says have left crews exhausted": the relative clause's
			// antecedent is the subject of what was said
			if as, ae := relativeAntecedent(d, st, rp); ae > as {
				ce = k + 1
				for ce < len(toks) && toks[ce].Kind != text.Punct && toks[ce].Kind != text.Quote {
					ce++
				}
				if ce-cs >= 2 {
					d.Claims = append(d.Claims, &doc.ClaimCand{Speaker: src, Text: d.SpanText(st, as, ae) + " " + d.SpanText(st, cs, ce),
						Sent: st.Idx, Cue: t.Text, CueStart: t.Start, CueEnd: t.End, Rule: "speech:relative", Score: 0.7})
				}
				continue
			}
		}
		if le.Lemma == "find" && !(cs > 0 && toks[cs-1].Lower == "that") && !doc.FiniteIn(st, cs, ce) {
			continue // "found no evidence of fraud": a finding is reported speech only with a clause
		}
		if subjStart > 0 && toks[subjStart-1].Lower == "what" && !pseudoCleft(st, k) {
			// "Just like what I said in my previous answer, I am not aware of the situation": a
			// free relative (Quirk et al. 1985, §15.8); the verb's object is "what", a reference
			// back to earlier talk, and its own adverbials follow it. The content is the main
			// clause after the comma, restated now, and a sentence of the turn like any other.
			c := cs
			for c < ce && toks[c].Text != "," {
				c++
			}
			if c+1 >= ce || !speakers.Speaking(st.Unit) || text.PronounClass(toks[subjStart].Lower) != "first" {
				continue // "what Trump says his tax plan would do": the content is a gap, no clause
			}
			cs = c + 1
			if speakers.TurnTalkClause(d, st, cs, ce, src) {
				continue // "…, I am not aware of the situation"
			}
		}
		if (le.Lemma == "say" || le.Lemma == "tell") && QuantityObject(st, cs, ce) {
			continue // "So I would just say a couple of things": an announcement, no content
		}
		if speakers.TurnTalkContent(d, st, subjStart, cs, ce, src) {
			continue // "I believe you are well aware of our principled position"
		}
		if le.Speech == "attitude" && !attitudeClaim(d, st, k, subjStart, cs, ce) {
			continue
		}
		if (ce-cs >= 3 || le.Lemma == "call" && ce-cs == 2) && (le.Lemma == "say" || le.Lemma == "tell" || le.Speech == "belief" || le.Speech == "attitude" || le.Lemma == "call" || isClause(d.Lx, st, k, cs, ce)) {
			addReported(d, st, src, k, cs, ce, how, 0.8)
			for _, co := range surface.Coordinated(d, st, subjStart) {
				// "Mali and Burkina Faso warned that …": each conjunct says it
				if co != src {
					addReported(d, st, co, k, cs, ce, surface.JoinHow(how, "coordination"), 0.75)
				}
			}
		}
	}
}

// coordinatedVerbEnd cuts reported content [cs, ce) before a second verb phrase of the speaker
// ("called the threat regrettable and said Nouakchott would …", "said the talks failed, and warned
// that …"): "and" followed by a speech or cue verb in the past or present tense; and before a
// second reporting clause with a subject of its own ("X said A, and Y said B": coordinatedReport).
func coordinatedVerbEnd(d *doc.Doc, st *doc.Sent, cs, ce int) int {
	toks := st.Toks
	for k := cs + 1; k+1 < ce; k++ {
		if toks[k].Lower != "and" || st.InQuote[k] {
			continue
		}
		n := k + 1
		if coordinatedReport(d, st, n, ce) {
			if toks[k-1].Text == "," {
				return k - 1
			}
			return k
		}
		if le, ok := doc.SpeechAt(d.Lx, st, n); ok && (le.Form == "ed" || le.Form == "s") && clauseFollows(d, st, n+1) {
			if toks[k-1].Text == "," {
				return k - 1
			}
			return k
		}
		for _, m := range actors.MatchCues(d, st, n) {
			if m.C.Frame != "N" && (m.Form == "ed" || m.Form == "s") {
				if toks[k-1].Text == "," {
					return k - 1
				}
				return k
			}
		}
	}
	return ce
}

// coordinatedReport reports that a reporting clause of its own opens at token n of st (right
// after a coordinating "and"), before ce: a subject noun phrase of at most eight words, then a
// verb of saying in the past or present tense (d.Lx.Speech) whose subject it is, then the
// clause it reports ("…, and Defence Minister Ana Ruiz said the army would …"). Coordination
// joins clauses of equal rank (Quirk et al. 1985, 13.1–13.5; Huddleston & Pullum 2002, ch. 15):
// the second reporting clause is no part of the first one's reported content, which ends at
// the coordinator.
func coordinatedReport(d *doc.Doc, st *doc.Sent, n, ce int) bool {
	toks := st.Toks
	for v := n + 1; v < ce && v <= n+8; v++ {
		t := toks[v]
		if t.Kind != text.Word || st.InQuote[v] {
			return false
		}
		le, ok := doc.SpeechAt(d.Lx, st, v)
		if !ok {
			continue
		}
		if le.Speech != "speech" || le.Form != "ed" && le.Form != "s" || !clauseFollows(d, st, v+1) {
			return false
		}
		src, s0, _ := surface.SubjectOf(d, st, v)
		return src != nil && s0 >= n
	}
	return false
}

// clauseFollows reports whether a clause of its own starts at i: "that", or a subject (a mention,
// a pronoun, a noun after a determiner) followed by a finite verb — so that the speech verb before
// it makes a claim of its own.
func clauseFollows(d *doc.Doc, st *doc.Sent, i int) bool {
	toks := st.Toks
	if i >= len(toks) {
		return false
	}
	if toks[i].Lower == "that" {
		return true
	}
	j := i
	if m := actors.MentionAt(d, st, j); m != nil {
		j = m.Te
	} else if text.IsPronoun(toks[j]) {
		j++
	} else {
		for j < len(toks) && j < i+4 && toks[j].Kind == text.Word && !doc.FiniteAux.Has(toks[j].Lower) {
			j++
		}
	}
	return j > i && j < len(toks) && doc.FiniteAux.Has(toks[j].Lower)
}

// relativeAntecedent returns the noun phrase that a relative pronoun at r refers to: the words
// before it (and its comma) back to a determiner, a preposition, "to", a verb or punctuation, at
// most six tokens ("scheduling and rest rules, which …").
func relativeAntecedent(d *doc.Doc, st *doc.Sent, r int) (int, int) {
	toks := st.Toks
	e := r
	if e > 0 && toks[e-1].Text == "," {
		e--
	}
	s := e
	for s > 0 && e-s < 6 {
		t := toks[s-1]
		if m := actors.MentionAt(d, st, s-1); m != nil {
			s = m.Ts
			continue
		}
		if t.Kind != text.Word && t.Kind != text.Num || text.IsPrep(t.Lower) || t.Lower == "to" || doc.AuxWords.Has(t.Lower) && t.Lower != "'s" || d.Lx.Speech[t.Lower].Kind != 0 || d.Lx.Discuss[t.Lower] || s < e && d.Lx.Cues.Opens(t.Lower) && !d.Lx.NounCue(t.Lower) || strings.HasSuffix(t.Lower, "ed") || surface.TargetStop.Has(t.Lower) {
			break
		}
		s--
		if actors.Determiners.Has(t.Lower) {
			break
		}
	}
	return s, e
}

// isClause reports whether the content [cs, ce) of the speech verb at k is a clause, not a noun
// phrase: "announced that …", or a finite verb of its own inside ("announced the talks would
// resume" but not "announced new duties on steel"). A speech verb's reading as reported speech
// needs a clausal complement (a that-clause or a finite clause; Quirk et al. 1985, §16.31 and
// §16.33 on monotransitive verbs with that-clauses and noun phrases): "China has maintained normal
// exchanges with it under the precondition of not violating …" has an object noun phrase, and
// "I responded earlier to the US threat" a prepositional one. Adverbs ("earlier", "just") and a
// negation are no finite verb ("of not violating"), and a finite verb after a relative pronoun
// belongs to a relative clause inside the noun phrase ("announced duties that will take effect").
func isClause(lx *lexicon.Lexicons, st *doc.Sent, k, cs, ce int) bool {
	if cs > 0 && st.Toks[cs-1].Lower == "that" {
		return true
	}
	for j := cs; j < ce; j++ {
		w := st.Toks[j].Lower
		if j > cs && actors.RelativeWords.Has(w) {
			return false
		}
		if (doc.FiniteAux.Has(w) || doc.FiniteDo.Has(w)) && !st.Toks[j].Cap {
			if p := j - 1; p > cs && (st.Toks[p].Lower == "and" || st.Toks[p].Lower == "or" || st.Toks[p].Lower == "but") {
				// "Cairo maintained a colonial-era mentality and had erected barriers": a finite
				// verb right after a coordinator, with no subject of its own, is a second
				// predicate of the speech verb's subject (coordinated predicates share the
				// subject, Quirk et al. 1985, 13.42), not the verb of a content clause
				continue
			}
			return true // a capitalized "May" is the month
		}
		if j > cs && lx.PastForms[w] && !actors.Determiners.Has(st.Toks[j-1].Lower) && !text.IsPrep(st.Toks[j-1].Lower) &&
			!(j+1 < ce && (text.IsPrep(st.Toks[j+1].Lower) || st.Toks[j+1].Lower == "to")) {
			// an irregular simple past after its subject: "noted the talks went well"; not a
			// participle of a reduced relative clause ("noted these remarks made by Pompeo")
			return true
		}
	}
	return false
}

// ClauseAfter returns the token range of the clause a speech verb at k governs: after "that", or
// after the addressee and adverbials ("told reporters on Monday"), to the end of the sentence.
func ClauseAfter(lx *lexicon.Lexicons, st *doc.Sent, k int) (int, int) {
	toks := st.Toks
	end := len(toks)
	for end > k+1 && (toks[end-1].Kind == text.Punct || toks[end-1].Kind == text.Quote) {
		end--
	}
	s := k + 1
	limit := k + 5
	if k+1 < end && (text.IsPrep(toks[k+1].Lower) || text.IsDayOrMonth(toks[k+1].Lower) && toks[k+1].Cap || toks[k+1].Lower == "here" || toks[k+1].Lower == "today" || toks[k+1].Lower == "yesterday") {
		limit = k + 9 // "said in an interview on May 13 that …"
	}
	end = trailingReportEnd(lx, st, k, end) // "…, in which he argued that A, Minister B said:" (trailingreport.go)
	for j := k + 1; j < end && j < limit; j++ {
		if toks[j].Lower == "that" {
			return j + 1, end
		}
		if toks[j].Kind == text.Quote || toks[j].Text == "," || toks[j].Text == ":" {
			break
		}
	}
	// "said in a statement it had accepted …", "said in a post on X the plan …": the medium
	if s+2 < end && toks[s].Lower == "in" && actors.Determiners.Has(toks[s+1].Lower) && (lx.SpeechNoun[toks[s+2].Lower] || lx.DocNoun[toks[s+2].Lower] || toks[s+2].Lower == "interview" || toks[s+2].Lower == "address" || toks[s+2].Lower == "speech") {
		s += 3
		if s+1 < end && (toks[s].Lower == "on" || toks[s].Lower == "to" || toks[s].Lower == "with") && toks[s+1].Cap {
			s += 2
		}
	}
	// skip an addressee and simple adverbials
	for s < end {
		t := toks[s]
		if t.Text == ":" || t.Text == "," || lx.Stop[t.Lower] && (t.Lower == "on" || t.Lower == "here" || t.Lower == "today" || t.Lower == "yesterday") {
			s++
			continue
		}
		if text.IsDayOrMonth(t.Lower) && (t.Cap || t.Lower == "late" || t.Lower == "early") {
			s++
			continue
		}
		if t.Lower == "reporters" || t.Lower == "journalists" || t.Lower == "lawmakers" {
			s++
			continue
		}
		break
	}
	return s, end
}

func addReported(d *doc.Doc, st *doc.Sent, src *doc.Entity, k, cs, ce int, rule string, score float64) {
	if de := segment.DatelineEnd(st); cs < de {
		cs = de // "ALGIERS, Feb 12 (Meridian) - …": the dateline is no part of what was said
	}
	if b := doc.BodyStart(st); cs < b {
		cs = b // "MS RUIZ: …": nor is a transcript's speaker label
	}
	for cs < ce && (st.Toks[cs].Kind == text.Quote || st.Toks[cs].Kind == text.Punct) {
		cs++
	}
	for ce > cs && (st.Toks[ce-1].Kind == text.Quote || st.Toks[ce-1].Kind == text.Punct) {
		ce--
	}
	if ce < len(st.Toks) && text.IsCloseQuote(st.Toks[ce]) {
		opens := 0
		for k := cs; k < ce; k++ {
			if text.IsOpenQuote(st.Toks[k]) {
				opens++
			} else if text.IsCloseQuote(st.Toks[k]) {
				opens--
			}
		}
		if opens > 0 {
			ce++ // keep the closing mark of a partial quotation: "called the threat “regrettable”"
		}
	}
	if ce-cs < 2 {
		return
	}
	for cs < ce && (st.Toks[cs].Lower == "however" || st.Toks[cs].Lower == "though" || st.Toks[cs].Text == ",") {
		cs++
	}
	if ce-cs < 2 || adverbialOnly(d.Lx, st, cs, ce) {
		// "told reporters outside the court", "told reporters in Brasilia on Monday": what a verb
		// of saying reports is a clause (Quirk et al. 1985, 14.31–14.33, indirect speech); a
		// prepositional phrase after it is an adjunct of the act of speaking, no content
		return
	}
	txt := d.SpanText(st, cs, ce)
	t := st.Toks[k]
	neg := false
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if d.Lx.Negations[st.Toks[j].Lower] {
			neg = true
		}
	}
	if neg && interrogativeContent(st, cs) {
		return // "has not said whether it would …": no answer given, nothing claimed (whether.go)
	}
	if le, ok := d.Lx.Speech[t.Lower]; ok && le.Lemma == "deny" {
		neg = !neg // "denied that it is trying to …" claims the clause is false
	}
	d.Claims = append(d.Claims, &doc.ClaimCand{Speaker: src, Text: txt, Sent: st.Idx, Cue: t.Text, CueStart: t.Start,
		CueEnd: t.End, Rule: rule, Score: score, Negated: neg})
	for _, q := range d.QBySent[st.Idx] {
		if q.S0 == st.Idx && q.T0 >= cs && q.T0 < ce {
			q.Covered = true
		}
	}
}

// adverbialOnly reports whether tokens [a, b) are a bare adverbial ("In a filing last month", "On
// Tuesday"): a preposition first and no verb after it, so no clause an attribution could close.
func adverbialOnly(lx *lexicon.Lexicons, st *doc.Sent, a, b int) bool {
	for a < b && st.Toks[a].Kind == text.Quote {
		a++
	}
	if a >= b || !text.IsPrep(st.Toks[a].Lower) && !actors.LocativePreps.Has(st.Toks[a].Lower) && st.Toks[a].Lower != "under" && st.Toks[a].Lower != "through" {
		return false
	}
	for k := a + 1; k < b; k++ {
		t := st.Toks[k]
		if doc.AuxWords.Has(t.Lower) && t.Lower != "'s" || doc.VerbAfter(lx, st, k) == k || st.InQuote[k] {
			return false
		}
	}
	return true
}

// titleBefore reports whether the words ending at the comma c are a role that the name after the
// comma stands in apposition to ("Britain's ambassador, Eleanor Whitcombe, said the text …",
// "Its chairman, Kunle Bakare, said …"): a title word ends them and no verb comes before it; or
// they are an office alone from the sentence's start (officeOpening).
func titleBefore(d *doc.Doc, st *doc.Sent, c int) bool {
	toks := st.Toks
	if officeOpening(d.Lx, st, segment.DatelineEnd(st), c) {
		return true // "The Minister for Foreign Affairs, Ciarán Byrne, said:"
	}
	if c < 1 || toks[c-1].Cap || d.Lx.Titles[toks[c-1].Lower] == nil {
		return false
	}
	for j := c - 2; j >= 0 && j >= c-8; j-- {
		t := toks[j]
		if doc.AuxWords.Has(t.Lower) && t.Lower != "'s" || t.Kind == text.Quote || t.Text == "," || actors.FiniteVerbAt(d, st, j) || !t.Cap && (d.Lx.PastForms[t.Lower] || strings.HasSuffix(t.Lower, "ed") && j > 0 && toks[j-1].Cap) {
			return false // "Peru's Congress voted to remove the president, Reuters said": a clause
		}
	}
	return true
}

// addReportedParts claims a sentence around a parenthetical attribution [a, b).
func addReportedParts(d *doc.Doc, st *doc.Sent, src *doc.Entity, k, a, b int) {
	end := len(st.Toks)
	for end > 0 && st.Toks[end-1].Kind == text.Punct {
		end--
	}
	if a < 2 || end <= b {
		return
	}
	txt := d.SpanText(st, 0, a) + " " + d.SpanText(st, b, end)
	t := st.Toks[k]
	d.Claims = append(d.Claims, &doc.ClaimCand{Speaker: src, Text: txt, Sent: st.Idx, Cue: t.Text, CueStart: t.Start,
		CueEnd: t.End, Rule: "speech:aside", Score: 0.75})
}

// accordingTo: "according to X, CLAUSE" / "CLAUSE, according to X" → X CLAIMS the clause.
func accordingTo(d *doc.Doc, st *doc.Sent, k int) {
	toks := st.Toks
	var src *doc.Entity
	j := k + 2
	for ; j < len(toks) && j < k+8; j++ {
		if m := actors.MentionAt(d, st, j); m != nil && doc.ActorKind(m.Ent) {
			src = m.Ent.Final()
			break
		}
		if toks[j].Text == "," || toks[j].Text == "." {
			break
		}
	}
	if src == nil {
		return
	}
	var cs, ce int
	if k > 0 && toks[k-1].Text == "," {
		cs, ce = 0, k-1
	} else {
		ce = len(toks)
		for q := j; q < len(toks); q++ {
			if toks[q].Text == "," {
				cs = q + 1
				break
			}
		}
	}
	addReported(d, st, src, k, cs, ce, "speech:according-to", 0.7)
}

// nominalSpeech: "comments by Mnuchin earlier in the day that CLAUSE" → Mnuchin CLAIMS CLAUSE
// (rule speech:nominal).
func nominalSpeech(d *doc.Doc, st *doc.Sent, k int) {
	toks := st.Toks
	var src *doc.Entity
	from := k + 1
	if k+2 < len(toks) && toks[k+1].Lower == "by" {
		m := actors.MentionAt(d, st, k+2)
		if m == nil || !doc.ActorKind(m.Ent) {
			return
		}
		src, from = m.Ent.Final(), m.Te
	} else {
		// "issued a stern reminder to Iraq that …": the subject of the verb that governs the noun
		for v := k - 1; v >= 0 && v >= k-3; v-- {
			if w := toks[v].Lower; w == "issued" || w == "issues" || w == "made" || w == "makes" || w == "delivered" || w == "gave" || w == "sent" || w == "repeated" {
				if e, _, _ := surface.SubjectOf(d, st, v); e != nil {
					src = e
				}
				break
			}
		}
	}
	if src == nil {
		return
	}
	for j := from; j < len(toks) && j < from+7; j++ {
		if toks[j].Lower == "that" {
			end := len(toks)
			addReported(d, st, src, k, j+1, end, "speech:nominal", 0.7)
			return
		}
		if toks[j].Kind == text.Punct {
			return
		}
	}
}

// bodyMentionAt reports a mention of speaker src, a body (no person), covering token i: the
// body's descriptive name after its state's genitive ("Chile's mining ministry").
func bodyMentionAt(d *doc.Doc, st *doc.Sent, i int, src *doc.Entity) bool {
	m := actors.MentionAt(d, st, i)
	return m != nil && m.Ent.Final() == src.Final() && src.Final().Kind != graph.Person && doc.ActorKind(src)
}

// speakerMentionAt reports a mention of speaker src (a person, by a title and name) opening at
// token i: "Foreign Minister Hans Van den Broek" after a nationality.
func speakerMentionAt(d *doc.Doc, st *doc.Sent, i int, src *doc.Entity) bool {
	m := actors.MentionAt(d, st, i)
	return m != nil && m.Ts == i && m.Ent.Final() == src.Final() && src.Final().Kind == graph.Person
}

// objectInfinitive reports content [cs, ce) of the shape object + to-infinitive, "(expects) the
// council to raise fees", "(fear) their rivals to walk out": a noun phrase, then "to" and a word.
// With a verb of believing or expecting the object is the infinitive's subject and the whole is a
// proposition the holder entertains (Quirk et al. 1985, 16.57: object + to-infinitive after verbs
// of cognition, "I expected him to come"). A subject-controlled infinitive, "to sign", starts at cs
// and is no such content.
func objectInfinitive(st *doc.Sent, cs, ce int) bool {
	toks := st.Toks
	if cs >= ce || toks[cs].Lower == "to" || toks[cs].Kind != text.Word {
		return false
	}
	for j := cs + 1; j+1 < ce && j < cs+8; j++ {
		switch {
		case toks[j].Lower == "to":
			return toks[j+1].Kind == text.Word && !toks[j+1].Cap && !actors.Determiners.Has(toks[j+1].Lower)
		case toks[j].Kind != text.Word || actors.RelativeWords.Has(toks[j].Lower):
			return false
		}
	}
	return false
}

// attitudeClaim reports whether an attitude verb at k (speech.txt kind attitude: expect, hope,
// fear, reckon …) with its subject starting at subjStart states a claim over [cs, ce):
//   - only over a clause or object + to-infinitive ("hopes to meet", "expects to sign" state the
//     subject's own intent and no content); the object an actor ("expects Argentina to lift the
//     quotas": a belief about an actor's act, CAMEO.2.0.txt PREDICT, whose patterns all have an
//     actor as what is predicted; "expects sales to expand" forecasts a quantity, no actor's act);
//   - not when its subject opens a conditional clause ("if Australia hopes that …": a condition,
//     not a claim; Quirk et al. 1985, 15.33-15.36);
//   - not when the subject is the object of a word before it ("following US fears they could …":
//     "fears" is then the head noun of that noun phrase, and the phrase before it a premodifier):
//     the subject opens the sentence or follows punctuation or a coordinator or subordinator;
func attitudeClaim(d *doc.Doc, st *doc.Sent, k, subjStart, cs, ce int) bool {
	toks := st.Toks
	if cs < ce && toks[cs].Lower == "to" {
		return false // "expects to return …, diplomats said, and …": a finite verb later is another clause's
	}
	if !isClause(d.Lx, st, k, cs, ce) && !(objectInfinitive(st, cs, ce) && actorObject(st, cs)) {
		return false
	}
	if subjStart < 0 || subjStart >= k {
		return true
	}
	for subjStart > 0 && text.PronounClass(toks[subjStart].Lower) == "" && toks[subjStart-1].Lower != "that" && (actors.Determiners.Has(toks[subjStart-1].Lower) || actors.Predeterminers[toks[subjStart-1].Lower] || toks[subjStart-1].Kind == text.Word && !toks[subjStart-1].Cap && d.Lx.Common[toks[subjStart-1].Lower] && !text.IsPrep(toks[subjStart-1].Lower) && !d.Lx.Stop[toks[subjStart-1].Lower]) {
		subjStart-- // the subject's noun phrase opens with its determiner and modifiers
	}
	if subjStart > 0 && (toks[subjStart].Lower == "'s" || toks[subjStart].Lower == "’s") {
		subjStart++ // the genitive marker read as a modifier by the loop above
	}
	if subjStart > 1 && (toks[subjStart-1].Lower == "'s" || toks[subjStart-1].Lower == "’s") {
		// "South Korea's unification ministry expects …": a genitive is the central determiner
		// of the noun phrase (Quirk et al. 1985, 5.115), which opens with the possessor
		subjStart -= 2
		if m := actors.MentionAt(d, st, subjStart); m != nil && m.Ts < subjStart {
			subjStart = m.Ts
		}
		for subjStart > 0 && actors.Determiners.Has(toks[subjStart-1].Lower) {
			subjStart--
		}
	}
	if subjStart == 0 {
		return true
	}
	p := toks[subjStart-1]
	switch {
	case p.Lower == "if" || p.Lower == "unless":
		return false
	case p.Kind == text.Punct || p.Kind == text.Quote:
		return true
	case p.Lower == "and" || p.Lower == "but" || p.Lower == "that" || actors.Subordinators.Has(p.Lower):
		return true
	}
	return false
}

// descriptionBefore returns the index of the article opening a descriptive noun phrase of one to
// three lower-case words right before the name at n and right after a comma (", the news agency
// Reuters", ", the rights group Amnesty International"), 0 when there is none.
func descriptionBefore(toks []text.Token, n int) int {
	j := n - 1
	for c := 0; c < 3 && j > 1 && toks[j].Kind == text.Word && !toks[j].Cap && toks[j].Lower != "the" && toks[j].Lower != "a"; c++ {
		j--
	}
	if j == n-1 || j < 2 || toks[j].Lower != "the" && toks[j].Lower != "a" || toks[j-1].Text != "," {
		return 0
	}
	return j
}

// prepAfterDay returns j, or the index after "on" and a day or date at j ("insisted on Tuesday",
// "responded on Wednesday to …"): "on" before a day or date is a time adjunct (Quirk et al. 1985,
// 9.38), not the preposition of a prepositional verb ("insist on", "respond to"), which may
// follow it.
func prepAfterDay(toks []text.Token, j int) int {
	if j+1 < len(toks) && toks[j].Lower == "on" && (doc.WireDays.Has(toks[j+1].Lower) || text.IsDayOrMonth(toks[j+1].Lower)) {
		return j + 2
	}
	return j
}

// firstPersonBefore reports a first-person pronoun right before token k, adverbs in -ly,
// auxiliaries and "not", "also", "still" skipped ("we sincerely hope", "we would expect").
func firstPersonBefore(st *doc.Sent, k int) bool {
	for j := k - 1; j >= 0; j-- {
		w := st.Toks[j].Lower
		if strings.HasSuffix(w, "ly") && st.Toks[j].Kind == text.Word || doc.AuxWords.Has(w) || w == "not" || w == "also" || w == "still" {
			continue // "we sincerely hope", "we would expect", "we do not expect"
		}
		return text.PronounClass(w) == "first"
	}
	return false
}

// actorObject reports an actor mention at token cs, or opening after a determiner there ("the
// Polish government").
func actorObject(st *doc.Sent, cs int) bool {
	for cs < len(st.Toks) && actors.Determiners.Has(st.Toks[cs].Lower) {
		cs++
	}
	return cs < len(st.Toks) && st.Ment[cs] >= 0
}

// prepositionalComplement reports that what follows a verb of saying from cs (clauseAfter's
// start) is a prepositional object, not a reported clause: "warned of retaliation", "warned
// against the plan", "spoke about the talks", or the same after a named addressee ("warned
// Kyiv against joining", "warned the United States against …"). A preposition's complement is
// never a that-clause (Quirk et al. 1985, 9.4 f.), and the verb's prepositional object is a noun
// phrase or an -ing clause (16.5 ff.: "warn sb against/of sth"), so there is no content clause
// to claim; the stance, if any, is the frames stage's. of after a name is left alone: it
// continues the name more often than it starts an object ("said the Bank of England would …").
func prepositionalComplement(toks []text.Token, cs int) bool {
	if cs < 1 || cs >= len(toks) || toks[cs-1].Lower == "that" {
		return false
	}
	if p := toks[cs].Lower; p == "of" || p == "against" || p == "about" {
		return true
	}
	j := cs
	if toks[j].Lower == "the" {
		j++
	}
	names := 0
	for j < len(toks) && names < 4 && toks[j].Kind == text.Word && toks[j].Cap {
		j++
		names++
	}
	return names > 0 && j < len(toks) && (toks[j].Lower == "against" || toks[j].Lower == "about")
}

// officeOpening reports whether tokens [a, c) of st are an office alone, capitalized as a formal
// title before its holder's name ("The Minister for Foreign Affairs", "The Deputy Prime
// Minister"): "the", then title words (officeOnly), each capitalized but "of", "for", "and",
// "the". Such a phrase before "<name>, said" is the name's appositive (Quirk et al. 1985, 17.65),
// not a clause reported by the name.
func officeOpening(lx *lexicon.Lexicons, st *doc.Sent, a, c int) bool {
	if a < 0 || c-a < 2 || c > len(st.Toks) {
		return false
	}
	var ws []string
	for _, t := range st.Toks[a:c] {
		if t.Kind != text.Word || !t.Cap && t.Lower != "of" && t.Lower != "for" && t.Lower != "and" && t.Lower != "the" {
			return false
		}
		ws = append(ws, t.Lower)
	}
	return speakers.OfficeOnly(lx, ws)
}
