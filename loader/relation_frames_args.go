package loader

// Argument helpers of the frames stage: names as units, counterparts, passive subjects,
// appositives and possessors (moved from relation_frames.go unchanged).

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
)

// nameConjuncts re-attaches a conjunct the parser hung on a word inside an actor's name to the
// name's head ("The Ministry of Finance, Spain and Italy opposed …": Spain and Italy are parsed as
// conjuncts of "Finance"). A proper name is one unit, not a phrase whose parts coordinate with
// words outside it (Huddleston & Pullum 2002, 5.20: proper names have no internal syntax of
// modification), so an actor mention outside the name coordinated with a word inside it
// coordinates with the whole name, whose head is the span's word governed from outside.
func (d *doc) nameConjuncts(st *sent, fs *frameSentence) {
	for i := range fs.toks {
		g := fs.toks[i].Head
		if fs.toks[i].DepRel != "conj" || g < 0 {
			continue
		}
		mi, mg := actors.MentionAt(d.Doc, st, fs.at[i]), actors.MentionAt(d.Doc, st, fs.at[g])
		if mi == nil || mg == nil || mi == mg || !docpkg.ActorKind(mi.Ent) || !docpkg.ActorKind(mg.Ent) {
			continue
		}
		// the head of the name holding g: its word whose governor lies outside the name
		h := g
		for n := 0; n < len(fs.toks); n++ {
			p := fs.toks[h].Head
			if p < 0 || actors.MentionAt(d.Doc, st, fs.at[p]) != mg {
				break
			}
			h = p
		}
		if h != g {
			fs.toks[i].Head = h
		}
	}
}

// counterpart reports whether a match names the other party of a two-sided event (CAMEO 04
// consult, 06 material cooperation): its target is an actor or a phrase holding an actor's name
// ("shares US concerns"), or the cue has a recipient or partner — an indirect object or an
// oblique with to, with or for ("will provide food aid to refugees", "will trade with Peru";
// Quirk et al. 1985, 10.6–10.7 on recipients and beneficiaries).
//
// A verb of motion (frames modality class motion: "travel", "fly") is different: its to-phrase
// names the destination and its for-phrase the purpose (Quirk et al. 1985, 9.15–9.16 on "to" of
// destination; 9.64 on "for" of purpose), so "will travel to Hanoi for the summit" names no
// party; only an actor named as the destination counts (a capital stands for its government,
// and a visit to it is CAMEO 042 "make a visit"); an actor inside the purpose ("for the WTO
// meeting") names whose event it is, not a party met.
func (d *doc) counterpart(st *sent, fs *frameSentence, m frames.Match, src, tgt *entity) bool {
	motion := d.x.frames.InClass("motion", strings.ToLower(fs.toks[m.Cue].Lemma))
	if docpkg.ActorKind(tgt.Final()) {
		return true
	}
	for _, k := range fs.kids[m.Cue] {
		switch fs.toks[k].DepRel {
		case "iobj":
			return true
		case "obl", "obl:to":
			for _, c := range fs.kids[k] {
				if w := strings.ToLower(fs.toks[c].Form); fs.toks[c].DepRel == "case" && (w == "to" || w == "with" || w == "for") {
					if !motion || w == "to" && d.partyIn(st, fs, k, src) {
						return true
					}
				}
			}
		}
	}
	if h := m.Target; h >= 0 && !motion && d.partyIn(st, fs, h, src) {
		return true // another party ("its national interest": the source's own is none)
	}
	return false
}

// refusedParty reports whether a refused material cooperation (frames Match.Refused, CAMEO 06)
// names the party refused: its target is an actor, or an oblique with to, with or for names an
// actor other than the source ("will not trade with Peru", "will not sell gas to Lithuania"). A
// for-phrase naming a thing is the price of an exchange ("trade its sovereignty for visas":
// Quirk et al. 1985, 9.59, for of exchange), no party, which counterpart's wider reading of a
// for-phrase as a beneficiary would take.
func (d *doc) refusedParty(st *sent, fs *frameSentence, m frames.Match, src, tgt *entity) bool {
	if docpkg.ActorKind(tgt.Final()) {
		return true
	}
	for _, k := range fs.kids[m.Cue] {
		if r := fs.toks[k].DepRel; r != "obl" && r != "obl:to" && r != "iobj" {
			continue
		}
		if d.partyIn(st, fs, k, src) {
			return true
		}
	}
	return false
}

// motionMeeting reports a match coded CAMEO 036 "express intent to meet" on a verb of motion
// (frames modality class motion): CAMEO.2.0.txt codes "FLY * (TO)" and "GO_SOMEWHERE * (ON TOUR;
// TO)" 036, a trip as the intent to meet whoever is visited, which, as 04 consult, is an offer
// only to a counterpart (counterpart).
func motionMeeting(ex *Extractor, fs *frameSentence, m frames.Match) bool {
	return strings.HasPrefix(m.Code, "036") && ex.frames.InClass("motion", strings.ToLower(fs.toks[m.Cue].Lemma))
}

// partyIn reports an actor other than src named in the phrase headed by h: a mention of an actor
// kind whose words lie inside the phrase, outside a locative phrase in it (venueOnly).
func (d *doc) partyIn(st *sent, fs *frameSentence, h int, src *entity) bool {
	lo, hi := fs.phrase(h)
	for _, mi := range d.BySent[st.Idx] {
		mm := d.Mentions[mi]
		if mm.Ts >= fs.at[lo] && mm.Te <= fs.at[hi-1]+1 && docpkg.ActorKind(mm.Ent) && mm.Ent.Final() != src.Final() && !fs.venueOnly(h, lo, hi, mm.Ts, mm.Te) {
			return true
		}
	}
	return false
}

// venueOnly reports a mention (text tokens [ts, te)) inside the phrase [lo, hi) headed by h that
// lies in a prepositional phrase of place on h itself ("its 2019 meeting in Chengdu, China"): a
// preposition of position or direction on the event noun names where the event is (Quirk et al.
// 1985, 9.15–9.27; locativePreps, and "at", 9.17), so the country or city is its venue, not a
// party to it. A place deeper in the phrase ("aid to refugees fleeing the war in Liberia")
// describes another noun and is left to count.
func (fs *frameSentence) venueOnly(h, lo, hi, ts, te int) bool {
	for k := lo; k < hi; k++ {
		if a := fs.at[k]; a < ts || a >= te {
			continue
		}
		for n, p := 0, k; n < len(fs.toks) && p >= 0 && p != h; n, p = n+1, fs.toks[p].Head {
			if w := fs.caseWord(p); (w == "at" || actors.LocativePreps.Has(w)) && fs.toks[p].Head == h {
				return true
			}
		}
		return false
	}
	return false
}

// passiveSubject returns the nsubj:pass of content verb c that precedes it (the patient of a
// passive clause, UD v2), or -1.

func passiveSubject(fs *frameSentence, c int) int {
	for _, k := range fs.kids[c] {
		if fs.toks[k].DepRel == "nsubj:pass" && k < c {
			return k
		}
	}
	return -1
}

// commaAppositive is the person named between commas inside the phrase [start, end) (code
// points; end is that of the whole subtree, appositions included) of a description that names
// no actor itself: "The chairman of the African Union
// Commission, Moussa Faki, urged …", "The head of the World Health Organization, Tedros Adhanom
// Ghebreyesus, called for …". A name set off by commas after a description is a non-restrictive
// appositive, coreferent with the description's head, not a part of the organization the
// of-phrase names (Quirk et al. 1985, 17.65, 17.72); the parser, trained on EWT, often hangs it on
// the of-phrase's name as a conjunct. Only a person's name is taken: a list of organizations or
// countries between commas is a coordination. nil when there is none.
func (d *doc) commaAppositive(st *sent, start, end int) *entity {
	for _, mi := range d.BySent[st.Idx] {
		m := d.Mentions[mi]
		if m.Ts < 1 || m.Te >= len(st.Toks) || st.Toks[m.Ts].Start < start || st.Toks[m.Te-1].End > end {
			continue
		}
		if st.Toks[m.Ts-1].Lower != "," || st.Toks[m.Te].Lower != "," {
			continue
		}
		if e := m.Ent.Final(); docpkg.ActorKind(m.Ent) && e.Kind == graph.Person {
			return e
		}
	}
	return nil
}

// possessedActor returns the actor mention that m (an actor mention) is the possessor of, within
// the phrase ending at end (code points): a mention opening at m's first word and reaching past
// it, or one opening right after m's "'s"; m itself when there is none. Applied again to what it
// finds ("Kenya's union's leaders").
func (d *doc) possessedActor(st *sent, m *mention, end int) *mention {
	for n := 0; n < 3; n++ {
		next := m
		poss := m.Te < len(st.Toks) && (st.Toks[m.Te].Lower == "'s" || st.Toks[m.Te].Lower == "\u2019s")
		for _, mj := range d.BySent[st.Idx] {
			o := d.Mentions[mj]
			if o == m || !docpkg.ActorKind(o.Ent) || st.Toks[o.Te-1].End > end || o.Ent.Final() == m.Ent.Final() {
				continue
			}
			if o.Ts == m.Ts && o.Te > m.Te || poss && o.Ts == m.Te+1 {
				next = o
				break
			}
		}
		if next == m {
			break
		}
		m = next
	}
	return m
}

// subtreeEnd is the last token of the whole subtree headed by h, appositions and relative
// clauses included (span stops before those: frameSkip).
func (fs *frameSentence) subtreeEnd(h int) int {
	e := h
	for _, k := range fs.kids[h] {
		if x := fs.subtreeEnd(k); x > e {
			e = x
		}
	}
	return e
}

// thanksToNoParty reports a match of the verb "thank" (CAMEO.2.0.txt THANK block, 051 "praise or
// endorse", PLOVER SUPPORT) whose target is no actor: "thanked the delegates for attending",
// "thanked the organisers". CAMEO codes praise as an event between two actors (the codebook's
// 051 "express support for, commend, approve policy, action, or actor"); thanking people the text
// names no actor for is the expressive of Searle 1976 ("A classification of illocutionary acts":
// thanking commits the speaker to nothing and approves no policy), the courtesy that the turn
// rules already drop in transcripts (speaker_stance.go courtesyCue). Thanking a party ("thanked
// Denmark for the jets", "thanked Argentina's firefighters") stays SUPPORTS.
func thanksToNoParty(fs *frameSentence, m frames.Match, tgt *entity) bool {
	return m.Kind == "verb" && strings.HasPrefix(m.Code, "05") && strings.ToLower(lemmaOf(fs.toks[m.Cue])) == "thank" && !docpkg.ActorKind(tgt)
}

// patientAntecedent names what the pronoun "it" refers to when it is the whole patient phrase
// [lo, hi) of a passive act clause ("Peru said it must be renegotiated"): the thing the previous
// sentence's last stance was about, when that was no actor ("Chile signed the treaty": the
// treaty). Centering theory (Grosz, Joshi & Weinstein 1995) takes a pronoun to continue a
// centre of the previous utterance; the patient of a passive act ("replaced", "withdrawn",
// "renegotiated") is a thing acted on, and a stance target of the sentence before that is a
// measure or text (a POLICY node) is the centre it continues. The label is that target's name
// with its article ("the treaty"); "" when the phrase is no lone "it", when "it" anticipates a
// clause, or when the previous sentence holds no such target (the pronoun is then written as
// before).
func (d *doc) patientAntecedent(st *sent, fs *frameSentence, lo, hi int) string {
	if hi != lo+1 || !strings.EqualFold(fs.toks[lo].Form, "it") || st.Idx == 0 {
		return ""
	}
	if v := fs.toks[lo].Head; v >= 0 {
		for _, k := range fs.kids[v] {
			if r := fs.toks[k].DepRel; r == "ccomp" || r == "csubj" || r == "csubj:pass" {
				return "" // anticipatory it ("it must be pointed out that …", Quirk et al. 1985, 18.33): no referent
			}
		}
	}
	for i := len(d.Rels) - 1; i >= 0; i-- {
		r := d.Rels[i]
		if r.Sent != st.Idx-1 || r.Typ == graph.Claims || r.Tgt == nil {
			continue
		}
		if t := r.Tgt.Final(); t.Kind == graph.Policy && !strings.HasSuffix(t.Name, "s") && !strings.HasSuffix(t.Name, "ing") {
			// singular, as "it" is (a plural head ends in s), and a named thing, not an act
			return "the " + t.Name
		}
		return ""
	}
	return ""
}

// expressedIntent reports a cue that is the infinitive of a word of promise, willingness or
// commitment (frames modality class commitment: "is ready to discuss", "pledged to host talks"):
// PLOVER AGREE names these with the offer ("agree to, offer, promise, or otherwise indicate
// willingness or commitment to cooperate"), and CAMEO codes the expression itself, 036 "express
// intent to meet or negotiate" and 031 "express intent to engage in material cooperation", so
// such an announced meeting or cooperation is an offer with or without a named counterpart, as
// "offered to discuss" (CAMEO 03) is. A bare future ("we will be giving details tomorrow") or a
// plan or decision ("decided to commence negotiations", "seeks to introduce a mechanism")
// commits to no one and still needs a counterpart. The willingness may be conditional: "said it
// would be willing to discuss" is the reported "will be willing" backshifted (Quirk et al. 1985,
// 14.31), and a hypothetical "would be ready to" still indicates willingness (PLOVER AGREE), so
// the caller takes any announced mode, future or conditional.
func (fs *frameSentence) expressedIntent(cue int) bool {
	h := fs.toks[cue].Head
	return h >= 0 && fs.toks[cue].DepRel == "xcomp" && fs.fr != nil && fs.fr.InClass("commitment", strings.ToLower(lemmaOf(fs.toks[h])))
}

// purpose reports a cue in a purpose infinitive ("took measures to protect our interests", "sent
// envoys to buy grain"): frames reads its act as intended (future) by the main subject, but an
// intention is announced by an intent verb or noun ("plans to", "vowed to"; CAMEO 03 codes
// expressed intent), not by the purpose of another act, so it gives no relation — unless the act
// it is the purpose of is a verbal stance of the same source (verbalStancePurpose).
func purpose(fs *frameSentence, m frames.Match, matches []frames.Match) bool {
	if !strings.HasPrefix(m.Rule, "frames:verb-adjunct") || m.Mode != frames.Future {
		return false
	}
	if h := fs.toks[m.Cue].Head; h >= 0 && fs.fr != nil && fs.fr.InClass("intent", strings.ToLower(lemmaOf(fs.toks[h]))) && fs.adjacentTo(h, m.Cue) {
		// "voted on Sunday to freeze the assets": the infinitive complements the intent verb,
		// hung as an adjunct after a time phrase (frames adjacentInfinitive): an announced
		// intention, not the purpose of another act
		return false
	}
	for _, k := range fs.kids[m.Cue] {
		if fs.toks[k].DepRel == "mark" && strings.EqualFold(fs.toks[k].Form, "to") {
			return !verbalStancePurpose(fs, m, matches) && !fs.committedPurpose(m.Cue)
		}
	}
	return false
}

// perfectAux reports a participle v with the perfect auxiliary have ("have pledged"): a verb
// form, not the adjectival participle of "is prepared to" (Quirk et al. 1985, 3.74).
func (fs *frameSentence) perfectAux(v int) bool {
	for _, k := range fs.kids[v] {
		if fs.toks[k].DepRel == "aux" && strings.EqualFold(lemmaOf(fs.toks[k]), "have") {
			return true
		}
	}
	return false
}

// committedPurpose reports a purpose infinitive cue (advcl) of a verb that is itself the
// infinitive complement, through at most three xcomp links, of a verb of commitment (modality.txt
// commitment, as a finite, -ing or perfect verb: vow, pledge, promise, agree): "pledged to work together
// to fight the smuggling of fuel", "vowed to continue to cooperate to combat piracy". The purpose
// clause is a part of the verb phrase it modifies (Quirk et al. 1985, 15.17, purpose clauses as
// adjuncts of the predication), and a commissive verb commits its subject to the whole of its
// complement's content (Searle 1976, commissives), so what is pledged is that act with its aim:
// the intention is announced by the commitment verb (CAMEO 03 expressed intent), as purpose
// requires, and the embedded cue's act is the committed subject's, announced. A predicative
// adjective of willingness ("is willing to", "stands ready to", "is prepared to") states a
// disposition to the complement's act, not an undertaking of its aim, and is left out (on the
// corpus it read "willing to work with the US to ensure outcomes" as an offer of outcomes).
func (fs *frameSentence) committedPurpose(cue int) bool {
	if fs.fr == nil || fs.toks[cue].DepRel != "advcl" {
		return false
	}
	h := fs.toks[cue].Head
	for n := 0; n < 3 && h >= 0 && fs.toks[h].DepRel == "xcomp"; n++ {
		g := fs.toks[h].Head
		if g < 0 {
			return false
		}
		if l := strings.ToLower(lemmaOf(fs.toks[g])); fs.toks[g].UPOS == "VERB" && (fs.toks[g].XPOS != "VBN" || fs.perfectAux(g)) && fs.fr.InClass("commitment", l) {
			return true
		}
		h = g
	}
	return false
}

// verbalStancePurpose reports a purpose infinitive m (readout20, R4) that hangs, directly or
// through other purpose infinitives, on the cue of a verbal stance of the same source (or on the
// verb whose object is its noun cue): "agreed on
// the need to strengthen cooperation to oppose the annexation", "expressed solidarity with
// Bolivia to reject the sanctions". A verbal act — CAMEO's verbal cooperation (01–05) and verbal
// conflict (10–14) quad classes, as against material acts (06–09, 15–20) — is a statement, and
// the aim it is stated for is said with it: the infinitive's understood subject is the main
// clause's subject (subject control, Huddleston & Pullum 2002, ch. 14 §6; Quirk et al. 1985,
// 15.17 on purpose clauses), so the inner stance is the same source's, as the outer one is. A
// material act's purpose ("imposed tariffs to punish …") stays the writer's reading of an act,
// and an announced stance's purpose ("will summon the envoy to denounce …") is only announced.
func verbalStancePurpose(fs *frameSentence, m frames.Match, matches []frames.Match) bool {
	h := m.Cue
	for n := 0; n < 4; n++ {
		r := fs.toks[h].DepRel
		if r != "advcl" && r != "acl" || fs.toks[h].Head < 0 {
			return false
		}
		g := fs.toks[h].Head
		for k := g + 1; k < h; k++ {
			if fs.toks[k].Head == g && fs.toks[k].DepRel == "conj" && fs.toks[k].UPOS == "VERB" {
				// "reaffirms its support … and calls on all parties to respect …": a coordinated
				// predicate stands between, whose clause the infinitive may be (the nearer
				// attachment), so it is no certain purpose of the first
				return false
			}
		}
		h = g
		for _, o := range matches {
			// the stance's cue, or its noun cue as the object of the verb ("expressed solidarity")
			at := o.Cue == h || fs.toks[o.Cue].Head == h && fs.toks[o.Cue].DepRel == "obj"
			if at && o.Type == graph.Demands {
				return false // "calls on all parties to respect …": the addressee's act (object control, Quirk et al. 1985, 16.63)
			}
			if at && o.Scope == frames.Own && o.Mode != frames.Future && o.Source == m.Source && o.Source >= 0 && verbalCode(o.Code) {
				// another cue between the stance and the infinitive ("support for UNIFIL and
				// calls on all parties to respect …", "calls" misread as a noun) is the nearer
				// predicate the infinitive may belong to (late closure, Frazier 1978): no certain
				// purpose of the stance
				for _, o2 := range matches {
					if o2.Cue > o.Cue && o2.Cue < m.Cue {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// verbalCode reports a CAMEO code of the verbal quad classes: verbal cooperation (01–05) and
// verbal conflict (10–14) (CAMEO codebook, Gerner et al. 2012, the four quad classes; Duval &
// Thompson 1980).
func verbalCode(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "01", "02", "03", "04", "05", "10", "11", "12", "13", "14":
		return true
	}
	return false
}

// cueClauseStart cuts the end hi of the target phrase headed by h before the dependent of h
// whose subtree holds the cue: "The plan, criticised by Germany as unworkable, was shelved"
// targets "The plan", not the participle clause that says what was done to it (the cue's own
// clause is no part of what it is about). hi when the cue is outside the phrase.
func (fs *frameSentence) cueClauseStart(cue, h, hi int) int {
	if cue <= h || cue >= hi {
		return hi
	}
	for _, k := range fs.kids[h] {
		if lo, e := fs.span(k); k > h && cue >= lo && cue < e || k == cue {
			return min(hi, lo)
		}
	}
	return hi
}

// asReported reports a dependent k whose subtree holds "as" followed by the -ing form of a verb of
// saying ("quoted Beijing's envoy as saying talks were …", "cited officials as saying …"): the
// object predicative of a complex-transitive verb (Quirk et al. 1985, 16.47–16.48: "quote/report/
// describe X as …"), which says what X said, not who X is; the parser often hangs it inside the
// object's phrase.
func (fs *frameSentence) asReported(k int) bool {
	if fs.fr == nil {
		return false
	}
	for j := 0; j+1 < len(fs.toks); j++ {
		if strings.EqualFold(fs.toks[j].Form, "as") && fs.toks[j+1].XPOS == "VBG" &&
			fs.fr.InClass("report", strings.ToLower(lemmaOf(fs.toks[j+1]))) && fs.dominates(k, j) {
			return true
		}
	}
	return false
}

// adjacentTo reports an infinitive v hung as an adjunct (advcl) of verb h that has no object or
// complement of its own, with nothing between them but adverbs, punctuation and time phrases
// ("voted on Sunday to freeze"): the intent verb's complement the parser misattached, as frames'
// adjacentInfinitive reads it.
func (fs *frameSentence) adjacentTo(h, v int) bool {
	if fs.toks[v].DepRel != "advcl" || v < h {
		return false
	}
	for _, k := range fs.kids[h] {
		switch r := fs.toks[k].DepRel; {
		case r == "obj" || r == "iobj" || r == "ccomp" || r == "xcomp":
			return false
		case k > h && k < v && !(r == "advmod" || r == "punct" || r == "obl" || r == "obl:tmod" || r == "obl:unmarked"):
			return false
		}
	}
	return true
}
