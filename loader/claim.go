package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// quoteText is the content of q without its marks and trailing comma.
func (d *doc) quoteText(q *quote) string {
	a := d.sents[q.s0].Toks[q.t0].End
	b := d.sents[q.s1].Toks[q.t1].Start
	if !q.closed {
		b = d.sents[q.s1].Toks[q.t1].End
	}
	if b <= a {
		return ""
	}
	txt := d.text(a, b)
	// paragraph-opening marks of a multi-paragraph quotation
	txt = strings.NewReplacer("\n\n\u201c", "\n\n", "\n\n\"", "\n\n", "\n\n''", "\n\n").Replace(txt)
	txt = strings.TrimSpace(txt)
	txt = strings.TrimRight(txt, ",")
	return strings.TrimSpace(txt)
}

// findClaims attributes quotations and reported speech (rules quote:after, quote:before,
// quote:dash, quote:continuation, speech:reported, speech:inverted, speech:participle,
// speech:according-to).
func (d *doc) findClaims() {
	d.questionerOutlets()
	used := map[[2]int]bool{}
	var last *quote
	for _, q := range d.quotes {
		d.checkStop()
		d.attributeQuote(q, used)
		d.blockQuoteSpeaker(q)
		// a quotation continues the last speaker's unless a dash line, lead-in or label gives it
		// a speaker of its own ("“…” — Deputy Envoy X" then "“…” — Councillor Y")
		if q.speaker == nil && last != nil && last.speaker != nil && q.s0 <= last.s1+2 && d.opensSentence(q) && !d.ownUnit(q, last) && !d.colonLineBetween(last, q) && !d.otherPersonBetween(last, q) {
			q.speaker, q.rule, q.cueSent, q.cueTok = last.speaker, "quote:continuation", q.s0, q.t0
		}
		if q.speaker != nil {
			last = q
		}
	}
	// the earlier paragraphs of a quotation attributed after its last ("“…¶“…,” she said")
	for i := len(d.quotes) - 1; i >= 0; i-- {
		if q := d.quotes[i]; q.speaker == nil && q.next != nil && q.next.speaker != nil {
			q.speaker, q.rule, q.cueSent, q.cueTok = q.next.speaker, "quote:continuation", q.s0, q.t0
		}
	}
	for _, st := range d.sents {
		d.checkStop()
		if !text.IsQuestion(st.Toks) && !d.remarksOnQuestion(st) {
			d.reportedSpeech(st, used)
			d.beliefAdjectiveClaims(st) // claim_beliefadj.go
		}
	}
	d.quotesAfterReport()
	d.quotesBeforeSpeaker() // the speaker named in the sentence after (claim_cataphora.go)
	d.turnClaims()
	for _, q := range d.quotes {
		if q.speaker == nil || q.covered {
			continue
		}
		if q.s1 > q.s0 && (turnRules[q.rule] || q.part) {
			d.sentenceClaims(q)
			continue
		}
		txt := d.quoteText(q)
		if len(strings.Fields(txt)) < 3 || quotedQuestion(txt) || d.subhead(q) {
			continue
		}
		st := d.sents[q.cueSent]
		ct := st.Toks[q.cueTok]
		d.claims = append(d.claims, &claimCand{speaker: q.speaker, text: txt, direct: true, sent: q.cueSent,
			cue: ct.Text, cueStart: ct.Start, cueEnd: ct.End, rule: q.rule, score: 0.9})
	}
	d.jointClaims()
	for _, c := range d.claims {
		for _, mi := range d.bySent[c.sent] {
			if m := d.mentions[mi]; m.singular && m.ent.final() == c.speaker.final() {
				c.singular = true
			}
		}
	}
	for _, c := range d.claims {
		d.claimRels = append(d.claimRels, d.claimRel(c))
	}
	for _, c := range d.stanceTurns {
		// held back as talk about the talk: the relations stage keeps the claim only if it
		// codes the speaker's stance in the sentence (dropUncodedTalk)
		r := d.claimRel(c)
		d.claimRels = append(d.claimRels, r)
		if d.heldTalk == nil {
			d.heldTalk = map[*relCand]bool{}
		}
		d.heldTalk[r] = true
	}
}

// claimRel makes the CLAIMS relation of claim c: its speaker to a CLAIM node of its text.
func (d *doc) claimRel(c *claimCand) *relCand {
	sp := c.speaker.final()
	e := d.entity("claim:"+sp.nodeID()+":"+graph.NormalizeName(c.text), graph.ClaimKind, c.text, c.rule)
	e.text, e.direct, e.speaker = c.text, c.direct, sp
	if e.turn == "" {
		e.turn = d.turnOf(c.sent)
	}
	return &relCand{typ: graph.Claims, src: sp, tgt: e, sent: c.sent, cue: c.cue,
		cueStart: c.cueStart, cueEnd: c.cueEnd, rule: c.rule, score: c.score, cameo: "010", hedged: c.hedged, negated: c.negated}
}

// attributeQuote finds q's speaker: a speech verb right after the closing mark ("…,” said X /
// “…,” X said), a dash ("'…' — X"), or a speech verb before the opening mark (X said: “…”).
func (d *doc) attributeQuote(q *quote, used map[[2]int]bool) {
	st := d.sents[q.s1]
	toks := st.Toks
	i := q.t1 + 1
	if q.closed && i < len(toks) {
		// dash attribution
		if toks[i].Text == "\u2014" || toks[i].Text == "\u2013" || toks[i].Text == "-" {
			if m := d.mentionAt(st, i+1); m != nil && actorKind(m.ent) {
				q.speaker, q.rule, q.cueSent, q.cueTok = m.ent.final(), "quote:dash", q.s1, i
				return
			}
		}
		// "…,” according to a statement from X
		for k := i; k < len(toks) && k < i+3; k++ {
			if toks[k].Lower == "according" && k+1 < len(toks) && toks[k+1].Lower == "to" {
				// the first actor of the noun phrase after "to", or the person in apposition to
				// it ("according to the agency's director, Helena Moor")
				var first *entity
				commas := 0
				for j := k + 2; j < len(toks) && j < k+16 && toks[j].Text != "."; j++ {
					if toks[j].Text == "," {
						if commas++; commas > 1 || first != nil && first.kind == graph.Person {
							break
						}
						continue
					}
					m := d.mentionAt(st, j)
					if m == nil || !actorKind(m.ent) {
						continue
					}
					if e := m.ent.final(); first == nil || commas == 1 && e.kind == graph.Person {
						first = e
					}
				}
				if first != nil {
					q.speaker, q.rule, q.cueSent, q.cueTok = first, "quote:according-to", q.s1, k
					q.attributed = true
					used[[2]int{q.s1, k}] = true
					return
				}
			}
			if toks[k].Text != "," {
				break
			}
		}
		// "said X" or "X said" within the next few tokens
		for k := i; k < len(toks) && k < i+10; k++ {
			if toks[k].Kind == text.Quote || toks[k].Text == "." && k > i+1 || toks[k].Lower == "and" || toks[k].Lower == "but" {
				break // "called it “regrettable” and said X …": a partial quotation, then a new verb phrase
			}
			if _, ok := speechAt(d.lx, st, k); !ok {
				continue
			}
			if src := d.speakerAround(st, k, i); src != nil {
				q.speaker, q.rule, q.cueSent, q.cueTok = src, "quote:after", q.s1, k
				used[[2]int{q.s1, k}] = true
				q.attributed = true
			} else if src := d.unnamedSpokesperson(st, i, k); src != nil {
				// "“…,” a spokesperson said." after a sentence about the body (claim_spokesperson.go)
				q.speaker, q.rule, q.cueSent, q.cueTok = src, "quote:spokesperson-of", q.s1, k
				used[[2]int{q.s1, k}] = true
				q.attributed = true
			}
			return
		}
		// "“…,” Bozell concludes.", "“…?” Hannity pressed.": a quotation followed by its speaker
		// and a verb the speech lexicon lacks is still that speaker's (quoteSubject)
		if m, k := d.quoteSubject(st, i); m != nil {
			q.speaker, q.rule, q.cueSent, q.cueTok = m.ent.final(), "quote:after", q.s1, k
			q.attributed = true
			return
		}
	}
	// before the opening mark, in its sentence: X said: “…” / X said, “…”
	st0 := d.sents[q.s0]
	if src, k := d.speakerLabel(st0, q.t0); src != nil {
		q.speaker, q.rule, q.cueSent, q.cueTok = src, "quote:label", q.s0, k
		q.attributed = true
		return
	}
	if src, k := d.inlineLeadIn(st0, q.t0); src != nil {
		q.speaker, q.rule, q.cueSent, q.cueTok = src, "quote:lead-in", q.s0, k
		used[[2]int{q.s0, k}] = true
		q.attributed = true
		return
	}
	if src, k := d.documentReads(st0, q.t0); src != nil {
		q.speaker, q.rule, q.cueSent, q.cueTok = src, "quote:document-reads", q.s0, k
		used[[2]int{q.s0, k}] = true
		q.attributed = true
		return
	}
	for k := q.t0 - 1; k >= 0 && k >= q.t0-4; k-- {
		t := st0.Toks[k]
		if t.Text == ":" || t.Text == "," || t.Lower == "that" || auxWords.Has(t.Lower) || t.Kind == text.Quote {
			continue
		}
		if _, ok := speechAt(d.lx, st0, k); ok {
			if src, _, _ := d.subjectOf(st0, k); src != nil {
				if q.t0-k > 1 && st0.Toks[k+1].Lower == "that" || hasWordsBetween(st0, k, q.t0) {
					// "said that “…”": a partial quotation inside reported speech
					return
				}
				q.speaker, q.rule, q.cueSent, q.cueTok = src, "quote:before", q.s0, k
				used[[2]int{q.s0, k}] = true
				q.attributed = true
				return
			}
		}
		break
	}
	if src, k := d.inlineSaid(st0, q.t0); src != nil {
		q.speaker, q.rule, q.cueSent, q.cueTok = src, "quote:lead-in", q.s0, k
		used[[2]int{q.s0, k}] = true
		q.attributed = true
	}
}

// quoteSubject reads the attribution after a closing quotation mark at token i-1 when its verb is
// no speech verb of the lexicon: an actor named right after the mark (or its comma) and then a
// finite verb in the past or third person ("Bozell concludes", "Hannity pressed", "an angry
// Hollande retaliated", "Bennett shot back"), at most two adverbial words before the end of the
// sentence or a comma. English places the speaker of a quotation there; whatever the verb, the
// words quoted are that speaker's. It returns the mention and the verb's index.
func (d *doc) quoteSubject(st *sent, i int) (*mention, int) {
	toks := st.Toks
	j := i
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	for j < len(toks) && (determiners.Has(toks[j].Lower) || toks[j].Kind == text.Word && !toks[j].Cap && j+1 < len(toks) && toks[j+1].Cap) && j < i+3 {
		j++ // "an angry Hollande"
	}
	m := d.mentionAt(st, j)
	if m == nil || m.ts != j || !actorKind(m.ent) || m.te >= len(toks) {
		return nil, 0
	}
	v := toks[m.te]
	irregular := v.Lower == "shot" || v.Lower == "wrote" || v.Lower == "told" || v.Lower == "spoke" || v.Lower == "went" || v.Lower == "put"
	if v.Kind != text.Word || v.Cap || text.IsPrep(v.Lower) || determiners.Has(v.Lower) || auxWords.Has(v.Lower) ||
		!(irregular || len(v.Lower) > 3 && (strings.HasSuffix(v.Lower, "ed") || strings.HasSuffix(v.Lower, "s"))) {
		return nil, 0
	}
	if n := m.te + 1; n < len(toks) && toks[n].Kind == text.Word && !toks[n].Cap && (strings.HasSuffix(toks[n].Lower, "ed") || d.lx.Speech[toks[n].Lower].Kind != 0) {
		return nil, 0 // "“Lock her up,” Trump supporters chanted": the -s word was a noun
	}
	rest := 0
	for k := m.te + 1; k < len(toks); k++ {
		t := toks[k]
		if t.Text == "." || t.Text == "," || t.Text == "!" || t.Text == ";" || t.Kind == text.Quote {
			return m, m.te
		}
		if rest++; rest > 3 {
			return nil, 0 // "“…” Lopez accused the minister of lying": a clause of its own
		}
	}
	return m, m.te
}

// speakerLabel reads a speaker label with no verb before a quotation that opens at token t0, the
// layout of interview write-ups and official read-outs: 'Finance Minister Ana Lopes: “…”'. The
// sentence must open with the person's name (titles included) and a colon must sit between the
// name and the mark. It returns the speaker and the colon's index (rule quote:label).
func (d *doc) speakerLabel(st *sent, t0 int) (*entity, int) {
	if t0 < 2 || st.Toks[t0-1].Text != ":" {
		return nil, 0
	}
	m := d.mentionAt(st, t0-2)
	// "From the Farmers' Union: “…”": a label opened by "from" names the source of the
	// quotation after it, a body as well as a person (the inline form of the lead-in line
	// "From X:", discourse.leadIn)
	from := st.Toks[0].Lower == "from"
	if m == nil || m.te != t0-1 || !actorKind(m.ent) || m.ent.final().kind != graph.Person && !from {
		return nil, 0
	}
	// only capitalized title words or other names before the name: "U.S. Trade Representative …"
	for k := 0; k < m.ts; k++ {
		if t := st.Toks[k]; t.Kind != text.Word || !t.Cap && !(t.Lower == "of" || t.Lower == "the" || t.Lower == "and") {
			return nil, 0
		}
	}
	return m.ent.final(), t0 - 1
}

func hasWordsBetween(st *sent, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if st.Toks[k].Kind == text.Word && st.Toks[k].Lower != "that" {
			return true
		}
	}
	return false
}

// subhead reports a quotation that is a heading of the text it quotes, not an assertion: a whole
// paragraph of one sentence, at most eight words, with no terminal punctuation ("On the duties",
// "Next steps" between the paragraphs of a statement given under a lead-in). A statement or
// release is laid out with subheads between its paragraphs (AP Stylebook, "news release"); a
// heading names a part of the text and says nothing about the world.
func (d *doc) subhead(q *quote) bool {
	if q.s0 != q.s1 || q.s0 < 0 || q.s0 >= len(d.sents) {
		return false
	}
	st := d.sents[q.s0]
	p := st.S.Paragraph
	if q.s0 > 0 && d.sents[q.s0-1].S.Paragraph == p || q.s0+1 < len(d.sents) && d.sents[q.s0+1].S.Paragraph == p {
		return false
	}
	marks := "\"“”'‘’«»"
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(st.S.Text), marks))
	if t != strings.TrimSpace(strings.Trim(strings.TrimSpace(d.quoteText(q)), marks)) {
		return false // the quotation is part of the paragraph ("'A deal is close.' — Lina Marsh")
	}
	ws := strings.Fields(t)
	return len(ws) > 0 && len(ws) <= 8 && !strings.ContainsAny(t[len(t)-1:], ".!?…:;,")
}
