package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// quoteText is the content of q without its marks and trailing comma.
func quoteText(d *doc.Doc, q *doc.Quote) string {
	a := d.Sents[q.S0].Toks[q.T0].End
	b := d.Sents[q.S1].Toks[q.T1].Start
	if !q.Closed {
		b = d.Sents[q.S1].Toks[q.T1].End
	}
	if b <= a {
		return ""
	}
	txt := d.Text(a, b)
	// paragraph-opening marks of a multi-paragraph quotation
	txt = strings.NewReplacer("\n\n\u201c", "\n\n", "\n\n\"", "\n\n", "\n\n''", "\n\n").Replace(txt)
	txt = strings.TrimSpace(txt)
	txt = strings.TrimRight(txt, ",")
	return strings.TrimSpace(txt)
}

// Find attributes quotations and reported speech (rules quote:after, quote:before,
// quote:dash, quote:continuation, speech:reported, speech:inverted, speech:participle,
// speech:according-to).
func Find(d *doc.Doc) {
	speakers.QuestionerOutlets(d)
	used := map[[2]int]bool{}
	var last *doc.Quote
	for _, q := range d.Quotes {
		d.CheckStop()
		attributeQuote(d, q, used)
		speakers.BlockQuoteSpeaker(d, q)
		// a quotation continues the last speaker's unless a dash line, lead-in or label gives it
		// a speaker of its own ("“…” — Deputy Envoy X" then "“…” — Councillor Y")
		if q.Speaker == nil && last != nil && last.Speaker != nil && q.S0 <= last.S1+2 && (segment.OpensSentence(d, q) || opensAfterAttribution(d, last, q)) && !speakers.OwnUnit(d, q, last) && !speakers.ColonLineBetween(d, last, q) && !speakers.OtherPersonBetween(d, last, q) {
			q.Speaker, q.Rule, q.CueSent, q.CueTok = last.Speaker, "quote:continuation", q.S0, q.T0
		}
		if q.Speaker != nil {
			last = q
		}
	}
	// the earlier paragraphs of a quotation attributed after its last ("“…¶“…,” she said")
	for i := len(d.Quotes) - 1; i >= 0; i-- {
		if q := d.Quotes[i]; q.Speaker == nil && q.Next != nil && q.Next.Speaker != nil {
			q.Speaker, q.Rule, q.CueSent, q.CueTok = q.Next.Speaker, "quote:continuation", q.S0, q.T0
		}
	}
	for _, st := range d.Sents {
		d.CheckStop()
		if !text.IsQuestion(st.Toks) && !speakers.RemarksOnQuestion(st) {
			reportedSpeech(d, st, used)
			beliefAdjectiveClaims(d, st) // beliefadj.go
			deniedReportClaims(d, st)    // nominal.go
			positionClaims(d, st)        // nominal.go
			accusationClaims(d, st)      // accuse.go
			madeClearSpeech(d, st)       // quotedas.go
			headlineColonClaims(d, st)   // headline.go
		}
	}
	speakers.QuotesAfterReport(d)
	quotesBeforeSpeaker(d) // the speaker named in the sentence after (cataphora.go)
	turnClaims(d)
	for _, q := range d.Quotes {
		if q.Speaker == nil || q.Covered {
			continue
		}
		if q.S1 > q.S0 && (speakers.TurnRules[q.Rule] || q.Part) {
			sentenceClaims(d, q)
			continue
		}
		txt := quoteText(d, q)
		if text.WordCount(txt) < 3 || speakers.QuotedQuestion(txt) || subhead(d, q) {
			continue
		}
		st := d.Sents[q.CueSent]
		ct := st.Toks[q.CueTok]
		d.Claims = append(d.Claims, &doc.ClaimCand{Speaker: q.Speaker, Text: txt, Direct: true, Sent: q.CueSent,
			Cue: ct.Text, CueStart: ct.Start, CueEnd: ct.End, Rule: q.Rule, Score: 0.9})
	}
	jointClaims(d)
	readoutNarration(d) // readout.go
	for _, c := range d.Claims {
		for _, mi := range d.BySent[c.Sent] {
			if m := d.Mentions[mi]; m.Singular && m.Ent.Final() == c.Speaker.Final() {
				c.Singular = true
			}
		}
	}
	for _, c := range d.Claims {
		d.ClaimRels = append(d.ClaimRels, claimRel(d, c))
	}
	for _, c := range d.StanceTurns {
		// held back as talk about the talk: the relations stage keeps the claim only if it
		// codes the speaker's stance in the sentence (dropUncodedTalk)
		r := claimRel(d, c)
		d.ClaimRels = append(d.ClaimRels, r)
		if d.HeldTalk == nil {
			d.HeldTalk = map[*doc.RelCand]bool{}
		}
		d.HeldTalk[r] = true
	}
}

// claimRel makes the CLAIMS relation of claim c: its speaker to a CLAIM node of its text.
func claimRel(d *doc.Doc, c *doc.ClaimCand) *doc.RelCand {
	sp := c.Speaker.Final()
	e := actors.Entity(d, "claim:"+actors.NodeID(sp)+":"+graph.NormalizeName(c.Text), graph.ClaimKind, c.Text, c.Rule)
	e.Text, e.Direct, e.Speaker = c.Text, c.Direct, sp
	if e.Turn == "" {
		e.Turn = speakers.TurnOf(d, c.Sent)
	}
	return &doc.RelCand{Typ: graph.Claims, Src: sp, Tgt: e, Sent: c.Sent, Cue: c.Cue,
		CueStart: c.CueStart, CueEnd: c.CueEnd, Rule: c.Rule, Score: c.Score, Cameo: "010", Hedged: c.Hedged, Negated: c.Negated}
}

// attributeQuote finds q's speaker: a speech verb right after the closing mark ("…,” said X /
// “…,” X said), a dash ("'…' — X"), or a speech verb before the opening mark (X said: “…”).
// attribute records src as quotation q's speaker under rule, its cue the token k of sentence s;
// with used it also marks that cue as spent, so that reportedSpeech does not read it again.
func attribute(q *doc.Quote, used map[[2]int]bool, src *doc.Entity, rule string, s, k int) {
	q.Speaker, q.Rule, q.CueSent, q.CueTok = src, rule, s, k
	q.Attributed = true
	if used != nil {
		used[[2]int{s, k}] = true
	}
}

func attributeQuote(d *doc.Doc, q *doc.Quote, used map[[2]int]bool) {
	st := d.Sents[q.S1]
	toks := st.Toks
	i := q.T1 + 1
	if q.Closed && i < len(toks) {
		// dash attribution
		if toks[i].Text == "\u2014" || toks[i].Text == "\u2013" || toks[i].Text == "-" {
			if m := actors.MentionAt(d, st, i+1); m != nil && doc.ActorKind(m.Ent) {
				q.Speaker, q.Rule, q.CueSent, q.CueTok = m.Ent.Final(), "quote:dash", q.S1, i
				return
			}
		}
		// "…,” according to a statement from X
		for k := i; k < len(toks) && k < i+3; k++ {
			if toks[k].Lower == "according" && k+1 < len(toks) && toks[k+1].Lower == "to" {
				// the first actor of the noun phrase after "to", or the person in apposition to
				// it ("according to the agency's director, Helena Moor")
				var first *doc.Entity
				commas := 0
				for j := k + 2; j < len(toks) && j < k+16 && toks[j].Text != "."; j++ {
					if toks[j].Text == "," {
						if commas++; commas > 1 || first != nil && first.Kind == graph.Person {
							break
						}
						continue
					}
					m := actors.MentionAt(d, st, j)
					if m == nil || !doc.ActorKind(m.Ent) {
						continue
					}
					if e := m.Ent.Final(); first == nil || commas == 1 && e.Kind == graph.Person {
						first = e
					}
				}
				if first != nil {
					attribute(q, used, first, "quote:according-to", q.S1, k)
					return
				}
			}
			if toks[k].Text != "," {
				break
			}
		}
		// "“…,” Ana Ruiz, director of research at the Vela Institute, said": a long appositive
		// after the subject (appositivesubject.go)
		if src, k := designatedSpeaker(d, st, i); src != nil {
			attribute(q, used, src, "quote:after", q.S1, k) // "“…,” Ann Roe, R-Ky., said" (appositivesubject.go)
			return
		}
		if k := appositiveSubjectVerb(d, st, i); k > 0 {
			if src := surface.SpeakerAround(d, st, k, i); src != nil {
				attribute(q, used, src, "quote:after", q.S1, k)
				return
			}
		}
		// "said X" or "X said" within the next few tokens
		for k := i; k < len(toks) && k < i+10; k++ {
			if toks[k].Kind == text.Quote || toks[k].Text == "." && k > i+1 || toks[k].Lower == "and" || toks[k].Lower == "but" {
				break // "called it “regrettable” and said X …": a partial quotation, then a new verb phrase
			}
			if _, ok := doc.SpeechAt(d.Lx, st, k); !ok && !postingVerb(st, k) {
				// a posting verb after the quotation reports it as the posted text ("“…,”
				// tweeted Ana Ruiz": speech.txt, posting verbs), as one before it does (quote:before)
				continue
			}
			if src := surface.SpeakerAround(d, st, k, i); src != nil {
				attribute(q, used, src, "quote:after", q.S1, k)
			} else if src := unnamedSpokesperson(d, st, i, k); src != nil {
				// "“…,” a spokesperson said." after a sentence about the body (spokesperson.go)
				attribute(q, used, src, "quote:spokesperson-of", q.S1, k)
			}
			return
		}
		// "“…,” Bozell concludes.", "“…?” Hannity pressed.": a quotation followed by its speaker
		// and a verb the speech lexicon lacks is still that speaker's (quoteSubject)
		if m, k := quoteSubject(d, st, i); m != nil {
			attribute(q, nil, m.Ent.Final(), "quote:after", q.S1, k)
			return
		}
	}
	// before the opening mark, in its sentence: X said: “…” / X said, “…”
	st0 := d.Sents[q.S0]
	if src, k := speakerLabel(d, st0, q.T0); src != nil {
		attribute(q, nil, src, "quote:label", q.S0, k)
		return
	}
	if src, k := inlineLeadIn(d, st0, q.T0); src != nil {
		attribute(q, used, src, "quote:lead-in", q.S0, k)
		return
	}
	if src, k := documentReads(d, st0, q.T0); src != nil {
		attribute(q, used, src, "quote:document-reads", q.S0, k)
		return
	}
	adj := -1 // a time adjunct between the verb and the comma ("posted on Sunday, “…”": timeAdjunctEnd)
	for k, lim := q.T0-1, q.T0-4; k >= 0 && k >= lim; k-- {
		t := st0.Toks[k]
		if t.Text == ":" || t.Text == "," || t.Lower == "that" || doc.AuxWords.Has(t.Lower) || t.Kind == text.Quote {
			continue
		}
		if s := timeAdjunctEnd(st0.Toks, k); s > 0 && adj < 0 && k+1 < q.T0 && st0.Toks[k+1].Text == "," {
			adj, lim, k = s, lim-(k-s+1), s
			continue
		}
		if _, ok := doc.SpeechAt(d.Lx, st0, k); ok || postingVerb(st0, k) {
			if src, _, _ := surface.SubjectOf(d, st0, k); src != nil {
				if q.T0-k > 1 && st0.Toks[k+1].Lower == "that" || (adj < 0 || adj != k+1) && hasWordsBetween(st0, k, q.T0) {
					// "said that “…”": a partial quotation inside reported speech
					return
				}
				attribute(q, used, src, "quote:before", q.S0, k)
				return
			}
			if src := participleQuoteSpeaker(d, st0, k, q.T0); src != nil {
				attribute(q, used, src, "quote:before+participle", q.S0, k) // "…, saying, “…”" (supplementive.go)
				return
			}
		}
		break
	}
	if src, k := toldRecipientQuote(d, st0, q.T0); src != nil {
		// "told reporters: “…”", "telling Reuters, “…”" (supplementive.go)
		attribute(q, used, src, "quote:before+recipient", q.S0, k)
		return
	}
	if src, k := inlineSaid(d, st0, q.T0); src != nil {
		attribute(q, used, src, "quote:lead-in", q.S0, k)
	}
}

// quoteSubject reads the attribution after a closing quotation mark at token i-1 when its verb is
// no speech verb of the lexicon: an actor named right after the mark (or its comma) and then a
// finite verb in the past or third person ("Bozell concludes", "Hannity pressed", "an angry
// Hollande retaliated", "Bennett shot back"), at most two adverbial words before the end of the
// sentence or a comma. English places the speaker of a quotation there; whatever the verb, the
// words quoted are that speaker's. It returns the mention and the verb's index.
func quoteSubject(d *doc.Doc, st *doc.Sent, i int) (*doc.Mention, int) {
	toks := st.Toks
	j := i
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	for j < len(toks) && (actors.Determiners.Has(toks[j].Lower) || toks[j].Kind == text.Word && !toks[j].Cap && j+1 < len(toks) && toks[j+1].Cap) && j < i+3 {
		j++ // "an angry Hollande"
	}
	m := actors.MentionAt(d, st, j)
	if m == nil || m.Ts != j || !doc.ActorKind(m.Ent) || m.Te >= len(toks) {
		return nil, 0
	}
	v := toks[m.Te]
	irregular := v.Lower == "shot" || v.Lower == "wrote" || v.Lower == "told" || v.Lower == "spoke" || v.Lower == "went" || v.Lower == "put"
	if v.Kind != text.Word || v.Cap || text.IsPrep(v.Lower) || actors.Determiners.Has(v.Lower) || doc.AuxWords.Has(v.Lower) ||
		!(irregular || len(v.Lower) > 3 && (strings.HasSuffix(v.Lower, "ed") || strings.HasSuffix(v.Lower, "s"))) {
		return nil, 0
	}
	if n := m.Te + 1; n < len(toks) && toks[n].Kind == text.Word && !toks[n].Cap && (strings.HasSuffix(toks[n].Lower, "ed") || d.Lx.Speech[toks[n].Lower].Kind != 0) {
		return nil, 0 // "“Lock her up,” Trump supporters chanted": the -s word was a noun
	}
	rest := 0
	for k := m.Te + 1; k < len(toks); k++ {
		t := toks[k]
		if t.Text == "." || t.Text == "," || t.Text == "!" || t.Text == ";" || t.Kind == text.Quote {
			return m, m.Te
		}
		if rest++; rest > 3 {
			return nil, 0 // "“…” Lopez accused the minister of lying": a clause of its own
		}
	}
	return m, m.Te
}

// speakerLabel reads a speaker label with no verb before a quotation that opens at token t0, the
// layout of interview write-ups and official read-outs: 'Finance Minister Ana Lopes: “…”'. The
// sentence must open with the person's name (titles included) and a colon must sit between the
// name and the mark. It returns the speaker and the colon's index (rule quote:label).
func speakerLabel(d *doc.Doc, st *doc.Sent, t0 int) (*doc.Entity, int) {
	if t0 < 2 || st.Toks[t0-1].Text != ":" {
		return nil, 0
	}
	m := actors.MentionAt(d, st, t0-2)
	// "From the Farmers' Union: “…”": a label opened by "from" names the source of the
	// quotation after it, a body as well as a person (the inline form of the lead-in line
	// "From X:", discourse.leadIn)
	from := st.Toks[0].Lower == "from"
	if m == nil || m.Te != t0-1 || !doc.ActorKind(m.Ent) || m.Ent.Final().Kind != graph.Person && !from {
		return nil, 0
	}
	// only capitalized title words or other names before the name: "U.S. Trade Representative …"
	for k := 0; k < m.Ts; k++ {
		if t := st.Toks[k]; t.Kind != text.Word || !t.Cap && !(t.Lower == "of" || t.Lower == "the" || t.Lower == "and") {
			return nil, 0
		}
	}
	return m.Ent.Final(), t0 - 1
}

func hasWordsBetween(st *doc.Sent, a, b int) bool {
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
func subhead(d *doc.Doc, q *doc.Quote) bool {
	if q.S0 != q.S1 || q.S0 < 0 || q.S0 >= len(d.Sents) {
		return false
	}
	st := d.Sents[q.S0]
	p := st.S.Paragraph
	if q.S0 > 0 && d.Sents[q.S0-1].S.Paragraph == p || q.S0+1 < len(d.Sents) && d.Sents[q.S0+1].S.Paragraph == p {
		return false
	}
	marks := "\"“”'‘’«»"
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(st.S.Text), marks))
	if t != strings.TrimSpace(strings.Trim(strings.TrimSpace(quoteText(d, q)), marks)) {
		return false // the quotation is part of the paragraph ("'A deal is close.' — Lina Marsh")
	}
	ws := strings.Fields(t)
	return len(ws) > 0 && len(ws) <= 8 && !strings.ContainsAny(t[len(t)-1:], ".!?…:;,")
}
