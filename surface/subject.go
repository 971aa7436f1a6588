package surface

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// SubjectOf finds the subject of the verb at token i: the actor mention ending right before it
// (auxiliaries, adverbs, negations and asides skipped), a pronoun or definite description resolved
// by coreference, or the antecedent of "which"/"who". It returns the entity, the index where the
// subject starts, and how it was found ("subject", "coref:pronoun", "coref:definite", "relative",
// "document-source").
func SubjectOf(d *doc.Doc, st *doc.Sent, i int) (*doc.Entity, int, string) {
	toks := st.Toks
	if e, s, how := longSubject(d, st, i); e != nil {
		return e, s, how
	}
	via := "" // a session-25 reading that let the subject be found (surface_subject25.go)
	j := i - 1
	for j >= 0 {
		t := toks[j]
		if doc.AuxWords.Has(t.Lower) || t.Kind == text.Quote || d.Lx.Negations[t.Lower] || (strings.HasSuffix(t.Lower, "ly") && !t.Cap && t.Kind == text.Word && st.Ment[j] < 0) || (t.Lower == "both" || t.Lower == "all") && j > 0 && doc.AuxWords.Has(toks[j-1].Lower) {
			j-- // a floated quantifier: "have both opposed"
			continue
		}
		if k := doc.TimeAdverbialEnd(st, j); k < j {
			j = k
			continue
		}
		if t.Text == ")" && j >= 3 && toks[j-2].Text == "(" && toks[j-1].AllCaps && actors.MentionAt(d, st, j-3) != nil {
			// "The World Food Programme (WFP) said …": an acronym in parentheses after a name
			// glosses it (AP Stylebook, "abbreviations and acronyms"): the subject is the name
			j -= 3
			continue
		}
		if o := partyDesignationOpen(d, st, j); t.Text == ")" && o > 0 {
			j, via = o-1, "party-designation" // "Sen. Ann Roe (R-Ohio) said": the designation glosses the name (surface_subject25.go)
			continue
		}
		if t.Text == "," {
			// skip an aside: ", however," ", a former diplomat," ", who …," ", whose province …,"
			// (the relative pronouns who, whom, whose, which open a supplementive relative
			// clause, Quirk et al. 1985, 17.22)
			k := j - 1
			for k >= 0 && j-k < 16 && toks[k].Text != "," {
				k--
			}
			if k >= 0 && toks[k].Text == "," && k+1 < j {
				w := toks[k+1].Lower
				// a supplementive participle clause (", citing falling revenue,", ", angered by
				// the sanctions,") or an inserted prepositional adjunct (", in a statement,") leaves
				// the subject before it the verb's (Quirk et al. 1985, 15.58 on supplementive
				// clauses; 8.14 on the positions of adjuncts), as commaSupplementEnd reads it
				supplement := !toks[k+1].Cap && toks[k+1].Kind == text.Word && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || text.IsPrep(w))
				if w == "however" || w == "a" || w == "an" || w == "the" || w == "who" || w == "whose" || w == "whom" || w == "which" || w == "like" || w == "unlike" || w == "including" || strings.HasSuffix(w, "ly") || w == "though" || w == "too" || w == "meanwhile" || d.Lx.Titles[w] != nil || actors.MentionAt(d, st, k+1) != nil || supplement || zeroArticleRole(d, st, k+1, j) && viaSet(&via, "appositive-role") {
					// "Peru's envoy in Quito, Marco Vela, demanded": the named person in apposition
					// to a role is the subject, not the place or body in the role's phrase
					if pm := actors.MentionAt(d, st, k+1); pm != nil && pm.Ts == k+1 && pm.Te == j && doc.ActorKind(pm.Ent) && pm.Ent.Final().Kind == graph.Person {
						// a person before the comma heads the subject unless a preposition puts it
						// in a postmodifier of the role ("A spokesman for Sadr, Salah al-Obaidi,
						// said": the head is "spokesman", Quirk et al. 1985, 17.37)
						if m := actors.MentionAt(d, st, k-1); m == nil || m.Ent.Final().Kind != graph.Person || m.Ts > 0 && text.IsPrep(toks[m.Ts-1].Lower) {
							return pm.Ent.Final(), pm.Ts, viaOr(via)
						}
					}
					if m := actors.MentionAt(d, st, k-1); m != nil && doc.ActorKind(m.Ent) {
						return m.Ent.Final(), m.Ts, viaOr(via)
					}
					if m := actors.MentionAt(d, st, k+2); (w == "the" || w == "a") && m != nil && doc.ActorKind(m.Ent) && m.Te == j {
						return m.Ent.Final(), m.Ts, viaOr(via) // an outlet named in apposition
					}
					if m := actors.MentionAt(d, st, k+1); m != nil && doc.ActorKind(m.Ent) && (m.Te == j || m.Te+3 >= j && toks[m.Te].Text == "(") {
						return m.Ent.Final(), m.Ts, viaOr(via) // "The main rebel group, Forces for X (FDD), insisted"
					}
					j = k - 1
					continue
				}
			}
		}
		break
	}
	if j < 0 {
		return nil, 0, ""
	}
	t := toks[j]
	if t.Lower == "to" {
		return nil, 0, ""
	}
	if t.Lower == "in" && j >= 2 && i < len(toks) && strings.HasSuffix(toks[i].Lower, "ing") && !toks[i].Cap {
		// "Tanzania has joined Kenya in calling for …": the one who joined acts
		for k := j - 1; k >= 0 && k >= j-6; k-- {
			if w := toks[k].Lower; w == "joined" || w == "joins" || w == "join" || w == "joining" {
				if e, s, _ := SubjectOf(d, st, k); e != nil {
					return e, s, "participle"
				}
				break
			}
		}
	}
	if t.Text == "," && i < len(toks) && strings.HasSuffix(toks[i].Lower, "ing") && !toks[i].Cap {
		// ", calling on X to …", ", accusing X of …", ", arguing that …": a participle after the
		// main clause has the main clause's subject
		if e, s := participleSubject(d, st, j); e != nil {
			return e, s, "participle"
		}
		return nil, 0, ""
	}
	if t.Text == "," && actors.FiniteVerbAt(d, st, i) {
		// a series of verb phrases: "It demands that …, calls on all parties to … and asks …"
		if e, s := coordinatedVerbSubject(d, st, j); e != nil {
			return e, s, "coordination"
		}
		return nil, 0, ""
	}
	if t.Lower == "but" || t.Lower == "yet" {
		// a contrasted verb phrase shares the subject of the verb before it: "Oslo backed the
		// truce but opposed the embargo" → Oslo (as with "and" below)
		if e, s := coordinatedVerbSubject(d, st, j); e != nil {
			return e, s, "coordination"
		}
		return nil, 0, ""
	}
	if t.Lower == "and" {
		// a coordinated verb phrase after a cue or speech verb of the same clause: "Chile's minister
		// rejected the plan, and warned that …" → the first verb's subject
		if e, s := coordinatedVerbSubject(d, st, j); e != nil {
			return e, s, "coordination"
		}
		// a coordinated verb phrase: "Beijing will never trade away X and rejects Y" → Beijing
		for k := j - 1; k >= 0 && k > j-25; k-- {
			w := toks[k].Lower
			if w == "that" || toks[k].Text == ";" || toks[k].Kind == text.Quote && k < j-1 && text.IsOpenQuote(toks[k]) == false && false {
				break
			}
			if m := actors.MentionAt(d, st, k); m != nil && doc.ActorKind(m.Ent) && (m.Ts == 0 || !text.IsPrep(toks[m.Ts-1].Lower) && toks[m.Ts-1].Lower != "'s") && (auxAfter(d.Lx, st, m.Te) || asideThenVerb(d, st, m, j)) {
				return m.Ent.Final(), m.Ts, "coordination"
			}
			if w == "that" {
				break
			}
		}
		return nil, 0, ""
	}
	if m := actors.MentionAt(d, st, j); m == nil {
		if pm := actors.PersonOfUSState(d, st, j+1); pm != nil {
			// "Senator Ann Roe of Nevada said": a US state, no mention of its own
			// (actors/usstates.go), postmodifies the person, who heads the subject
			return pm.Ent.Final(), pm.Ts, "of-postmodifier"
		}
	} else {
		e := m.Ent.Final()
		if !doc.ActorKind(e) {
			if m.Ts > 1 && toks[m.Ts-1].Lower == "of" {
				// "Senator Ann Roe of Ohio said": a place that is no actor postmodifies the
				// person, who heads the subject (surface_subject25.go)
				if pm := actors.MentionAt(d, st, m.Ts-2); pm != nil && pm.Te == m.Ts-1 && doc.ActorKind(pm.Ent) && pm.Ent.Final().Kind == graph.Person {
					return pm.Ent.Final(), pm.Ts, "of-postmodifier"
				}
			}
			return nil, 0, ""
		}
		if m.Ts > 0 {
			pi := m.Ts - 1
			if e.Kind == graph.Country && toks[pi].Lower == "the" && pi > 0 && toks[pi-1].Lower == "of" {
				// "Minister X of the Federative Republic of Brazil said": a state's full name
				// takes "the" (ISO 3166-1 full names); the preposition before it decides, as
				// before a short name ("of Brazil")
				pi--
			}
			p := toks[pi].Lower
			if p == "of" && pi >= 1 && doc.GovernmentNoun.Has(toks[pi-1].Lower) && (e.Kind == graph.Country || e.Kind == graph.Government) {
				s := pi - 1
				if s > 0 && toks[s-1].Lower == "the" {
					s--
				}
				return e, s, "of-head" // "The government of Benin described …" → Benin
			}
			if p == "of" || p == "in" {
				if e, s := ofHead(d, st, pi); e != nil {
					return e, s, "of-head"
				}
			}
			if p == "by" || p == "of" || p == "in" || p == "on" || p == "at" || p == "from" || p == "with" || p == "for" || p == "against" || p == "about" || p == "to" || p == "between" || p == "than" || p == "like" {
				if p == "by" && documentNounBefore(d.Lx, st, pi) {
					return e, m.Ts, "document-source"
				}
				return nil, 0, ""
			}
		}
		how := viaOr(via)
		if strings.HasPrefix(m.Rule, "coref") {
			how = m.Rule
		}
		return e, m.Ts, how
	}
	if text.IsPronoun(t) && t.Lower != "us" && t.Lower != "them" && t.Lower != "him" && t.Lower != "me" {
		if t.Lower == "its" || t.Lower == "their" || t.Lower == "his" || t.Lower == "her" || t.Lower == "our" || t.Lower == "my" {
			return nil, 0, ""
		}
		if e := speakerOfComplement(d, st, j); e != nil {
			actors.AddMention(d, st, j, j+1, e, "coref:pronoun")
			return e, j, "coref:pronoun"
		}
		if t.Lower == "it" && !st.InQuote[j] {
			if e, ok := documentIt(d, st, j); ok {
				if e == nil {
					return nil, 0, ""
				}
				actors.AddMention(d, st, j, j+1, e, "coref:pronoun")
				return e, j, "coref:document"
			}
		}
		if e := coref.ResolvePronoun(d, st.Idx, j, t.Lower); e != nil {
			actors.AddMention(d, st, j, j+1, e, "coref:pronoun")
			return e, j, "coref:pronoun"
		}
		return nil, 0, ""
	}
	if (t.Lower == "who" || t.Lower == "which" || t.Lower == "that") && j >= 2 {
		k := j - 1
		if toks[k].Text == "," {
			k--
		}
		if m := actors.MentionAt(d, st, k); m != nil && doc.ActorKind(m.Ent) {
			return m.Ent.Final(), j, "relative"
		}
		return nil, 0, ""
	}
	if e := PossessedCountry(d, st, j); e != nil {
		return e, j - 1, "coref:pronoun"
	}
	if e := namedDescription(d, st, j); e != nil {
		actors.AddMention(d, st, j-1, j+1, e, "coref:definite")
		return e, j - 2, "coref:definite"
	}
	if e := coref.ResolveDefinite(d, st.Idx, j); e != nil {
		actors.AddMention(d, st, j-1, j+1, e, "coref:definite")
		return e, j - 1, "coref:definite"
	}
	if !t.Cap && (strings.HasSuffix(t.Lower, "ing") || strings.HasSuffix(t.Lower, "ed")) && j > 0 && (text.IsPrep(toks[j-1].Lower) || toks[j-1].Lower == "to" || doc.AuxWords.Has(toks[j-1].Lower)) {
		return nil, 0, "" // "of violating sanctions": a verb before the cue, so the cue is a noun
	}
	// "A statement on the company's website confirms", "An editorial by X said"
	if e, s := documentSource(d, st, j); e != nil {
		return e, s, "document-source"
	}
	// "Niger's military government has ordered …": a country's government is the country
	if t.Kind == text.Word && !t.Cap && doc.GovernmentNoun.Has(t.Lower) {
		for k := j - 1; k >= 1 && k >= j-3; k-- {
			if toks[k].Lower == "'s" {
				if m := actors.MentionAt(d, st, k-1); m != nil && doc.ActorKind(m.Ent) && (m.Ent.Final().Kind == graph.Country || m.Ent.Final().Kind == graph.Government) {
					return m.Ent.Final(), m.Ts, "possessor-title"
				}
				break
			}
			if toks[k].Kind != text.Word || toks[k].Cap {
				break
			}
		}
	}
	// "Cairo's security chief warned": an unnamed office-holder speaks for the possessor
	if t.Kind == text.Word && !t.Cap && d.Lx.Titles[t.Lower] != nil {
		for k := j - 1; k >= 1 && k >= j-3; k-- {
			if toks[k].Lower == "'s" {
				if m := actors.MentionAt(d, st, k-1); m != nil && doc.ActorKind(m.Ent) {
					return m.Ent.Final(), m.Ts, "possessor-title"
				}
				break
			}
			if toks[k].Kind != text.Word || toks[k].Cap {
				break
			}
		}
	}
	// "The UNITA militarist wing refused": an organization modifying a common-noun head
	if t.Kind == text.Word && !t.Cap {
		for k := j - 1; k >= 0 && k >= j-2; k-- {
			if m := actors.MentionAt(d, st, k); m != nil {
				if e := m.Ent.Final(); doc.ActorKind(e) && e.Kind == graph.Organization && (m.Ts == 0 || !text.IsPrep(toks[m.Ts-1].Lower)) {
					return e, m.Ts, "org-modifier"
				}
				break
			}
			if toks[k].Kind != text.Word || toks[k].Cap || actors.Determiners.Has(toks[k].Lower) {
				break
			}
		}
	}
	if e, s := ofHead(d, st, j); e != nil {
		return e, s, "of-head"
	}
	return nil, 0, ""
}

// longSubject reads a sentence-initial subject whose head is followed by a post-modifier before
// its verb at i: a participle phrase ("The union representing 9,800 workers at Prairie Rail, a unit
// of X, threatened"), a relative clause ("The Grain Shippers Association, which represents farm
// cooperatives in A, B and C, urged") or an appositive. The head is an actor mention or a definite
// description ("the union") at the start of the sentence (after a dateline); the names inside the
// modifier are not the subject. It returns nil when the words before i are no such modifier.
func longSubject(d *doc.Doc, st *doc.Sent, i int) (*doc.Entity, int, string) {
	toks := st.Toks
	c := actors.Dateline(d, st, 0)
	for c < i && toks[c].Kind == text.Quote {
		c++
	}
	// the verb group: auxiliaries, adverbs and a time adverbial before i
	v := i
	for v > c {
		t := toks[v-1]
		if doc.AuxWords.Has(t.Lower) || d.Lx.Negations[t.Lower] || strings.HasSuffix(t.Lower, "ly") && t.Kind == text.Word && !t.Cap {
			v--
			continue
		}
		if k := doc.TimeAdverbialEnd(st, v-1); k < v-1 {
			v = k + 1
			continue
		}
		break
	}
	var head *doc.Entity
	he, how := -1, "subject"
	party := false // a party–state designation after the name (surface_subject25.go)
	b := c
	if b < v && (toks[b].Lower == "the" || toks[b].Lower == "a") && actors.MentionAt(d, st, b+1) != nil {
		b++
	}
	if m := actors.MentionAt(d, st, b); m != nil && m.Ts == b && doc.ActorKind(m.Ent) {
		head, he = m.Ent.Final(), m.Te
	} else if b+1 < v && toks[b].Lower == "the" {
		if e := coref.ResolveDefinite(d, st.Idx, b+1); e != nil {
			head, he, how = e, b+2, "coref:definite"
		}
	}
	if head != nil && he < v {
		if c := PartyDesignationEnd(toks, he); c > 0 && head.Kind == graph.Person {
			he, party = c+1, true // "Sen. Ann Roe (R-Ohio), who …, said" (surface_subject25.go)
		}
	}
	if head != nil && how == "subject" && he+1 < v {
		// "The IMF team, led by …": an organization modifying a common-noun head speaks through it
		if w := toks[he]; w.Kind == text.Word && !w.Cap && !doc.AuxWords.Has(w.Lower) && !actors.Determiners.Has(w.Lower) && !text.IsPrep(w.Lower) && d.Lx.Speech[w.Lower].Kind == 0 && !d.Lx.Cues.Opens(w.Lower) && toks[he+1].Text == "," && head.Kind != graph.Person {
			he++
		}
		// "Ana Ruiz of the Labour Party, which …, said": the person heads the noun phrase
		if toks[he].Lower == "of" && head.Kind == graph.Person {
			a := he + 1
			if a < v && LeadingDrop.Has(toks[a].Lower) {
				a++
			}
			if om := actors.MentionAt(d, st, a); om != nil && om.Ts == a && om.Te < v && toks[om.Te].Text == "," {
				he = om.Te
			}
		}
	}
	if head == nil || v-he < 2 || v-he > 40 {
		return nil, 0, ""
	}
	first := toks[he]
	comma := first.Text == ","
	// "representing 9,800 workers", "based in Lyon", "owned by X" (a past form followed by a
	// preposition; "raised taxes" is a finite verb)
	participle := first.Kind == text.Word && !first.Cap && (strings.HasSuffix(first.Lower, "ing") || strings.HasSuffix(first.Lower, "ed") && !doc.AuxWords.Has(first.Lower) && he+1 < v && text.IsPrep(toks[he+1].Lower)) && d.Lx.Speech[first.Lower].Kind == 0 && !d.Lx.Cues.Opens(first.Lower)
	if !comma && !participle {
		return nil, 0, ""
	}
	if comma && toks[v-1].Text != "," {
		return nil, 0, ""
	}
	// no finite verb of the main clause inside the modifier: a speech or cue verb there is only
	// allowed in a relative clause ("which", "who")
	relative := false
	for k := he; k < v-1; k++ {
		t := toks[k]
		if t.Lower == "which" || t.Lower == "who" || t.Lower == "whose" {
			relative = true
		}
		if t.Kind == text.Quote || t.Text == ";" || t.Text == ":" || t.Lower == "that" && !relative || t.Text == "." || t.Text == "," && k+1 < v && toks[k+1].Lower == "and" {
			return nil, 0, "" // ", and": a second clause, not a modifier
		}
		if !relative && k > he && st.Ment[k] < 0 && !t.Cap {
			if _, ok := doc.SpeechAt(d.Lx, st, k); ok {
				return nil, 0, ""
			}
		}
	}
	if comma && !relative && he+1 < v {
		// an appositive must start like a noun phrase: ", a unit of Y,", ", the firm's chief,"
		w := toks[he+1]
		// … or be a participle phrase: ", led by Y,", ", based in Z,"
		part := !w.Cap && (strings.HasSuffix(w.Lower, "ed") || strings.HasSuffix(w.Lower, "ing")) && he+2 < v && text.IsPrep(toks[he+2].Lower)
		if !(actors.Determiners.Has(w.Lower) || w.Cap || w.Kind == text.Num || part || actors.MentionAt(d, st, he+1) != nil || zeroArticleRole(d, st, he+1, v-1) && (how != "subject" || viaSet(&how, "appositive-role"))) {
			return nil, 0, ""
		}
	}
	if how == "coref:definite" {
		actors.AddMention(d, st, b, b+2, head, "coref:definite")
	}
	if party && how == "subject" {
		how = "party-designation"
	}
	return head, b, how
}

// speakerOfComplement: a third-person pronoun opening the clause a speech verb governs refers to
// that verb's subject when it fits ("Oslo said in a statement that it supported the ceasefire",
// "Ms. Lund told reporters she would resign"), the commonest reading in news reports.
func speakerOfComplement(d *doc.Doc, st *doc.Sent, p int) *doc.Entity {
	toks := st.Toks
	w := toks[p].Lower
	cls := text.PronounClass(w)
	if cls == "" || cls == "first" || st.InQuote[p] {
		return nil
	}
	k := p - 1
	if k >= 0 && toks[k].Lower == "that" {
		k--
	}
	for ; k >= 0 && p-k <= 10; k-- {
		t := toks[k]
		if t.Kind == text.Quote || t.Kind == text.Punct && t.Text != "," || st.InQuote[k] {
			return nil
		}
		le, ok := doc.SpeechAt(d.Lx, st, k)
		if !ok {
			continue
		}
		if le.Form == "ing" {
			return nil
		}
		e, _, _ := SubjectOf(d, st, k)
		if e == nil || !actors.Fits(e, cls) || cls == "person" && e.Kind != graph.Person {
			return nil
		}
		if g := coref.PronounGender(w); g != 0 && coref.GenderOf(d, e) != 0 && coref.GenderOf(d, e) != g {
			return nil
		}
		return e
	}
	return nil
}

// coordinatedVerbSubject finds, for a verb phrase coordinated by "and" at j, the subject of the
// nearest cue or speech verb before it in the same clause (no "that", semicolon or quotation mark
// between), so that the second verb phrase shares the first one's subject.
func coordinatedVerbSubject(d *doc.Doc, st *doc.Sent, j int) (*doc.Entity, int) {
	toks := st.Toks
	for k := j - 1; k >= 0 && k > j-40; k-- {
		t := toks[k]
		if t.Lower == "that" && speechThatNoActor(d, st, k, j) {
			// "said in a statement that the strike was illegal and urged doctors to …": no actor
			// opens the reported clause, so the verb after "and" is the speaker's own
			if e, s, _ := SubjectOf(d, st, speechBefore(d.Lx, st, k)); e != nil {
				return e, s
			}
			return nil, 0
		}
		if t.Lower == "that" && mandativeThat(d, st, k, j) {
			// "It demands that the RSF lift the siege, calls on all parties to …": the
			// subjunctive clause of a demand holds no finite verb, so a finite one after "and" or
			// a comma coordinates with the demand verb itself
			if e, s, _ := SubjectOf(d, st, k-1); e != nil {
				return e, s
			}
			return nil, 0
		}
		if t.Lower == "that" || t.Text == ";" || t.Text == ":" || actors.Subordinators.Has(t.Lower) && t.Lower != "as" && t.Lower != "asked" {
			return nil, 0
		}
		if t.Kind == text.Quote || st.InQuote[k] != st.InQuote[j] {
			continue // a partial quotation in the first verb phrase: "called it “regrettable” and said"
		}
		if t.Kind != text.Word || t.Cap || st.Ment[k] >= 0 || k > 0 && (actors.Determiners.Has(toks[k-1].Lower) || text.IsPrep(toks[k-1].Lower)) {
			continue // a noun: "the threat of sanctions"
		}
		verb := false
		// a bare form is finite after a modal or do-support ("did not oppose X but …")
		finite := func(form string) bool { return form != "ing" && (form != "base" || modalBefore(d.Lx, st, k)) }
		if le, ok := doc.SpeechAt(d.Lx, st, k); ok && finite(le.Form) {
			verb = true
		}
		if !verb {
			for _, m := range actors.MatchCues(d, st, k) {
				if m.C.Frame != "N" && finite(m.Form) && m.C.Pattern[0] != "be" {
					verb = true
					break
				}
			}
		}
		if !verb {
			continue
		}
		if e, s, _ := SubjectOf(d, st, k); e != nil {
			return e, s
		}
		return nil, 0
	}
	return nil, 0
}
