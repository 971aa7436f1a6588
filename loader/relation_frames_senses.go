package loader

import (
	"bufio"
	"strconv"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	framesdata "github.com/claimgraph/claimgraph/data/frames"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// Cue senses that express no stance (issue 13, branch cues14): dictionary verbs used in a sense
// that is no act towards anyone, told apart by the actors the loader knows. The frames package
// has the parse only; these rules need the actor mentions of the sentence.

// requirementNeed reports a DEMANDS match of a verb of necessity (frames class semimodal: need)
// whose direct object names no actor and whose subject is not the speaker: "the company, which
// needs American chips to power its phones", "the IFC did not need more capital to be
// impactful", "the steps that they need to take". Need with a thing as object states what its
// subject requires (OED need v. "to require (something) because it is essential"), a state, not
// a demand made of anyone: CAMEO 10 "demand" and PLOVER DEMAND code demands and orders addressed
// to an actor (named as object, or as the source of what is needed: "needs concessions from
// Uganda"). A to-infinitive after the object is then the thing's purpose ("chips to power
// the smartphones", Quirk et al. 1985, 15.47 purpose infinitive), not an act asked of it, which
// needs an actor as object ("needs Turkey to act": object + infinitive, Quirk 16.63). Said of the
// speaker ("we need help now", "we need more air defence"), or by a speaker of its own side
// ("Zelensky said Ukraine needs more fuel": speakerSide), need is an
// indirect request (Searle 1975, "Indirect speech acts") and keeps the dictionary's NEED [100], but not inside a relative
// clause ("the results we need"), which is no utterance of its own. Only the verb's own code
// (CAMEO 10): a dictionary pattern naming the object keeps its code ("- * &CURRENCY [0231] #
// NEED", an appeal for aid), as in relation_frames_material.go.
func (d *doc) requirementNeed(st *sent, fs *frameSentence, m frames.Match, src *entity) bool {
	if m.Kind != "verb" || m.Type != graph.Demands || !strings.HasPrefix(m.Code, "10") || !d.x.frames.InClass("semimodal", strings.ToLower(lemmaOf(fs.toks[m.Cue]))) {
		return false
	}
	o := -1
	for _, k := range fs.kids[m.Cue] {
		if fs.toks[k].DepRel == "obj" {
			o = k
			break
		}
	}
	relcl := fs.toks[m.Cue].DepRel == "acl:relcl"
	if o < 0 && relcl && fs.toks[m.Cue].Head >= 0 {
		// "the results we need": the relative clause's gap is need's object, its noun the thing
		// needed (Quirk et al. 1985, 17.10)
		o = fs.toks[m.Cue].Head
	}
	if o < 0 {
		return false
	}
	for _, k := range fs.kids[m.Cue] {
		if relcl {
			// a restrictive relative clause identifies its noun's referent and is no speech act
			// of its own (Huddleston & Pullum 2002, 12.1; Searle 1975's indirect requests are
			// utterances): "the results we need" asks no one for anything
			break
		}
		if r := fs.toks[k].DepRel; r == "nsubj" || r == "nsubj:pass" {
			if w := strings.ToLower(fs.toks[k].Form); w == "i" || w == "we" {
				return false
			}
		}
	}
	for _, k := range fs.kids[m.Cue] {
		if r := fs.toks[k].DepRel; (r == "obl" || strings.HasPrefix(r, "obl:")) && fs.caseWord(k) == "from" && d.namesActor(st, fs, k) {
			return false // "needs concessions from Uganda": the party asked is named
		}
	}
	return !d.namesActor(st, fs, o) && (relcl || !d.speakerSide(st, fs, m, src))
}

// speakerSide reports a source that is the speaker of the clause of match m or an actor the
// speaker speaks for (speaksFor: the speaker's state, government or body): the speaker of the
// verb of saying the cue's clause is the complement of ("Zelensky said Ukraine needs …") or that
// follows it ("…, the minister said"), else the one voice of the sentence's quotation, turn or
// statement (sentenceVoice).
func (d *doc) speakerSide(st *sent, fs *frameSentence, m frames.Match, src *entity) bool {
	if src == nil {
		return false
	}
	var spk *entity
	c := fs.toks[m.Cue]
	if h := c.Head; h >= 0 && (c.DepRel == "ccomp" || c.DepRel == "parataxis") {
		spk = d.claimSpeaker(st, fs.toks[h].Start)
	}
	for _, k := range fs.kids[m.Cue] {
		if spk == nil && fs.toks[k].DepRel == "parataxis" {
			spk = d.claimSpeaker(st, fs.toks[k].Start)
		}
	}
	if spk == nil {
		if vs, _ := speakers.SentenceVoice(d.Doc, st.Idx); len(vs) == 1 {
			spk = vs[0]
		}
	}
	return spk != nil && (spk.Final() == src.Final() || speaksFor(d.x, spk.Final(), src.Final()))
}

// namesActor reports an argument headed by syntax token h that names an actor: an actor
// mention at its head, a pronoun resolved to one, a relative pronoun whose noun does, or a
// common noun of the actor dictionaries (personOrBodyNoun: "officials", "the ministry").
func (d *doc) namesActor(st *sent, fs *frameSentence, h int) bool {
	if t := fs.toks[h]; relativeWord(t) {
		if v := t.Head; v >= 0 && fs.toks[v].DepRel == "acl:relcl" && fs.toks[v].Head >= 0 {
			h = fs.toks[v].Head // "the steps that they need to take": the steps
		}
	}
	lh := fs.at[h]
	if mm := actors.MentionAt(d.Doc, st, lh); mm != nil && docpkg.ActorKind(mm.Ent) {
		return true
	}
	if personOrBodyNoun(d.x, d.Lx, fs.toks[h]) {
		return true
	}
	if t := st.Toks[lh]; text.IsPronoun(t) {
		if e := coref.ResolvePronoun(d.Doc, st.Idx, lh, t.Lower); e != nil && docpkg.ActorKind(e) {
			return true
		}
	}
	return false
}

// suffixedAgent reports an agent noun (agentNoun: -er, -or, -ant, -ist, -ian) whose ending is the
// agentive suffix. The suffix is added to a verb base ("lead" → "leader", Quirk et al. 1985, App.
// I.34); a noun that is itself a verb of the dictionary ("transfer", "order", "offer", "grant",
// "counter") has the letters but no suffix: "China's forced technology transfers" names acts, not
// an actor, so its possessor does not act through the clause's verb (possessorOfThing). A noun
// the actor dictionaries list as a person or body (Phoenix agents: "doctor", "engineer") stays
// an agent noun.
func suffixedAgent(ex *Extractor, lemma string) bool {
	if !agentNoun(lemma) {
		return false
	}
	if ex.frames == nil || !ex.frames.IsVerb(lemma) {
		return true
	}
	_, ok := ex.phx.Agent(lemma)
	return ok
}

// barePrepPatterns maps the CAMEO.2.0.txt lines of the verb–object patterns whose one slot is
// a preposition without a noun ("- * (AT) [036] # MEET", "- * (WITH) [046] # COOPERATE") to
// their block, read once from the embedded cameo-patterns.txt (subject, particle, object and
// phrase "-", one preposition).
var barePrepPatterns = sync.OnceValue(func() map[int]string {
	out := map[int]string{}
	cameoRows("cameo-patterns.txt", 12, func(c []string, line int) {
		// block | subject | particle | object | phrase | preps | code | plover | type | future | conditional | line
		if c[1] == "-" && c[2] == "-" && c[3] == "-" && c[4] == "-" && c[5] != "-" && !strings.Contains(c[5], " ") {
			out[line] = c[0]
		}
	})
	return out
})

// verbTypes maps a CAMEO.2.0.txt synonym block and a one-word verb of it ("MEET_PEOPLE meet") to
// the types (asserted, future, conditional; "-" for none) of the verb's row in cameo-verbs.txt:
// the verb's own sense, which a pattern that does not apply leaves in force.
var verbTypes = sync.OnceValue(func() map[string][3]string {
	out := map[string][3]string{}
	cameoRows("cameo-verbs.txt", 9, func(c []string, _ int) {
		// lemma | words | block | code | plover | type | future | conditional | line
		if k := c[2] + " " + c[0]; c[0] == c[1] && out[k] == ([3]string{}) {
			out[k] = [3]string{c[5], c[6], c[7]}
		}
	})
	return out
})

// cameoRows calls fn with the " | "-separated fields of every row of the embedded generated
// table name (cameo-verbs.txt, cameo-patterns.txt) that has n fields, and with the row's last
// field, the CAMEO.2.0.txt line, as a number; comment lines and rows whose line is no number are
// skipped.
func cameoRows(name string, n int, fn func(c []string, line int)) {
	f, err := framesdata.FS.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		c := strings.Split(sc.Text(), " | ")
		if len(c) != n || strings.HasPrefix(c[0], "#") {
			continue
		}
		if line, err := strconv.Atoi(strings.TrimSpace(c[n-1])); err == nil {
			fn(c, line)
		}
	}
}

// ruleEntryLine returns the CAMEO.2.0.txt line of a match's dictionary entry from its rule
// ("frames:<frame>:cameo@<line>[+…]") and its frame; ok is false for any other entry.
func ruleEntryLine(rule string) (line int, frame string, ok bool) {
	frame, entry, found := strings.Cut(strings.TrimPrefix(rule, "frames:"), ":")
	if !found {
		return 0, "", false
	}
	entry, _, _ = strings.Cut(entry, "+")
	n, err := strconv.Atoi(strings.TrimPrefix(entry, "cameo@"))
	if err != nil || !strings.HasPrefix(entry, "cameo@") {
		return 0, "", false
	}
	return n, frame, true
}

// partnerlessPattern handles a match of a bare-preposition pattern (barePrepPatterns) coded as
// an act between two parties — CAMEO 036 "express intent to meet or negotiate", 04 consult, 06
// material cooperation (cameo-types.txt: an offer only to a counterpart, relation_frames.go) —
// whose target, the preposition's object, names no actor: "met with Bishop at her request"
// matches "- * (AT) [036] # MEET" with "her request" in the slot, "will travel to Uganda for
// talks" "- * (FOR) [042]" with the talks. PETRARCH2 codes an event only between a source and a
// target actor (dictionaries.rst; CAMEO codebook 1.1b3, ch. 1): a circumstance or purpose in the
// slot ("at her request", "for talks") is no party, so the pattern does not apply and the
// verb's own sense does (verbTypes): MEET's 040 consult, which held (asserted) is an event and
// no stance (cameo-types.txt 04) — the match is dropped — and announced is an offer to the party
// a with- or to-phrase of the verb names (Quirk et al. 1985, 9.15, 9.41: destination,
// accompaniment), which becomes the target; with no party named, it is dropped too. tgt is
// returned unchanged when the rule does not apply.
func (d *doc) partnerlessPattern(st *sent, fs *frameSentence, m frames.Match, src, tgt *entity) (*entity, bool) {
	if m.Kind != "verb" || docpkg.ActorKind(tgt.Final()) {
		return tgt, false
	}
	if c := m.Code; !strings.HasPrefix(c, "036") && !strings.HasPrefix(c, "04") && !strings.HasPrefix(c, "06") {
		return tgt, false
	}
	n, _, ok := ruleEntryLine(m.Rule)
	if !ok {
		return tgt, false
	}
	block, ok := barePrepPatterns()[n]
	if !ok {
		return tgt, false
	}
	if ty, ok := verbTypes()[block+" "+strings.ToLower(lemmaOf(fs.toks[m.Cue]))]; !ok || int(m.Mode) >= len(ty) || ty[m.Mode] == "-" {
		return nil, true // "met … at her request": a meeting held, no stance
	}
	phrases := []int{}
	for _, k := range fs.kids[m.Cue] {
		if r := fs.toks[k].DepRel; (r == "obl" || r == "obl:to") && k != m.Target {
			phrases = append(phrases, k)
		}
		if fs.toks[k].DepRel == "obj" {
			// "discuss the migration issue with Washington" with the with-phrase parsed inside
			// the object: the pattern matched it there (frames patternScore reads the object's
			// prepositional phrases as the verb's, as PETRARCH2 matches a flat phrase), so the
			// party is read there too (Quirk et al. 1985, 9.15, 9.41)
			for _, j := range fs.kids[k] {
				if fs.toks[j].DepRel == "nmod" && j != m.Target {
					phrases = append(phrases, j)
				}
			}
		}
	}
	for _, k := range phrases {
		if c := fs.caseWord(k); c == "with" || c == "to" {
			if e, _ := d.frameActor(st, fs, k, m.Cue, nil); e != nil && docpkg.ActorKind(e) && e.Final() != src.Final() {
				return e.Final(), false
			}
		}
	}
	return nil, true
}

// cooperationMembers holds the cameo-verbs.txt lines (CAMEO.2.0.txt lines) of the synonym-block
// members that inherit CAMEO 050 "engage in diplomatic cooperation" from their block
// (blockMembers: ORGANIZE, INTEGRATE, HARMONIZE of COORDINATE; AFFECT, PERSUADE of INFLUENCE;
// COOPERATE of COLLABORATE; REVEAL of DISCLOSE …), leaving out the blocks of approval, which
// hold a verb coded 051 "praise or endorse" (SUPPORT: back, promote; ACCLAIM): their members
// are stances towards a policy or actor (PLOVER SUPPORT), as the frames package's approval
// blocks are.
var cooperationMembers = sync.OnceValue(func() map[int]bool {
	block, approval := map[int]string{}, map[string]bool{}
	cameoRows("cameo-verbs.txt", 9, func(c []string, line int) {
		// lemma | words | block | code | plover | type | future | conditional | line
		block[line] = c[2]
		if strings.HasPrefix(c[3], "051") {
			approval[c[2]] = true
		}
	})
	out := map[int]bool{}
	for n, code := range blockMembers() {
		if code == "050" && !approval[block[n]] {
			out[n] = true
		}
	}
	return out
})

// thingCooperation reports a verb match whose code is CAMEO 050 inherited by a member of a
// cooperation block (cooperationMembers), used transitively with a thing as direct object and no
// actor acted on (actorActedOn: target, object or oblique naming an actor): "the centre
// organized the seminar", "the reform will affect the economy", "integrate the two systems". The
// codebook defines 050 on the partner of the cooperation ("initiate, resume, improve, or expand
// diplomatic, non-material cooperation or exchange", CAMEO codebook 1.1b3, 05), and PETRARCH2
// codes it only between two actors; the members' senses over things inherit the block's code
// without meaning it, as the material codes of relation_frames_material.go do. "cooperate with
// investigators", "sided with Brussels", "persuaded the parties" keep it; so does the
// intransitive use, whose partner may be implicit or reciprocal ("will cooperate closely on
// energy", "China and Russia will cooperate": the coordinated subject names the partners of a
// reciprocal verb, Quirk et al. 1985, 6.28), and a coordinated subject of the transitive use
// ("Kenya and Ethiopia will coordinate their policies").
func (d *doc) thingCooperation(st *sent, fs *frameSentence, m frames.Match, tgt *entity) bool {
	if m.Kind != "verb" || m.Code != "050" {
		return false
	}
	n, frame, ok := ruleEntryLine(m.Rule)
	if !ok || strings.Contains(frame, "-reversal") || strings.Contains(frame, "-refusal") || strings.Contains(frame, "-attempt") || !cooperationMembers()[n] {
		return false
	}
	obj := false
	for _, k := range fs.kids[m.Cue] {
		switch r := fs.toks[k].DepRel; {
		case r == "obj" || r == "nsubj:pass":
			obj = true
		case r == "nsubj":
			for _, c := range fs.kids[k] {
				if fs.toks[c].DepRel == "conj" {
					return false // a coordinated subject: the partners
				}
			}
		}
	}
	if !obj {
		return false
	}
	if d.actorActedOn(st, fs, m, tgt) {
		return false
	}
	for _, k := range fs.kids[m.Cue] {
		if r := fs.toks[k].DepRel; (r == "obj" || r == "obl" || strings.HasPrefix(r, "obl:")) && fs.toks[k].UPOS == "NOUN" && suffixedAgent(d.x, strings.ToLower(lemmaOf(fs.toks[k]))) {
			return false // "cooperate with investigators": an agent noun names persons
		}
	}
	return true
}
