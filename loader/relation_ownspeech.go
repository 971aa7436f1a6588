package loader

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// ownPrediction reports whether a match the frames package scoped as a prediction (a future or
// conditional act under a verb of saying whose subject is not a pronoun nor the speaker's own word:
// "Uganda said Kenya would impose tariffs") is after all the speaker's announcement of its own
// act: the complement's subject names the speaker. frames compares words; here the actors are
// known, so the clause "Kenya's trade minister said Kenya would impose tariffs" (speaker: Kenya,
// through the minister's possessor, as the claims stage found it) or "the ministry said Russia
// would respond" is an announcement by the speaker, who is the one to act — a stance of the
// speaker (the rule: the speech verb's complement is the speaker's own act when its
// subject is coreferent with the speaker), unlike "Uganda believes Kenya will …" (a belief, never
// here) or "Uganda said Kenya would …" (another actor's act predicted).
//
// The complement's subject names the speaker when, resolved to actors:
//   - it is the speaker's entity ("Kenya said Kenya would", "Japan said Tokyo would" where the
//     capital names the state);
//   - it is a possessive pronoun with a head that coreference reads as the speaker's own body or
//     state (definites.txt: "his government", "its ministry", "our country"): a possessive
//     determiner refers back, here to the reporting clause's subject (Quirk et al. 1985, 6.28;
//     Halliday & Hasan 1976, 2.4);
//   - the speaker is a state body, an office-holder of one (a role at a GOVERNMENT body) or a
//     group of its officials ("Kenyan officials") and the subject is that body or its state ("the foreign ministry said Russia would", "Lavrov
//     said Russia would"): an official statement is the state's, as CAMEO codes the speaker by
//     country and sector (RUSGOV). An office outside government (a party, a company) speaks for
//     its own body only.
//
// The second result is the actor to take as the source when the subject resolves to none: for a
// bound possessive, the speaker itself when it is a state or a state body ("Kenya's trade minister
// said his government would …", the speaker being Kenya).
func (d *doc) ownPrediction(st *sent, fs *frameSentence, m frames.Match) (bool, *entity) {
	if m.Scope != frames.Prediction || m.Outer < 0 || m.Source < 0 {
		return false, nil
	}
	spk := d.claimSpeaker(st, attributionStart(fs, m.Outer))
	if spk == nil {
		return false, nil
	}
	if d.x.frames.ObjectAntecedent(fs.toks, m.Source, m.Outer) && !d.volitionalOverThing(st, fs, m) {
		// "criticised the agreement, adding it would hurt farmers": "it" may be the agreement,
		// so the act is not shown to be the speaker's (frames objectAntecedent; class 16)
		return false, nil
	}
	spk = spk.Final()
	if boundPossessive(d.Lx, fs, m.Source) {
		if spk.Kind == graph.Country || spk.Kind == graph.Government {
			return true, spk
		}
		if g := speakerGroup(spk); g != nil {
			return true, g // "Hamas leader X said his movement would …" (relation_owngroup.go)
		}
		return true, nil
	}
	if possessedForces(d.x, fs, m.Source) {
		// "Museveni said his troops would pull out of Congo": the speaker's state's forces
		if c := speakers.SpeakerState(d.Doc, spk); c != nil {
			return true, c
		}
		if g := speakerGroup(spk); g != nil {
			return true, g // "Hamas leader X said his troops would …" (relation_owngroup.go)
		}
		return false, nil
	}
	if g := speakerGroup(spk); g != nil && possessedGroupForces(d.x, fs, m.Source) {
		return true, g // "Hezbollah leader X said his fighters would …" (relation_owngroup.go)
	}
	src, _ := d.frameActor(st, fs, m.Source, m.Cue, nil)
	if src == nil || src.Final().Weak {
		// "Ghana's president said the nation would not accept …", "NATO's chief said the
		// alliance would not …" (relation_ownside.go): unresolved, or read as an unnamed group
		if e := d.reportedOwnState(st, fs, m); e != nil {
			return true, e
		}
	}
	if src == nil {
		return false, nil
	}
	if nationGroup(src.Final()) {
		// "the head of the Palestinian delegation said the Palestinians would accept …"
		c := speakers.SpeakerState(d.Doc, spk)
		return c != nil && c.Code == src.Final().Country.Code, nil
	}
	return speaksFor(d.x, spk, src.Final()) || d.storyOfficialFor(spk, src.Final()), nil // relation_storyofficial.go
}

// nationGroup reports a group named by the plural of its country's demonym alone ("the
// Palestinians", "the Serbs", "the Israelis"): the definite plural of a nationality noun refers
// to the nation as a whole (Quirk et al. 1985, 5.56, nationality words), so said by one who
// speaks for that nation's state (speakerState: its government, an official of it, a group of
// its officials), the nation's announced act is the speaker's own side's, as "his country would"
// is. A group with any other head ("Palestinian farmers") is not the nation.
func nationGroup(e *entity) bool {
	if e.Kind != graph.Group || e.Country == nil || strings.Contains(e.Name, " ") {
		return false
	}
	n := strings.ToLower(e.Name)
	for _, dm := range e.Country.Demonyms {
		if strings.ToLower(dm)+"s" == n {
			return true
		}
	}
	return false
}

// attributionStart is where the attribution whose head is token outer starts, as the claims
// stage records its cue: the word "according" of an "according to X" phrase (frames scopes a
// prediction by X, the phrase's noun), else outer itself (a verb of saying).
func attributionStart(fs *frameSentence, outer int) int {
	for _, k := range fs.kids[outer] {
		if fs.toks[k].DepRel == "case" && strings.EqualFold(fs.toks[k].Form, "according") {
			return fs.toks[k].Start
		}
	}
	return fs.toks[outer].Start
}

// volitionalOverThing reports a match whose act needs a volitional agent — a declared refusal
// ("-refusal": "will not accept", "would never allow") or a verbal act (frames VerbalAct: appeal,
// demand, disapproval, rejection, threat) — when the object that ObjectAntecedent offers as the
// pronoun's other antecedent names no actor ("condemned the raid, saying it would not accept any
// attack"): volition is an entailment of the agent (Dowty 1991, Proto-Agent), which a raid or an
// agreement cannot have, so "it" is the subject's, as the speaker's own act.
func (d *doc) volitionalOverThing(st *sent, fs *frameSentence, m frames.Match) bool {
	if !strings.Contains(m.Rule, "-refusal") && !(m.Kind == "verb" && frames.VerbalAct(m.Code)) {
		return false
	}
	g := fs.toks[m.Outer].Head
	if g < 0 {
		return false
	}
	for _, k := range fs.kids[g] {
		if fs.toks[k].DepRel != "obj" {
			continue
		}
		if mm := actors.MentionAt(d.Doc, st, fs.at[k]); mm != nil && docpkg.ActorKind(mm.Ent) {
			return false
		}
		if k > 0 && strings.EqualFold(fs.toks[k-1].Form, "the") {
			if e := coref.ResolveDefinite(d.Doc, st.Idx, fs.at[k]); e != nil && docpkg.ActorKind(e) {
				return false
			}
		}
	}
	return true
}

// claimSpeaker returns the speaker of the claim the claims stage made of the verb of saying that
// starts at code point start in sentence st, nil when it made none.
func (d *doc) claimSpeaker(st *sent, start int) *entity {
	for _, r := range d.StanceRels() {
		if r.Typ == graph.Claims && r.Sent == st.Idx && r.CueStart == start && r.Src != nil {
			return r.Src
		}
	}
	return nil
}

// boundPossessive reports a phrase headed by h whose determiner is a possessive pronoun and whose
// head is a noun that coreference reads as an actor's own body or state (definites.txt: "his
// government", "its ministry", "our country").
func boundPossessive(lx *lexicon.Lexicons, fs *frameSentence, h int) bool {
	if _, ok := lx.Definite[strings.ToLower(fs.toks[h].Form)]; !ok {
		if _, ok := lx.Definite[strings.ToLower(fs.toks[h].Lemma)]; !ok {
			return false
		}
	}
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel == "nmod:poss" && fs.toks[k].XPOS == "PRP$" {
			return true
		}
	}
	return false
}

// speaksFor reports whether speaker spk announces the acts of src: the same actor, a state body
// of src's state, an office-holder at src or at a state body of src's state, or an unnamed group
// of src's state whose head the Phoenix agents dictionary codes as government ("Russian
// diplomats": sector GOV, as the codes stage will code them; "Kenyan farmers" are AGR) or names
// a state's agents (officeHeads: "Iranian officials", "Libyan negotiators"), also through a
// state body's name ("Russian foreign ministry spokeswomen": speakers.BodyOfficeGroup).
func speaksFor(ex *Extractor, spk, src *entity) bool {
	if spk == src {
		return true
	}
	if spk.Kind == graph.Group && src.Kind == graph.Country && spk.Country != nil && spk.Country.Code == src.Code && (actors.Sector(ex.phx, spk.Name, "") == "GOV" || speakers.OfficeGroup(spk.Name) || speakers.BodyOfficeGroup(ex.phx, spk.Name)) {
		return true
	}
	sameState := func(body *entity) bool {
		return body.Kind == graph.Government && body.Code != "" &&
			(src.Kind == graph.Country || src.Kind == graph.Government) && body.Code == src.Code
	}
	if sameState(spk) {
		return true
	}
	if spk.Kind == graph.Person && src.Kind == graph.Country && dictStateHolder(ex, spk, src) {
		return true
	}
	if spk.Kind == graph.Person {
		for _, r := range spk.Roles {
			if r.Org == nil {
				continue
			}
			if o := r.Org.Final(); o == src || sameState(o) {
				return true
			}
		}
	}
	return false
}

// voicedObligation makes the demand of a main clause under a modal of obligation (frames
// clause-obligation: "Russia must allow an independent investigation", "the Council must act")
// in someone's own words: deontic must, should and ought to lay the speaker's obligation on the
// subject (Quirk et al. 1985, 4.53–4.58; Huddleston & Pullum 2002, 3.9.2), so the speaker demands
// that the subject act (PLOVER DEMAND), as "X said that Russia must …" is X's demand
// (reportedObligation in frames). The speaker is the verb of saying's after the clause when the
// parse has one (the claim the claims stage made of it), else the one speaker of the sentence's
// quotation, turn or statement (sentenceVoice); the story's own voice demands nothing. The
// subject must resolve to an actor that the speaker does not speak for: "New Zealand must do
// more," said by its minister, is the speaker's own commitment, no demand on another. A passive
// with no agent ("Sudan must be punished for the raids") obliges no one named, and is the demand
// of the act with its patient ("punishing Sudan for the raids"). The target is the act demanded
// with its agent, as a reported obligation's and every frames demand's is (frameTarget).
func (d *doc) voicedObligation(st *sent, fs *frameSentence, m frames.Match) {
	spk, how := d.clauseSpeaker(st, fs, m) // relation_warning.go
	if spk == nil || m.Content < 0 {
		return
	}
	if how != "" {
		if e := d.possessorVoice(st, fs, m.Content); e != nil {
			spk = e // "Our advice for the US is that it should …": the "we" of the turn
		}
	}
	spk = spk.Final()
	if m.Target >= 0 {
		obliged := d.obligedActor(st, fs, m.Target)
		if obliged == nil || obliged == spk || speaksFor(d.x, spk, obliged) {
			return
		}
	} else if p := passiveSubject(fs, m.Content); p < 0 {
		return // no one obliged and no act undergone: nothing demanded of anyone
	}
	// the target is the act demanded with its agent, as a reported obligation's and every
	// frames demand's is ("Lusitania releasing them without delay"; frameTarget)
	tgt := d.frameTarget(st, fs, m)
	if tgt == nil || tgt.Final() == spk {
		return
	}
	rule := m.Rule
	if how != "" {
		rule += "+" + how
	}
	c := fs.toks[m.Cue]
	typ, code, plover := graph.Demands, m.Code, m.Plover
	if expel, cond := d.obligedExpulsion(st, fs, m, spk); expel && m.Target >= 0 {
		if o := d.obligedActor(st, fs, m.Target); o != nil && o != spk { // the diplomat expelled (relation_expulsion.go)
			typ, code, plover, tgt, rule = graph.Sanctions, "166", "SANCTION", o, rule+"+expulsion"
			if cond {
				typ = graph.Threatens
			}
		}
	}
	d.Rels = append(d.Rels, &relCand{Typ: typ, Src: spk, Tgt: tgt.Final(), Sent: st.Idx,
		Cue: d.Text(c.Start, c.End), CueStart: c.Start, CueEnd: c.End, Rule: rule, Score: 0.7,
		Cameo: code, Plover: plover, SayStart: sayStart(fs, m)})
}

// sayStart is where the verb of saying after an obligation starts ("…, Chad's foreign minister
// said"), -1 when there is none.
func sayStart(fs *frameSentence, m frames.Match) int {
	if m.Outer < 0 {
		return -1
	}
	return fs.toks[m.Outer].Start
}

// obligesSelf reports a reported obligation (frames "<frame>-obligation") whose obliged subject
// is the speaker src or an actor src speaks for ("Chad said it must defend its borders", "the
// ministry said Kenya must …" by Kenya's ministry): an obligation the speaker lays on itself is a
// commitment, not a demand on another (Searle 1976: a directive's hearer is not its speaker), as
// voicedObligation reads a speaker's own words.
func (d *doc) obligesSelf(st *sent, fs *frameSentence, m frames.Match, src *entity) bool {
	if m.Target < 0 || src == nil || fs.toks[m.Target].DepRel == "nsubj:pass" {
		return false // a passive's subject undergoes the act: "said it must be renegotiated"
	}
	o := d.obligedActor(st, fs, m.Target)
	return o != nil && (o == src.Final() || speaksFor(d.x, src.Final(), o))
}

// obligedActor returns the actor the subject headed by h names, by its head word alone: a name,
// a pronoun that resolves, or a definite description ("the Council"). A modifier inside a phrase
// headed by a common noun ("Security of supply for European households") names no one obliged.
func (d *doc) obligedActor(st *sent, fs *frameSentence, h int) *entity {
	lh := fs.at[h]
	if lh < docpkg.BodyStart(st) {
		return nil
	}
	t := st.Toks[lh]
	if e := d.reportedDirectiveAddressee(st, fs, h); e != nil {
		return e // "Moscow told Kiev it must pay": the addressee (relation_directiveaddressee.go)
	}
	if m := actors.MentionAt(d.Doc, st, lh); m != nil && docpkg.ActorKind(m.Ent) {
		return m.Ent.Final()
	}
	if text.IsPronoun(t) {
		if e := coref.ResolvePronoun(d.Doc, st.Idx, lh, t.Lower); e != nil && docpkg.ActorKind(e) {
			return e.Final()
		}
		return nil
	}
	if lh > 0 { // "the ministry", "the rights group" (resolveDefinite reads the determiner)
		if e := coref.ResolveDefinite(d.Doc, st.Idx, lh); e != nil && docpkg.ActorKind(e) {
			return e.Final()
		}
	}
	return nil
}

// possessorVoice is whom the first-person possessive determiner of the subject of the clause
// that an obligation clause complements refers to, in a speaker's own words: "Our advice for the
// US is that it should come back to its senses" states the advice of "we", so it is the stance of
// whoever the turn's "we" is (a spokesperson's state), as "We advise the US to …" would be;
// "my advice is that …" stays the speaker's. "Our" is the genitive of "we" and "my" of "I"
// (Quirk et al. 1985, 6.2 and 6.29 on possessive determiners), so they take the referent
// resolvePronoun gives the pronoun. nil when the clause's head has no subject with such a
// determiner.
func (d *doc) possessorVoice(st *sent, fs *frameSentence, content int) *entity {
	// UD gives a clausal predicate after a copula an outer subject ("advice" nsubj:outer of
	// "come", with "is" its cop); a parse that makes the clause a complement (ccomp) of the
	// copula's head has the subject there
	subjects := []int{}
	for _, k := range fs.kids[content] {
		if fs.toks[k].DepRel == "nsubj:outer" {
			subjects = append(subjects, k)
		}
	}
	if h := fs.toks[content].Head; h >= 0 && h < len(fs.toks) && strings.HasPrefix(fs.toks[content].DepRel, "ccomp") && fs.toks[h].Lemma == "be" {
		for _, k := range fs.kids[h] {
			if strings.HasPrefix(fs.toks[k].DepRel, "nsubj") {
				subjects = append(subjects, k)
			}
		}
	}
	for _, s := range subjects {
		for _, k := range fs.kids[s] {
			if w := strings.ToLower(fs.toks[k].Form); fs.toks[k].DepRel == "nmod:poss" && (w == "our" || w == "my") {
				return coref.ResolvePronoun(d.Doc, st.Idx, fs.at[k], w)
			}
		}
	}
	return nil
}

// agentlessNecessity reports a reported obligation (frames "<frame>-obligation") whose active
// subject names no actor (the caller checks obligedActor) and whose predicate takes no agent: a
// non-verbal predicate under a copula ("said the data must be accurate", "the figures should be
// reliable"), an unaccusative verb ("said prices should rise") or an aspectual verb used intransitively with its event as subject (modality.txt
// aspect, Levin 1993, 55.1 begin verbs: "said talks should resume next week"). Deontic must and
// should lay an obligation on an agent able to act (Huddleston & Pullum 2002, 3.9.2; Palmer
// 2001, 3.1 on deontic modality and its agent); with none, the modal states a necessity or an
// expectation ("should" of tentative inference, Quirk et al. 1985, 4.57), no demand, as a
// speaker's own words are read (voicedObligation demands nothing of a subject that names no
// actor unless it is a passive's patient). A passive ("said the sanctions must be lifted") and an
// agentive verb ("regional buyers should pay more") stay demands.
func agentlessNecessity(x *Extractor, fs *frameSentence, m frames.Match) bool {
	if m.Target < 0 || m.Content < 0 || fs.toks[m.Target].DepRel != "nsubj" {
		return false
	}
	c := m.Content
	for _, k := range fs.kids[c] {
		switch fs.toks[k].DepRel {
		case "cop":
			return fs.toks[c].UPOS != "VERB"
		case "obj", "xcomp", "ccomp":
			return false
		}
	}
	// an unaccusative verb ("said prices should rise", "the shipment should arrive"): its subject
	// undergoes the event and does not act (Levin & Rappaport Hovav 1995; modality.txt
	// unaccusative), so should/must there is epistemic, the speaker's expectation (Huddleston &
	// Pullum 2002, 3.9.2 and 3.9.3 on epistemic should; Palmer 2001, 3.1), not an obligation
	l := strings.ToLower(lemmaOf(fs.toks[c]))
	return fs.toks[c].UPOS == "VERB" && (x.frames.InClass("aspect", l) || x.frames.InClass("unaccusative", l))
}

// possessedForces reports a phrase headed by h that names armed forces (a head the Phoenix
// agents dictionary codes in the military sector: TROOPS, FORCES, ARMY, SOLDIERS [~MIL]) with a
// possessive pronoun as determiner and nothing else before it ("his troops", "its army", "our
// forces"): the possessive refers back to the reporting clause's subject (Quirk et al. 1985,
// 6.28; Halliday & Hasan 1976, 2.4), and the forces of a state's speaker are its state's, which
// CAMEO codes as the state in its military sector (XXXMIL; Gerner et al. 2012, actor codebook):
// their announced act is the state's. "the rebels' troops" or "the troops" name no possessor of
// the speaker's.
func possessedForces(ex *Extractor, fs *frameSentence, h int) bool {
	return possessedArmed(ex, fs, h, "MIL")
}

// possessedArmed is possessedForces for a head the Phoenix agents dictionary codes in one of
// sectors ("MIL"; the armed men of a non-state group also REB, UAF: possessedGroupForces).
func possessedArmed(ex *Extractor, fs *frameSentence, h int, sectors ...string) bool {
	if ex.phx == nil {
		return false
	}
	a, ok := ex.phx.Agent(strings.ToLower(fs.toks[h].Form))
	if !ok || !slices.Contains(sectors, lexicon.SectorOf(a.Code)) {
		return false
	}
	poss := false
	for _, k := range fs.kids[h] {
		switch t := fs.toks[k]; {
		case t.DepRel == "nmod:poss" && t.XPOS == "PRP$" && k < h:
			poss = true
		case k < h && t.DepRel != "punct":
			return false // "his elite troops", "its own army": left as they are
		}
	}
	return poss
}

// dictStateHolder reports a speaker titled with an office of state and no body or country named
// with it ("President Chirac", "Prime Minister Nawaz Sharif": titles.txt class state) whom the
// Phoenix actors dictionary lists, under the name written, as one person of state src with a
// government code (XXXGOV, by default or for a dated term). The relations stage runs before the
// codes phase gives such a person the dictionary's country (actor_codes.go), so the dictionary is
// asked here: the holder of an office of state speaks for his state (CAMEO codes him XXXGOV,
// Gerner et al. 2012, actor codebook), as an office at a body of src's state does. A title of
// another class ("opposition leader"), a country of the article's own that differs, or a name
// the dictionary gives to several persons leave it; a family name alone counts when every person
// the dictionary codes in government under it is of src's state.
func dictStateHolder(ex *Extractor, spk, src *entity) bool {
	if ex.phx == nil || spk.Country != nil && (spk.Guessed || spk.Country.Code != src.Code) {
		return false
	}
	titled := false
	for _, r := range spk.Roles {
		if t := ex.lex.Titles[strings.ToLower(r.Title)]; t != nil && t.Class == "state" && r.Org == nil {
			titled = true
		}
	}
	if !titled {
		return false
	}
	gov := func(a *lexicon.Actor) bool {
		if len(a.Code) >= 6 && a.Code[3:6] == "GOV" {
			return true
		}
		for _, t := range a.Dated {
			if len(t.Code) >= 6 && t.Code[3:6] == "GOV" {
				return true
			}
		}
		return false
	}
	if a := ex.phx.Unique(spk.Name, graph.Person); a != nil {
		return a.Kind == graph.Person && a.Country == src.Code && gov(a)
	}
	if strings.Contains(spk.Name, " ") {
		return false
	}
	// a family name alone ("President Chirac", "President Clinton"): every person of that name
	// the dictionary codes in a government office is of src's state
	found := false
	for _, a := range ex.phx.ByFamilyName(spk.Name, "") {
		if !gov(a) {
			continue
		}
		if a.Country != src.Code {
			return false
		}
		found = true
	}
	return found
}
