package loader

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/syntax/retag"
	syntok "github.com/claimgraph/claimgraph/syntax/tokenize"
	"github.com/claimgraph/claimgraph/text"
)

// The relations stage from frames (issue 13): stance relations (OPPOSES, DEMANDS, THREATENS,
// SANCTIONS, SUPPORTS, OFFERS) are the matches of the frames package (CAMEO verb patterns and the
// hand cue classes of data/frames, matched on the syntax layer's dependency parse) whose
// arguments name the loader's actors. The frames package decides the cue, the relation type,
// the arguments (as token indices of its own parse), modality and scope; this file maps the
// arguments onto the loader's mentions, entities and coreference, and makes the relations.
//
// Offsets: frames tokens carry Start/End as Unicode code points into the cleaned article text,
// as the loader's tokens do; the two tokenizers split differently ("U.S.-led", "can't"), so an
// argument is mapped by offsets, never by index.

// frameSkip are the relations of a phrase's head that end the phrase a target names: a relative
// clause, an adverbial clause, an aside, an apposition or a coordinated second verb phrase say more
// about the target than its name (UD v2 relations; "the plan, which …" names "the plan").
var frameSkip = map[string]bool{"acl:relcl": true, "advcl": true, "parataxis": true, "appos": true,
	"punct": true, "dep": true}

// quantifiers are the determiners of universal and negative quantification (Quirk et al. 1985,
// 5.12–5.14, 6.46–6.62: any, every, each, all, no): a noun under one of them denotes the whole
// class, which its restrictive relative clause delimits.
var quantifiers = map[string]bool{"any": true, "every": true, "each": true, "all": true, "no": true}

// quantifiedRelative extends the end hi of the target phrase headed by h over h's restrictive
// relative clause when h is quantified (quantifiers): "rejects any negotiation that would
// legitimize the occupation" rejects what the clause describes, and "any negotiation" alone
// names nothing. A restrictive relative clause is essential to the identity of its antecedent
// and is not set off by a comma (Quirk et al. 1985, 17.3, 17.22); a non-restrictive one ("the
// plan, which …") and a clause on another determiner stay out, as frameSkip says. hi otherwise.
func (fs *frameSentence) quantifiedRelative(h, hi int) int {
	quant := false
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel == "det" && quantifiers[strings.ToLower(fs.toks[k].Form)] {
			quant = true
		}
	}
	if !quant {
		return hi
	}
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel != "acl:relcl" || k < h {
			continue
		}
		lo, end := fs.span(k)
		if lo > 0 && fs.toks[lo-1].Form == "," || lo < hi-1 {
			continue // set off by a comma: non-restrictive
		}
		for end > lo && fs.toks[end-1].UPOS == "PUNCT" {
			end--
		}
		hi = max(hi, end)
	}
	return hi
}

// frameSentence is one sentence parsed for the frames stage: the syntax tokens (offsets in code
// points into the article), per syntax token the index of the loader token holding its first
// code point (at), and per token its dependents (kids).
type frameSentence struct {
	toks []frames.Token
	at   []int
	kids [][]int
	fr   *frames.Lexicon // for the word classes a phrase boundary reads (report verbs)
	// items are the first tokens of the items of a list run into the sentence, whose labels
	// were left out of the parse ("will (i) modify …; and (ii) adopt …": parseItems)
	items []int
}

// fromCodePoint is s from its off-th code point on (off ≥ 0), as string([]rune(s)[off:]) is
// without converting the whole sentence to runes and back; a string that is not valid UTF-8 takes
// that conversion, which also turns each invalid byte into U+FFFD.
func fromCodePoint(s string, off int) string {
	if !utf8.ValidString(s) {
		return string([]rune(s)[off:])
	}
	if off == 0 {
		return s
	}
	n := 0
	for i := range s {
		if n == off {
			return s[i:]
		}
		n++
	}
	if n < off {
		panic("fromCodePoint: offset past the end") // as the slice expression would
	}
	return ""
}

// parseSentence tokenizes, tags and parses st with the syntax layer; nil when the tagged
// sentence holds no cue candidate (taggedCandidate), which is then not parsed.
func (d *doc) parseSentence(st *sent) *frameSentence {
	fs, _ := d.parseSentenceFor(st, false)
	return fs
}

// parseSentenceFor is parseSentence that also parses a sentence taggedCandidate rejects when force
// is set (the accusation rule's sentences, relation_accusation.go, and those with an evaluative
// word for the judgement frames, relation_frames_judgement.go); tagged reports
// taggedCandidate's verdict.
//
// The parse is made once per sentence and kept (parseMemo, relation_parsecache.go): the tree
// returned is shared with every later caller and is read-only.
func (d *doc) parseSentenceFor(st *sent, force bool) (fs *frameSentence, tagged bool) {
	return d.memoParse(st, force)
}

// parseSentenceNow is parseSentenceFor without the memo: it tokenizes, tags and (when force or
// taggedCandidate allows) parses st afresh.
func (d *doc) parseSentenceNow(st *sent, force bool) (fs *frameSentence, tagged bool) {
	// a wire dateline ("WINNIPEG, Manitoba — The union …", datelineEnd) is left out: the parser,
	// trained on EWT, which has no datelines, takes the place for the subject
	off := 0 // code points of the sentence before its first parsed word
	if k := segment.DatelineEnd(st); k > 0 && k < len(st.Toks) {
		off = st.Toks[k].Start - st.S.Start
	}
	tt := syntok.Tokenize(fromCodePoint(st.S.Text, off))
	fs = &frameSentence{toks: make([]frames.Token, len(tt)), at: make([]int, len(tt)), kids: make([][]int, len(tt)), fr: d.x.frames}
	for i, t := range tt {
		fs.toks[i] = frames.Token{Form: t.Form, Start: st.S.Start + off + t.Start, End: st.S.Start + off + t.End}
	}
	d.joinNameHyphens(st, fs) // relation_wire.go
	d.headlineCase(st, fs)    // a title-case headline in sentence case (relation_headlinecase.go)
	// tag first: the parse (about four fifths of the cost of tagging and parsing) is only for a
	// sentence with a cue candidate in its part of speech ("trade" the verb, not the noun)
	forms := make([]string, len(fs.toks))
	for i := range fs.toks {
		forms[i] = fs.toks[i].Form
	}
	upos, xpos := make([]string, len(forms)), make([]string, len(forms))
	d.x.syn.Tagger().Tag(forms, upos, xpos)
	d.repairTags(st, fs, forms, upos, xpos) // the tag repairs, clause by clause (wire_parenthetic.go)
	if tagged = taggedCandidate(d.x, forms, upos, xpos); !tagged && !force {
		return nil, false
	}
	if out := titleAppositiveLeaveOut(d.Lx, forms, upos, xpos, leaveOut(forms, upos, xpos)); out != nil {
		// wire furniture the parser cannot analyse is left out of the parse (relation_wire.go);
		// the words kept are tagged again as the sentence the parser sees
		kept, kf := fs.toks[:0], forms[:0]
		en := enumerators(forms)
		for i := range fs.toks {
			if !out[i] {
				kept, kf = append(kept, fs.toks[i]), append(kf, forms[i])
			} else if en != nil && en[i] && (i+1 == len(en) || !en[i+1]) {
				fs.items = append(fs.items, len(kept)) // an item's first word (wire_enumerators.go)
			}
		}
		fs.toks, forms = kept, kf
		fs.at, fs.kids = fs.at[:len(kept)], fs.kids[:len(kept)]
		upos, xpos = upos[:len(kept)], xpos[:len(kept)]
		d.x.syn.Tagger().Tag(forms, upos, xpos)
		parentheticTags(d.x, forms, upos, xpos)
		pastAfterSubject(d.Lx.PastOnly, d.Lx.PastOnly, forms, upos, xpos)
		demon := d.demonymWords(st, fs.starts())
		groupHeadNouns(forms, upos, xpos, d.groupHeadWords(st, fs.starts()))
		demonymAdjectives(forms, upos, xpos, d.nameWords(st, fs.starts()), demon)
		retag.OneWordNames(forms, upos, xpos, d.countryNameWords(st, fs.starts(), demon))
		retag.Sentence(forms, upos, xpos, d.nameWords(st, fs.starts()))
		infinitiveAfterAttempt(d.x.frames, d.x.lemma, forms, upos, xpos)
		pastAfterSubject(d.Lx.PastForms, d.Lx.PastOnly, forms, upos, xpos)
	}
	for i := range fs.toks {
		fs.toks[i].UPOS, fs.toks[i].XPOS = upos[i], xpos[i]
	}
	d.wireParse(st, fs)                                     // relation_wire.go, wire_split.go
	contentClauseNearer(d.x, fs)                            // wire_contentclause.go
	postponedMandative(d.x, fs)                             // wire_mandative.go
	coordinatedPastVerb(fs)                                 // wire_coordverb.go
	coordinatedPerfectParticiple(d.x.frames, d.x.lemma, fs) // wire_coordparticiple.go
	byGerundClause(fs)                                      // wire_bygerund.go
	aimingParticiple(d.x.frames, fs)                        // wire_aiming.go
	coordinatedPresentVerb(fs)                              // wire_conjverb.go
	infinitiveConjunct(fs)                                  // wire_infinitiveconj.go
	nounInfinitiveComplement(d.x.frames, fs)                // wire_nouninfinitive.go
	nounPrepComplement(d.x.frames, fs)                      // wire_nounprep.go
	descriptorName(fs)                                      // wire_descname.go
	parentheticalObject(fs)                                 // wire_parenobject.go
	postponedAsObject(d, fs)                                // wire_postponedas.go
	sharedPostmodifierList(fs)                              // wire_sharedpp.go
	k := 0
	for i, t := range fs.toks {
		for k+1 < len(st.Toks) && st.Toks[k].End <= t.Start {
			k++
		}
		fs.at[i] = k
	}
	d.nameConjuncts(st, fs)
	d.coordinatedSubject(st, fs) // relation_coordsubject.go
	for i, t := range fs.toks {
		if h := t.Head; h >= 0 && h < len(fs.toks) && h != i {
			fs.kids[h] = append(fs.kids[h], i)
		}
	}
	return fs, tagged
}

// frameRelations makes the stance relations of one sentence from its frame matches. A match
// gives a relation when its scope is Own (an act asserted of its source, not the content of
// someone else's belief, prediction, demand or hypothesis) and both arguments name something:
// the source an actor, the target an actor or a policy phrase. A negated match ("did not
// oppose") gives a relation flagged negated. Evidence.Rule is the match's Rule
// ("frames:<frame>:<entry>"), its cue the predicate word, its CAMEO and PLOVER codes the entry's.
func (d *doc) frameRelations(st *sent) {
	judge := judgementCandidate(d.Lx, st) || d.justifyCandidate(st) || d.groundlessCandidate(st) // relation_frames_judgement.go
	src := d.mayHaveSource(st)
	cue, accuse := src && d.cueCandidate(st), src && d.armedSupportCandidate(st)
	violation := src && d.violationCandidate(st) // relation_violation.go
	// a voiced obligation's source is the voice of its turn or statement (voicedObligationCandidate
	// asks for one), so it needs no actor in the words: "All those detained must be released"
	voiced := d.voicedObligationCandidate(st) || src && d.voicedWarningCandidate(st) // relation_frames_gate.go, relation_warning.go
	if d.pstats != nil {
		d.pstats.noteGates(st.Idx, cue, accuse, judge, voiced, violation) // parsestats.go
	}
	if !cue && !accuse && !judge && !voiced && !violation {
		return
	}
	fs, tagged := d.parseSentenceFor(st, accuse || judge || voiced || violation)
	if fs == nil {
		return
	}
	if accuse {
		d.armedSupportAccusations(st, fs) // relation_accusation.go
	}
	if violation {
		d.violationAccusations(st, fs) // relation_violation.go
	}
	if judge {
		d.judgementRelations(st, fs) // relation_frames_judgement.go: no source needed in the words
	}
	asked := d.journalistTurn(st) // relation_question.go: a journalist's preface asserts no act
	if (!cue || !tagged) && !voiced {
		return // parsed for the accusation or judgement rules only: no frame can match
	}
	matches := d.x.frames.Match(fs.toks)
	d.noteCues(st, matches) // relation_stance.go
	if d.pstats != nil {
		d.pstats.matches[st.Idx] = 1 + len(matches) // parsestats.go: 0 when Match did not run
	}
	for _, m := range matches {
		if asked && (!reportedInPreface(d.x, st, fs, m) || moderatorTurn(st) && relayedQuestion(fs, m)) {
			continue
		}
		own, ownSrc := d.ownPrediction(st, fs, m)
		if own {
			// the speaker announces its own act (relation_ownspeech.go)
			m.Scope = frames.Own
			if f, rest, ok := strings.Cut(strings.TrimPrefix(m.Rule, "frames:"), ":"); ok {
				m.Rule = "frames:" + f + "-speaker:" + rest
			}
			if d.bodyOfficeSpeaker(st, fs, m) {
				m.Rule += bodyOfficeRule // relation_owngroup.go
			}
		}
		if strings.HasPrefix(m.Rule, "frames:clause-obligation:") {
			d.voicedObligation(st, fs, m) // relation_ownspeech.go
			continue
		}
		if strings.HasPrefix(m.Rule, "frames:clause-warning") {
			d.voicedWarning(st, fs, m) // relation_warning.go
			continue
		}
		if appealRule(m.Rule) {
			d.appealRelation(st, fs, m) // relation_frames_hope.go
			continue
		}
		if m.Scope == frames.Content && m.Type == graph.Demands && d.higherDirective(st, fs, m) {
			// "warned that famine had been declared … and demanded access": a demand conjoined to
			// the content of a verb of saying that is itself a cue is the speaker's own act when
			// its lower subject cannot speak (relation_frames_phrase.go higherDirective)
			m.Scope = frames.Own
		}
		if m.Source < 0 && m.Scope == frames.Own {
			// "X has said the dam … is essential …, and has offered to share data": a conjunct
			// whose lower clause has no subject in the parse shares the higher verb's
			m.Source = fs.higherConjunctSubject(m)
		}
		var listSrc *entity
		listHow := ""
		if m.Source < 0 && m.Scope == frames.Own {
			// a bulleted item continuing a lead-in ("… commitments to:" / "X will:"): the
			// lead-in's holder is its subject (relation_listitem.go)
			if listSrc = d.listLeadInHolder(st, fs, m); listSrc != nil {
				m.Mode, m.Type = frames.Future, announcedType(m)
				if f, rest, ok := strings.Cut(strings.TrimPrefix(m.Rule, "frames:"), ":"); ok {
					m.Rule = "frames:" + f + "-listitem:" + rest
				}
			} else if e, parties := d.gerundItemController(st, fs, m); e != nil {
				// "condemning the attack on …;" after "The Ministers of A and B, …:": the
				// lead-in's head controls the item's -ing clause (relation_gerunditem.go)
				listSrc = e
				if parties {
					listHow = "parties"
				}
				if f, rest, ok := strings.Cut(strings.TrimPrefix(m.Rule, "frames:"), ":"); ok {
					m.Rule = "frames:" + f + "-gerunditem:" + rest
				}
			}
		}
		if src := d.commandedOwnAct(st, fs, matches, m); src >= 0 {
			// "I directed the Trade Representative to impose tariffs on …": the act commanded of
			// an office of one's own government is one's own (relation_command.go)
			m.Scope, m.Source = frames.Own, src
			m.Rule += "+command:own-office"
		}
		if m.Scope != frames.Own || m.Source < 0 && listSrc == nil || purpose(fs, m, matches) || negatedEvidence(fs, m) || mandativeContent(fs, m) || m.Source >= 0 && contentOfReportNoun(fs, m.Source, m.Cue) {
			continue
		}
		if fs.namedInSeries(m, matches) {
			continue // relation_supplementive.go
		}
		if c := fs.at[m.Cue]; strings.HasPrefix(m.Rule, "frames:noun") && c > 0 && text.UpperFirstWord(st.Toks[c].Text) {
			if mm := actors.MentionAt(d.Doc, st, c); mm != nil && mm.Te-mm.Ts > 1 && docpkg.ActorKind(mm.Ent) {
				// a capitalized noun cue inside an actor's name of several words ("Customs
				// Tariff Commission", "Sanctions Committee") is a word of the name, which refers
				// to the body, not to an act: a proper name does not describe (Quirk et al.
				// 1985, 5.60–5.62); a common noun that is a mention alone ("opposition") stays
				continue
			}
		}
		// a pronoun subject is not the object of its own clause (binding Principle B, Chomsky
		// 1981): "It ordered the company to …" is not the company ordering itself
		var not *entity
		if m.Target >= 0 && m.Target != m.Content {
			lt := fs.at[m.Target]
			if mm := actors.MentionAt(d.Doc, st, lt); mm != nil && docpkg.ActorKind(mm.Ent) {
				not = mm.Ent.Final()
			} else if lt > 0 && st.Toks[lt-1].Lower == "the" {
				if e := coref.ResolveDefinite(d.Doc, st.Idx, lt); e != nil && docpkg.ActorKind(e) {
					not = e.Final()
				}
			}
		}
		if not == nil && listSrc == nil {
			not = d.approverOfPossessed(st, fs, matches, m.Source) // relation_approvedact.go
		}
		var src *entity
		var how string
		if listSrc != nil {
			src, how = listSrc, listHow
		} else if own && ownSrc != nil && (possessedForces(d.x, fs, m.Source) || possessedGroupForces(d.x, fs, m.Source)) {
			src, how = ownSrc, "speaker" // "his troops would withdraw": the speaker's state (relation_ownspeech.go)
		} else if e, h, ok := d.medialSource(st, fs, m, not); ok {
			src, how = e, h // "Vietnam, the spokeswoman Le Hang said, opposes …" (relation_medial.go)
		} else {
			src, how = d.frameActor(st, fs, m.Source, m.Cue, not)
		}
		var conjSrc []*entity // "Germany and France … . They called on …" (coref_coordinated.go)
		if listSrc == nil && m.Source >= 0 {
			if cs := coref.CoordinatedAntecedent(d.Doc, st, fs.at[m.Source]); len(cs) > 1 {
				src, how, conjSrc = cs[0], "coref", cs[1:]
			} else if cs := d.coordinatedTitles(st, fs, m.Source); len(cs) > 1 {
				src, how, conjSrc = cs[0], "coref", cs[1:] // "The President and the Prime Minister …" (relation_meetingpair.go)
			} else if cs := d.rolePluralParties(st, fs, m.Source, src); len(cs) > 0 {
				src, how, conjSrc = cs[0], "coref", cs[1:] // "Premiers urged …", "the Premiers of A and B" (relation_roleplural.go)
			}
		}
		if src == nil {
			if s := fs.higherConjunctSubject(m); s >= 0 {
				src, how = d.frameActor(st, fs, s, m.Cue, not)
			}
		}
		if src == nil {
			src = d.higherConjunctSpeaker(st, fs, m) // relation_frames_phrase.go
		}
		if src == nil && ownSrc != nil {
			src, how = ownSrc, "speaker"
		}
		if src == nil && m.Source >= 0 {
			if e := speakers.JointPartiesSubject(d.Doc, st, fs.at[m.Source]); e != nil {
				src, how = e, "parties" // "The Ministers condemned …" in their joint statement (speaker_joint.go)
			} else if e := d.pairSubject(st, fs.at[m.Source]); e != nil {
				src, how = e, "parties" // "The two leaders condemned …" in a readout or after the pair (relation_meetingpair.go)
			}
		} else if m.Source >= 0 && how == "" && speakers.PartyNounSubject(st, fs.at[m.Source]) && speakers.JointPartiesSubject(d.Doc, st, fs.at[m.Source]) != nil {
			// "The two Governments reiterate …" in their joint statement: a party noun in
			// capitals read as a name is still the definite description of the signatories
			// (Quirk et al. 1985, 5.28), not a body of its own (speakers/joint.go)
			src, how = speakers.JointPartiesSubject(d.Doc, st, fs.at[m.Source]), "parties"
		} else if m.Source >= 0 && how == "" && src.Final().Weak {
			if e := d.pairSubject(st, fs.at[m.Source]); e != nil {
				src, how = e, "parties" // "The two ministers …": the pair, not an unnamed group (relation_meetingpair.go)
			}
		}
		if (src == nil || src.Final().Weak && how == "") && m.Scope == frames.Own {
			// "Kenya's foreign minister said his government rejects …", "the AU's chairperson said
			// the pan-African body stood ready to …" (relation_ownside.go): unresolved, or read as
			// an unnamed group of its own
			if e := d.reportedOwnState(st, fs, m); e != nil {
				src, how = e, "speaker"
				if f, rest, ok := strings.Cut(strings.TrimPrefix(m.Rule, "frames:"), ":"); ok && !strings.HasSuffix(f, "-speaker") {
					m.Rule = "frames:" + f + "-speaker:" + rest
				}
			}
		}
		obligation := strings.Contains(m.Rule, "-obligation:")
		if src == nil && obligation {
			// "Fourth, … Wang Yi stressed that …, then it must …" with the ordinal parsed as the
			// subject: the speaker the claims stage found for the same verb of saying
			src = d.claimSpeaker(st, fs.toks[m.Cue].Start)
		}
		if src == nil {
			continue
		}
		tgt := d.frameTarget(st, fs, m)
		if tgt == nil || tgt.Final() == src.Final() || verbalConditionFails(m, src, tgt) { // relation_verbalattack.go
			continue
		}
		// the actor a warning is addressed to, when the target is its clause (relation_warnedaddressee.go)
		d.noteWarned(st, fs, m, src, tgt)
		tradeMeasure := materialMemberBase(m.Kind, m.Rule, m.Code) && stateTradeMeasure(d.x, fs, m, src) // relation_frames_material.go
		coercion := conditionalCoercion(d.x, fs, m)                                                      // relation_frames_material.go
		if materialMemberBase(m.Kind, m.Rule, m.Code) && m.Content != m.Cue && !tradeMeasure && !coercion && !d.actorActedOn(st, fs, m, tgt) {
			// a member's material base code acts on an actor (relation_frames_material.go); not
			// an announced act of force naming no party, whose target is the act itself
			// ("We will retaliate if we are attacked": frames args.go), no thing-object sense
			continue
		}
		if d.thingCooperation(st, fs, m, tgt) {
			continue // "organized the seminar": no partner of CAMEO 050 (relation_frames_senses.go)
		}
		if t, drop := d.partnerlessPattern(st, fs, m, src, tgt); drop {
			continue // "met … at her request": no party in the pattern's slot (relation_frames_senses.go)
		} else {
			tgt = t
		}
		if d.requirementNeed(st, fs, m, src) {
			continue // "the company, which needs American chips": a requirement (relation_frames_senses.go)
		}
		if proposedMeasure(fs, m) {
			continue // "a proposal for an embargo": proposed, not imposed (relation_proposed.go)
		}
		if strings.HasPrefix(m.Rule, "frames:noun-adjunct-act") && !d.actorsAct(st, fs, m.Content, m.Cue) {
			continue // "the talks stalled over Russia's objection": no one's act (relation_targettrim.go)
		}
		if obligation && d.obligesSelf(st, fs, m, src) {
			continue // "Chad said it must defend its borders": a commitment, no demand (relation_ownspeech.go)
		}
		obligesActor := obligation && m.Target >= 0 && d.obligedActor(st, fs, m.Target) != nil
		if obligation && !obligesActor && agentlessNecessity(d.x, fs, m) {
			continue // "said the data must be accurate", "talks should resume": no one obliged (relation_ownspeech.go)
		}
		if m.Type == graph.Offers && m.Mode == frames.Asserted && strings.HasPrefix(m.Code, "07") && !d.counterpart(st, fs, m, src, tgt) && !d.actorActedOn(st, fs, m, tgt) && !personActedOn(fs, m) {
			// CAMEO 07 "provide aid" reported as given is an event PETRARCH2 codes between two
			// actors, an offer of the source to the party aided: the counterpart named
			// (counterpart: "donated $50 million to the refugee agency") or the person or body
			// acted on (actorActedOn, personActedOn: "protected the villagers"). Aid with no one
			// aided ("helped found the group", "helped minimize the bump", "is looking for a
			// strong performance") offers no one anything (session 33; cameo-types.txt 07);
			// announced aid keeps its intent reading (CAMEO 033)
			continue
		}
		if m.Type == graph.Offers && (strings.HasPrefix(m.Code, "04") || strings.HasPrefix(m.Code, "06") || strings.HasPrefix(m.Code, "074") || strings.HasPrefix(m.Code, "075") || motionMeeting(d.x, fs, m)) && !d.counterpart(st, fs, m, src, tgt) && !(m.Mode != frames.Asserted && fs.expressedIntent(m.Cue)) {
			// CAMEO 04 consult and 06 material cooperation are events between two actors; only
			// announced are they an offer, and then to the counterpart (CAMEO 036, 031 "express
			// intent to meet or negotiate / to cooperate" with someone: cameo-types.txt rows 04,
			// 06). An announced exchange with no actor acted on ("we will be giving details
			// tomorrow") offers nothing to anyone. CAMEO 074 "provide military protection or
			// peacekeeping" and 075 "grant asylum" protect another actor, whom the verb's object
			// names (DEFEND, PROTECT, SHELTER): "China resolutely defends its national interest"
			// protects no one else. A verb of motion coded 036 ("FLY * (TO)": going somewhere
			// as intent to meet) needs its counterpart as 04 does (motionMeeting)
			continue
		}
		if thanksToNoParty(fs, m, tgt) {
			// a courtesy, not praise (relation_frames_args.go)
			continue
		}
		if strings.HasPrefix(m.Refused, "06") && !d.refusedParty(st, fs, m, src, tgt) {
			// "Georgia will not trade its sovereignty for visas": a refused material cooperation
			// (CAMEO 06, an event between two actors) is refused to the other party (CAMEO 121
			// "reject material cooperation"); with no party named, the object is what would be
			// exchanged, and refusing to give it up opposes nothing (relation_frames_args.go).
			// A refused consultation (04) is not so: the topic of a discussion refused is a
			// proposal rejected ("does not plan to discuss the debt swap", CAMEO 125 "reject
			// proposal to meet, discuss, or negotiate")
			continue
		}
		score := 0.8
		if how != "" {
			score -= 0.1 // the source came through coreference
		}
		if m.Hedged {
			score -= 0.15
		}
		code, plover := m.Event() // a hand class line's code labels the relation only (frames.Match.LineCode)
		if tradeMeasure && !docpkg.ActorKind(tgt) {
			code, plover = tradeMeasureCode, "SANCTION" // relation_frames_material.go stateTradeMeasure
		}
		if plover == "-" {
			plover = ""
		}
		c := fs.toks[m.Cue]
		rule := m.Rule
		if how == "speaker" && ownSrc != nil && src == ownSrc && ownSrc.Kind == graph.Organization {
			rule += ownGroupRule // relation_owngroup.go
		}
		if obligation && d.reportedDirectiveAddressee(st, fs, m.Target) != nil {
			rule += reportedDirectiveRule // relation_directiveaddressee.go
		}
		if how == "turn" {
			rule += "+" + st.Unit.Rule // the source is the turn's speaker (speaker.go: turnHow)
		}
		if how == "parties" {
			rule += "+joint:parties" // jointStances gives it to every party
		}
		if d.askedAntecedent(st, fs, m) {
			rule += "+antecedent:question" // "A: We reject them": the question's phrase (relation_turnantecedent.go)
		}
		// the party the measure hits, named as possessor or nationality of its goods or firms, is
		// a target of its own beside the measure (relation_measureparty.go)
		ps, shapes := d.hitParties(st, fs, m, matches, src, tgt)
		if len(ps) == 0 || !quantityOfGoods(fs, m.Target) && !ownEnvoy(fs, m.Target) {
			// (nor is the subject's own envoy the target once the state it is withdrawn from is
			// named: relation_ownenvoy.go)
			// a quantity of goods whose party is named is no policy (relation_measureparty.go)
			d.Rels = append(d.Rels, &relCand{Typ: m.Type, Src: src.Final(), Tgt: tgt.Final(), Sent: st.Idx,
				Cue: d.Text(c.Start, c.End), CueStart: c.Start, CueEnd: c.End, Rule: rule, Score: score,
				Cameo: code, Plover: plover, Negated: m.Negated, Hedged: m.Hedged, SayStart: c.Start})
			d.premodifierConjunctCopies(st, fs, m, how == "" && listSrc == nil, d.Rels[len(d.Rels)-1]) // relation_frames_premod.go
			for _, e := range conjSrc {
				if r := d.Rels[len(d.Rels)-1]; e != r.Tgt && e != r.Src {
					c := *r
					c.Src = e
					d.Rels = append(d.Rels, &c)
				}
			}
		}
		for k, p := range ps {
			d.Rels = append(d.Rels, &relCand{Typ: m.Type, Src: src.Final(), Tgt: p, Sent: st.Idx,
				Cue: d.Text(c.Start, c.End), CueStart: c.Start, CueEnd: c.End, Rule: rule + "+measure-party:" + shapes[k], Score: score,
				Cameo: code, Plover: plover, Negated: m.Negated, Hedged: m.Hedged, SayStart: c.Start})
		}
		// the party named inside the object or in a fronted pressure adjunct (relation_innerparty.go)
		ips, ishapes := d.innerParties(st, fs, m, matches, src, tgt)
		for k, p := range ips {
			if !slices.Contains(ps, p) {
				d.Rels = append(d.Rels, &relCand{Typ: m.Type, Src: src.Final(), Tgt: p, Sent: st.Idx,
					Cue: d.Text(c.Start, c.End), CueStart: c.Start, CueEnd: c.End, Rule: rule + "+inner-party:" + ishapes[k], Score: score,
					Cameo: code, Plover: plover, Negated: m.Negated, Hedged: m.Hedged, SayStart: c.Start})
			}
		}
		// the foreign party of "banned X from buying <demonym> Y" (relation_banfrom.go)
		if p := d.bannedGoodsParty(st, fs, m, src); p != nil && p != tgt.Final() && !slices.Contains(ps, p) && !slices.Contains(ips, p) {
			d.Rels = append(d.Rels, &relCand{Typ: m.Type, Src: src.Final(), Tgt: p, Sent: st.Idx,
				Cue: d.Text(c.Start, c.End), CueStart: c.Start, CueEnd: c.End, Rule: rule + "+inner-party:from-gerund", Score: score,
				Cameo: code, Plover: plover, Negated: m.Negated, Hedged: m.Hedged, SayStart: c.Start})
		}
		// the topic the quotation's attribution names for its demonstrative or pronoun (relation_quotetopic.go)
		if p, shape := d.quoteTopicParty(st, fs, m, src); p != nil && p != tgt.Final() && !slices.Contains(ps, p) && !slices.Contains(ips, p) {
			d.Rels = append(d.Rels, &relCand{Typ: m.Type, Src: src.Final(), Tgt: p, Sent: st.Idx,
				Cue: d.Text(c.Start, c.End), CueStart: c.Start, CueEnd: c.End, Rule: rule + "+quote-topic:" + shape, Score: score,
				Cameo: code, Plover: plover, Negated: m.Negated, Hedged: m.Hedged, SayStart: c.Start})
		}
	}
}

// span returns the syntax tokens [lo, hi) of the phrase headed by h, without the dependents
// frameSkip lists and, for the head itself, without its conjuncts (each conjunct is a match of
// its own).
func (fs *frameSentence) span(h int) (int, int) {
	lo, hi := h, h+1
	stack := []int{h}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, k := range fs.kids[n] {
			rel := fs.toks[k].DepRel
			if frameSkip[rel] || n == h && (rel == "conj" || rel == "cc") || fs.attribution(k) || fs.asReported(k) || fs.verbConjunctOfNominal(n, k) || fs.detachedClause(n, k) {
				continue
			}
			lo, hi = min(lo, k), max(hi, k+1)
			stack = append(stack, k)
		}
	}
	if k := fs.raisedObjectConjunct(h); k >= 0 {
		_, hi = fs.span(k) // "preserving and implementing the accord" (relation_raisedobject.go)
	}
	return lo, hi
}

// attribution reports a dependent that attributes the sentence rather than describing the phrase
// it hangs on: a reporting clause ("…,” she said": a verb of saying with its own subject after
// the phrase) or an "according to" phrase (PARC 3.0 attribution cues, Pareti 2016). Neither is
// part of a target's name, wherever the parser attaches it.
func (fs *frameSentence) attribution(k int) bool {
	for _, c := range fs.kids[k] {
		if fs.toks[c].DepRel == "case" && strings.EqualFold(fs.toks[c].Form, "according") {
			return true
		}
	}
	if fs.gluedReport(k) {
		return true // "…, Chief Cabinet Secretary Osamu Fujimura said" split by the parser (relation_gluedreporter.go)
	}
	if fs.fr == nil || fs.toks[k].UPOS != "VERB" || !fs.fr.InClass("report", strings.ToLower(lemmaOf(fs.toks[k]))) {
		return false
	}
	subj := false
	for _, c := range fs.kids[k] {
		if fs.toks[c].DepRel == "nsubj" && c < k && c > 0 && fs.toks[c-1].UPOS == "PUNCT" {
			return true // "…,” she said": the subject right after the closing punctuation
		}
		subj = subj || fs.toks[c].DepRel == "nsubj" && c < k
	}
	if lo, _ := fs.span(k); subj && lo > 0 && lo < k && fs.toks[lo-1].UPOS == "PUNCT" {
		// "…,” Nigerian President Bola Adewale said" with the demonym hung on the verb: the
		// reporting clause opens right after the punctuation all the same (Quirk et al. 1985,
		// 14.29 on the reporting clause after the quotation), whatever its first word's head
		return true
	}
	return false
}

// sharedEnd extends the end hi of the phrase of a later conjunct h over the dependents its first
// conjunct takes after h ("restrictions on individuals and companies involved in abuses":
// "involved in abuses" belongs to both). UD attaches a dependent shared by all conjuncts to the
// first (UD v2 guidelines, Coordination: shared dependents); one that follows a later conjunct
// can only be shared, since a dependent of the first conjunct alone would cross the coordination.
func (fs *frameSentence) sharedEnd(h, hi int) int {
	if fs.toks[h].DepRel != "conj" || fs.toks[h].Head < 0 {
		return hi
	}
	for _, k := range fs.kids[fs.toks[h].Head] {
		rel := fs.toks[k].DepRel
		if k < hi || frameSkip[rel] || rel == "conj" || rel == "cc" {
			continue
		}
		_, e := fs.span(k)
		hi = max(hi, e)
	}
	return hi
}

// phrase is span without the leading function words that attach the phrase to its governor
// (UD case and mark: "for an exorbitant price" names "an exorbitant price"), a complex
// preposition with them: the later words of "as for", "as to", "because of", "according to" are
// UD fixed dependents of the first (UD v2 fixed: multiword function words), and the whole
// expression is one preposition (Quirk et al. 1985, 9.10–9.13 on complex prepositions; 8.121 on
// "as for", "as to" as topic markers), so "As for the specific issues over which …" names "the
// specific issues" wherever its relative pronoun or head is the target.
func (fs *frameSentence) phrase(h int) (int, int) {
	lo, hi := fs.span(h)
	for lo < h {
		t := fs.toks[lo]
		if (t.DepRel == "case" || t.DepRel == "mark") && t.Head == h {
			lo++
			continue
		}
		if p := t.Head; t.DepRel == "fixed" && p >= 0 && p < lo && (fs.toks[p].DepRel == "case" || fs.toks[p].DepRel == "mark") && fs.toks[p].Head == h {
			lo++
			continue
		}
		if !fs.dominated(lo, h) {
			// a word between the phrase's preposition and its noun that is none of the phrase's
			// own: a parenthesis ("called for, in a letter to the Council, sanctions against …",
			// wire_parenobject.go) is no part of the phrase it interrupts (Quirk et al. 1985,
			// 15.54 on parenthetic insertions)
			lo++
			continue
		}
		break
	}
	return lo, hi
}

// dominated reports that word k lies in the subtree of h (h itself included).
func (fs *frameSentence) dominated(k, h int) bool {
	for n := 0; k >= 0 && k < len(fs.toks) && n <= len(fs.toks); n++ {
		if k == h {
			return true
		}
		k = fs.toks[k].Head
	}
	return false
}

// modifierClauses returns the code-point spans [start, end) of the clauses that modify a noun of
// the phrase headed by h (UD acl and acl:relcl after their noun: "a spokesman for the talks,
// quoted by the news agency SANA,", "the delegation, which met Kenya's president,"). An actor named inside such a clause is one of
// that clause's participants — the agent of "quoted", the object of "met" — and the noun phrase
// refers through its head, not through the clause (Huddleston & Pullum 2002, 12.1: a relative
// clause or participial modifier restricts or supplements the head's reference; 15.5 on
// supplements), so it is never the noun's actor.
func (fs *frameSentence) modifierClauses(h int) [][2]int {
	var out [][2]int
	plo, phi := fs.span(h)
	for k := plo; k < phi; k++ {
		if r := fs.toks[k].DepRel; (r == "acl" || r == "acl:relcl") && k > fs.toks[k].Head && fs.toks[k].Head >= plo && fs.toks[k].Head < phi {
			lo, hi := fs.span(k)
			out = append(out, [2]int{fs.toks[lo].Start, fs.toks[hi-1].End})
		}
	}
	return out
}

// nominalArguments returns the code-point spans [start, end) of the prepositional complements of
// noun h that are its arguments as a cue noun (frames NounTakes: "threat" of/against/to, "call"
// for, "pressure" on): an event noun's complements name what the act is about or whom it is
// aimed at, as the verb's object and obliques do (Grimshaw 1990, ch. 3: complex event nominals
// take the verb's internal arguments as complements), so an actor named there is the act's
// target, never the agent of the clause the noun is subject of ("Turkey's threat of sanctions
// against Sweden delayed the vote": Sweden delayed nothing).
func (fs *frameSentence) nominalArguments(h int) [][2]int {
	if fs.fr == nil || fs.toks[h].UPOS != "NOUN" {
		return nil
	}
	var out [][2]int
	for _, k := range fs.kids[h] {
		if c := fs.caseOf(k); k > h && c >= 0 && strings.HasPrefix(fs.toks[k].DepRel, "nmod") && fs.toks[k].DepRel != "nmod:poss" && fs.fr.NounTakes(lemmaOf(fs.toks[h]), strings.ToLower(fs.toks[c].Form)) {
			lo, hi := fs.span(k)
			out = append(out, [2]int{fs.toks[lo].Start, fs.toks[hi-1].End})
		}
	}
	return out
}

// inSpans reports whether code point p falls in one of the spans [start, end).
func inSpans(spans [][2]int, p int) bool {
	for _, s := range spans {
		if p >= s[0] && p < s[1] {
			return true
		}
	}
	return false
}

// frameTarget is what a match is about: the infinitive or clause the cue governs, as a verb
// phrase ("threatened to impose tariffs" → "imposing tariffs", "urged Peru to release the
// journalists" → "releasing the journalists": what is demanded, not whom it is asked of); else
// the actor its target argument names (the head word's mention, or a pronoun resolved), else the
// target phrase as a policy; for a noun cue with neither, the measure the noun names ("imposed
// sanctions"). nil when there is none.
func (d *doc) frameTarget(st *sent, fs *frameSentence, m frames.Match) *entity {
	if h := m.Target; h >= 0 && m.Content < 0 {
		if t := fs.toks[h]; relativeWord(t) {
			// "the duties that India imposed": a relative pronoun stands for the noun its
			// clause modifies
			if v := t.Head; v >= 0 && fs.toks[v].DepRel == "acl:relcl" && fs.toks[v].Head >= 0 {
				h = fs.toks[v].Head
			}
		}
		if fs.toks[m.Cue].DepRel == "acl:relcl" && fs.toks[m.Cue].Head == h {
			// the antecedent of the cue's relative clause: "limiting the growth of the base, a
			// policy that the US supported" is about the act the appositive classifies
			// (relation_frames_titleappos.go)
			if lo, hi, ok := fs.classifyingAnchor(h); ok {
				return surface.PolicyTarget(d.Doc, st, fs.at[lo], fs.at[hi-1]+1, "")
			}
		}
		lh := fs.at[h]
		if a := d.appositiveTarget(st, fs, h); a != nil {
			return a
		}
		if e, ok := d.unboundPronoun(st, fs, m, lh); ok {
			return e // "A, B and C cut ties with D, accusing it of …": not the subject (relation_bindingsubject.go)
		}
		other, self := d.firstPersonSelf(st, fs, m, lh) // "we condemn it": not us (relation_bindingsubject.go)
		if other != nil {
			return other
		}
		if mm := actors.MentionAt(d.Doc, st, lh); !self && mm != nil && docpkg.ActorKind(mm.Ent) && !(mm.Ts <= fs.at[m.Cue] && fs.at[m.Cue] < mm.Te) {
			// (a mention that holds the cue word itself names no target of it: "The merger faced
			// opposition from Brazil" with "merger faced opposition" taken for a group; the
			// phrase the parse gives is the target)
			return mm.Ent.Final()
		}
		if k := d.pluralThingAntecedent(st, fs, h); k >= 0 {
			// "… industrial policies, and the US has not objected to them": the policies
			lo, hi := fs.phrase(k)
			return surface.PolicyTarget(d.Doc, st, fs.at[lo], fs.at[hi-1]+1, "")
		}
		if ss, b, e := d.thingAntecedent(st, fs, h); ss != nil {
			return surface.PolicyTarget(d.Doc, ss, b, e, "") // "… vowed to fight it": the move (relation_things.go)
		}
		if ss, b, e := d.demonstrativeNounAntecedent(st, fs, h); ss != nil {
			return surface.PolicyTarget(d.Doc, ss, b, e, "") // "condemned those tariffs": the tariffs named before (relation_demonstrative.go)
		}
		if demonstrativeAlone(fs, h) {
			if e := d.questionAntecedent(st); e != nil {
				return e // an answer's opening "this": the question's proposition (relation_questionantecedent.go)
			}
			return d.demonstrativeAntecedent(st) // the statement before, or none (relation_demonstrative.go)
		}
		if t := st.Toks[lh]; text.IsPronoun(t) {
			if e := d.boundResolve(st, fs, m, lh); !self && e != nil && docpkg.ActorKind(e) { // relation_bindingsubject.go
				return e.Final()
			}
			if t.Lower == "it" {
				return d.questionAntecedent(st) // "A: Naturally it is worrying": the question's proposition
			}
			return nil
		}
		if firstPersonPossessed(fs, h) {
			// "offered to our people": the speaker's side when the speaker's state is known;
			// otherwise the phrase stays the target as written, so the stance and its evidence
			// are kept (dropping them lost a right relation on a fully blind set, session 25).
			if own := d.speakersOwnSide(st, fs, m); own != nil {
				return own
			}
		}
		if fs.generalNoun(d.x.frames, h) {
			return nil
		}
		if fs.toks[h].UPOS == "PRON" && fs.phraseLen(h) == 1 && whPronoun[strings.ToLower(fs.toks[h].Form)] {
			// a wh-pronoun refers back to nothing (Halliday & Hasan 1976, ch. 2: the reference
			// items are the personal and demonstrative pronouns, "China welcomes this"): as the
			// cue's own argument inside its clause ("what we wanted to provide … is an overview"),
			// or with no clause at all, it names nothing; a free relative whose clause is not the
			// cue's is named as before ("condemned what it called the brutal attack")
			rc := -1
			for _, k := range fs.kids[h] {
				if fs.toks[k].DepRel == "acl:relcl" {
					rc = k
				}
			}
			if rc < 0 {
				return nil
			}
			if lo, hi := fs.span(rc); m.Cue >= lo && m.Cue < hi || m.Cue == rc {
				return nil
			}
		}
		lo, hi := fs.phrase(h)
		if m.Kind == "prep" {
			lo, hi = fs.predicatePhrase(h)
		}
		hi = fs.cueClauseStart(m.Cue, h, hi)
		hi = fs.coordinatedPremodifiers(h, hi)
		lo = fs.premodifierCoordinationStart(h, lo) // relation_frames_premod.go
		hi = fs.quantifiedRelative(h, hi)
		hi = fs.sharedEnd(h, hi)
		hi = fs.objectOrigin(m.Cue, hi)
		hi = fs.nounComplement(d.x.frames, m.Cue, h, hi)
		lo = fs.addresseeStart(m, h, lo) // relation_frames_recipient.go
		hi = fs.recipientEnd(m, h, hi)
		hi = d.channelStart(st, fs, h, hi) // relation_targettrim.go
		hi = fs.verblessRootEnd(h, hi)     // relation_targettrim.go
		hi = fs.reasonClauseStart(lo, hi)  // relation_targettrim.go
		hi = fs.groundPhraseStart(h, hi)   // relation_targettrim.go
		hi = fs.complementStart(m, h, hi)  // relation_targettrim.go
		lo = fs.predicateNounStart(h, lo)  // relation_targettrim.go
		lo = fs.leadingCoordinator(h, lo)
		lo = fs.particleStart(m, h, lo)              // relation_particletrim.go
		hi = fs.serialListEnd(lo, hi)                // relation_targettrim.go
		hi = fs.strandedParticiple(lo, hi)           // relation_targettrim.go
		hi = fs.reportingTailStart(d.Lx, st, lo, hi) // relation_reportingtail.go
		if code, ok := peopleTargetHead(d.x, d.Lx, st, fs, h); ok {
			if g, done := d.peopleTarget(st, fs, h, fs.at[lo], fs.at[hi-1]+1, code); done {
				return g // people are no policy (relation_peopletarget.go)
			}
		}
		if h == m.Cue || fs.toks[h].Head == m.Cue {
			// "lifted the curfew": the act of lifting it (relation_reversalact.go)
			return surface.PolicyTarget(d.Doc, st, fs.at[lo], fs.at[hi-1]+1, d.reversalActPrefix(fs, m, h))
		}
		return surface.PolicyTarget(d.Doc, st, fs.at[lo], fs.at[hi-1]+1, "")
	}
	c := m.Content
	if c < 0 && m.Kind == "noun" && (m.Type == graph.Sanctions || strings.Contains(m.Rule, "-reversal") && d.x.frames.IsSanctionNoun(fs.toks[m.Cue].Lemma)) {
		// a measure named by a noun without an argument of its own ("imposed sanctions",
		// "introduced export restrictions", "China's export curbs"): the measure is what the
		// relation is about, named without its source; so is a measure eased or refused ("shortened
		// the nightly curfew", "refused to lift the embargo": CAMEO 081/085 concede the measure
		// itself); a threat or a demand without an argument names nothing acted on
		lo, hi := fs.phrase(m.Cue)
		for hi-1 > m.Cue && fs.toks[hi-1].Head == m.Cue && fs.toks[hi-1].DepRel == "case" {
			// "the US export controls' impact": the genitive ending (UD case on a possessor)
			// marks the phrase as possessor of the next noun, no word of the measure's name
			hi--
		}
		if s := m.Source; s >= lo && s < m.Cue && fs.toks[s].Head == m.Cue {
			_, lo = fs.span(s)
			for lo < m.Cue && fs.toks[lo].DepRel == "case" {
				lo++
			}
		}
		// "eased the curfew": the act of easing it (relation_reversalact.go)
		return surface.PolicyTarget(d.Doc, st, fs.at[lo], fs.at[hi-1]+1, d.reversalActPrefix(fs, m, m.Cue))
	}
	if c < 0 {
		return nil
	}
	t := fs.toks[c]
	if t.UPOS != "VERB" && t.UPOS != "AUX" {
		lo, hi := fs.phrase(c)
		hi = fs.coordinatedPremodifiers(c, hi)
		hi = fs.verblessRootEnd(c, hi) // a verb the tagger took for a noun ("to scrap the deal")
		return surface.PolicyTarget(d.Doc, st, fs.at[lo], fs.at[hi-1]+1, "")
	}
	_, hi := fs.span(c)
	acts := fs.actConjuncts(c) // relation_targettrim.go
	if len(acts) > 0 {
		_, e := fs.span(acts[len(acts)-1])
		hi = max(hi, e)
	}
	hi = fs.purposeEnd(c, hi)        // relation_frames_premod.go
	hi = fs.verblessRootEnd(c, hi)   // relation_targettrim.go
	hi = fs.reasonClauseStart(c, hi) // relation_targettrim.go
	hi = fs.cueAdjunctEnd(m.Cue, c, hi)
	hi = fs.agentPhraseEnd(m.Source, c, hi) // relation_targettrim.go
	lc := fs.at[c]
	end := fs.at[hi-1] + 1
	verb := d.gerundOf(t)
	for _, k := range fs.kids[c] {
		if k < c && fs.toks[k].DepRel == "advmod" && d.x.frames.InClass("negation", strings.ToLower(fs.toks[k].Form)) {
			// "urged Budapest not to veto the sanctions": the negator of a non-finite clause
			// stands before it and negates the act asked for (Quirk et al. 1985, 14.7); the act
			// is "not vetoing", never "vetoing"
			verb = strings.ToLower(fs.toks[k].Form) + " " + verb
			break
		}
	}
	a, agent := d.contentAgent(st, fs, m, c)
	if a != "" {
		verb = a + " " + verb
	}
	// the act's agent, when an actor, is whom a demand of it is addressed to (Evidence.Addressee)
	withAgent := func(p *entity) *entity {
		if agent != nil && p != nil {
			if d.ActAgent == nil {
				d.ActAgent = map[*entity]*entity{}
			}
			d.ActAgent[p] = agent
		}
		return p
	}
	if k := passiveSubject(fs, c); k >= 0 {
		// a passive clause names its patient before the verb ("insisting that the parameters of
		// any negotiations be limited"): the act is the active verb with the patient as its
		// object ("limiting the parameters of any negotiations"), not "the parameters … limiting"
		lo, hi := fs.phrase(k)
		if a := d.patientAntecedent(st, fs, lo, hi); a != "" {
			verb += " " + a // "said it must be replaced": replacing the constitution
		} else {
			verb += " " + d.SpanText(st, fs.at[lo], fs.at[hi-1]+1)
		}
	} else if h := m.Target; h >= 0 && h < c && t.Head == h && fs.passiveAux(c) {
		// "press for the sanctions language to be restored": a passive infinitive on the noun
		// before it has that noun as its subject (for + subject + to-infinitive, Quirk et al.
		// 1985, 15.x and 16.40), the patient: named as the active verb's object
		lo, _ := fs.phrase(h)
		if clo, _ := fs.span(c); clo > lo {
			verb += " " + d.SpanText(st, fs.at[lo], fs.at[clo])
		}
	}
	for _, k := range acts {
		// each conjoined act named as the first is, by its -ing form ("halting its offensive,
		// releasing the journalists and returning to talks")
		if ak := fs.at[k]; ak > lc && ak < end {
			b := ak
			if ak-1 > lc && strings.EqualFold(st.Toks[ak-1].Lower, "to") {
				b = ak - 1 // "and to open": the repeated infinitive marker goes with the verb
			}
			if s := d.SpanText(st, lc+1, b); s != "" {
				verb += " " + s
			}
			verb += " " + d.gerundOf(fs.toks[k])
			lc = ak
		}
	}
	if lc+1 >= end {
		p := actors.PolicyEntity(d.Doc, verb, "target:verb-phrase")
		p.Weak = true
		return withAgent(p)
	}
	return withAgent(surface.PolicyTarget(d.Doc, st, lc+1, end, verb))
}
