package loader

// Phrase helpers of the frames stage's parse (frameSentence): where an object phrase ends, a noun's
// complement, the subject a coordinated verb shares, a possessor, a phrase's length, general nouns
// and a token's lemma. Moved from relation_frames.go unchanged (that file had passed 1,000 lines).

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/syntax"
)

var separationVerbs = lexicon.WordClass("separationverbs") // data/wordclasses/separationverbs.txt

// objectOrigin extends the end hi of an object phrase over a by- or from-phrase that the parser
// attached to the cue verb right after it ("rejected calls by Kofi Annan", "rejected a fresh offer
// from Afghanistan", "demanded support from the Assembly"): an active verb takes no agent phrase
// (only a passive does: Quirk et al. 1985, 3.64), so a by-phrase after its object is the object's
// agent, and a from-phrase right after the object names the object's origin (the nominal
// attachment the UD guidelines give "a letter from John"). A phrase of time is left out, and a
// from-phrase after a verb of separation (data/wordclasses/separationverbs: suspend, expel, bar,
// exclude; Levin 1993, 10.1-10.2), which takes it as its own complement: "suspended the
// federation from all competitions" is aimed at the federation.
func (fs *frameSentence) objectOrigin(cue, hi int) int {
	if hi >= len(fs.toks) || fs.toks[hi].DepRel != "case" {
		return hi
	}
	w := strings.ToLower(fs.toks[hi].Form)
	if w != "by" && w != "from" {
		return hi
	}
	k := fs.toks[hi].Head
	if k < 0 || fs.toks[k].Head != cue || fs.toks[k].DepRel != "obl" {
		return hi
	}
	if w == "from" && separationVerbs.Has(strings.ToLower(lemmaOf(fs.toks[cue]))) {
		return hi // "suspended the federation from all competitions": the verb's own complement
	}
	for _, x := range fs.kids[cue] {
		if fs.toks[x].DepRel == "nsubj:pass" || fs.toks[x].DepRel == "aux:pass" {
			return hi // a passive verb's by-phrase is its own agent
		}
	}
	_, e := fs.span(k)
	return max(hi, e)
}

// nounComplement extends the end hi of the object phrase headed by h over a prepositional phrase
// that the parser attached to the cue verb right after it when the object is a cue noun that
// takes that preposition for its own argument ("rejected calls for a boycott", "welcomed the
// support for the ceasefire"): the noun's complement belongs to the noun (the prepositional
// complement of a deverbal noun, "a call for action", Quirk et al. 1985, 17.30 ff. on noun
// complementation), and the parser's verb attachment is the PP-attachment ambiguity it resolves
// by the verb. A phrase of time is no complement.
func (fs *frameSentence) nounComplement(fr *frames.Lexicon, cue, h, hi int) int {
	if hi >= len(fs.toks) || fs.toks[hi].DepRel != "case" || fs.toks[h].Head != cue || fs.toks[h].DepRel != "obj" || fs.toks[h].UPOS != "NOUN" {
		return hi
	}
	k := fs.toks[hi].Head
	if k < 0 || fs.toks[k].Head != cue || fs.toks[k].DepRel != "obl" || fs.toks[k].UPOS == "NUM" || fr.InClass("time", strings.ToLower(lemmaOf(fs.toks[k]))) {
		return hi // "imposed tariffs on Tuesday": a phrase of time (modality.txt time)
	}
	if !fr.NounTakes(lemmaOf(fs.toks[h]), strings.ToLower(fs.toks[hi].Form)) {
		return hi
	}
	_, e := fs.span(k)
	return max(hi, e)
}

// higherConjunctSubject returns, for a finite verb cue the parser conjoined to the verb of a
// complement clause ("The Traders' Association said more than 600 trucks were stuck … and
// demanded compensation"), the subject of the verb that takes the clause, when the cue has the
// same tense as that verb: the conjunct can coordinate with either verb (Quirk et al. 1985, 13.5:
// coordination of like constituents), and when the lower subject names no actor the higher
// reading is the one that gives the stance an actor. -1 otherwise.
func (fs *frameSentence) higherConjunctSubject(m frames.Match) int {
	v := fs.higherConjunctVerb(m)
	if v < 0 {
		return -1
	}
	for _, k := range fs.kids[v] {
		if fs.toks[k].DepRel == "nsubj" {
			return k
		}
	}
	return -1
}

// higherConjunctVerb returns the verb that takes the complement clause a finite verb cue was
// conjoined to, under higherConjunctSubject's conditions, -1 otherwise.
func (fs *frameSentence) higherConjunctVerb(m frames.Match) int {
	c := m.Cue
	if !strings.HasPrefix(m.Rule, "frames:verb-conj") || fs.toks[c].DepRel != "conj" {
		return -1
	}
	first := fs.toks[c].Head
	if first < 0 || fs.toks[first].DepRel != "ccomp" && fs.toks[first].DepRel != "parataxis" {
		// parataxis: a content clause without "that" the parser hung beside its verb of saying
		return -1
	}
	v := fs.toks[first].Head
	if v < 0 || fs.toks[v].UPOS != "VERB" || fs.toks[v].XPOS != fs.toks[c].XPOS && !(m.Type == graph.Demands && fs.sharedPerfectPast(c, first, v)) || v > c {
		return -1
	}
	if fs.agentiveSubject(first) {
		return -1 // "estimated that most followed … and backed X": most backed X (relation_lowersubject.go)
	}
	return v
}

// higherConjunctSpeaker is the actor of higherConjunctSubject's reading when the verb of saying
// has no subject in the parse ("The UN's coordinator for Sudan, Clementine Nkweta-Salami, warned
// …" parsed with "warned" conjoined to the title): the speaker the claims stage found for that
// verb. Nil when there is none.
func (d *doc) higherConjunctSpeaker(st *sent, fs *frameSentence, m frames.Match) *entity {
	v := fs.higherConjunctVerb(m)
	if v < 0 || fs.higherConjunctSubject(m) >= 0 {
		return nil
	}
	return d.claimSpeaker(st, fs.toks[v].Start)
}

// higherDirective reports a demand that frames scoped as the content of the verb of saying whose
// complement clause the parser conjoined it to ("warned that famine had been declared … and
// demanded unhindered access": "warned" is a cue, so its clause is its content) when the higher
// reading holds (higherConjunctSubject: the same tense as that verb) and the lower subject names
// no actor: a directive speech act needs a speaker for subject (Searle 1976), so it coordinates
// with the verb of saying, whose own act it is, not with the clause reported.
func (d *doc) higherDirective(st *sent, fs *frameSentence, m frames.Match) bool {
	first := fs.toks[m.Cue].Head
	if first < 0 || fs.toks[first].Head != m.Outer || fs.higherConjunctSubject(m) < 0 && d.higherConjunctSpeaker(st, fs, m) == nil {
		return false
	}
	if m.Source >= 0 {
		if e, _ := d.frameActor(st, fs, m.Source, m.Cue, nil); e != nil {
			return false
		}
	}
	return true
}

// sharedPerfectPast reports a conjunct c tagged as a past participle only because the parse
// shares the first conjunct's perfect auxiliary with it ("said the vote had been rigged and
// demanded …", "said wages had fallen …, and called on …"), when the higher verb v is a simple
// past: c is a regular verb (its past and past participle are one -ed form, Quirk et al. 1985,
// 3.14) with no auxiliary of its own, and the first conjunct has "have" as auxiliary, so c is as
// much the simple past that v is — the reading higherConjunctSubject weighs. Only for a demand
// or appeal (higherConjunctSubject's caller): a directive speech act has a speaker for subject
// (Searle 1976), so it cannot be the lower clause's thing ("the vote … demanded"), while a verb
// such as threaten takes one ("the raids had terrified villagers and threatened their crops").
func (fs *frameSentence) sharedPerfectPast(c, first, v int) bool {
	if fs.toks[c].XPOS != "VBN" || fs.toks[v].XPOS != "VBD" || !strings.HasSuffix(strings.ToLower(fs.toks[c].Form), "ed") {
		return false
	}
	perfect := false
	for _, k := range fs.kids[c] {
		if strings.HasPrefix(fs.toks[k].DepRel, "aux") {
			return false
		}
	}
	for _, k := range fs.kids[first] {
		perfect = perfect || fs.toks[k].DepRel == "aux" && strings.EqualFold(lemmaOf(fs.toks[k]), "have")
	}
	return perfect
}

// possessorOfThing returns the possessor (nmod:poss) of noun h when h names a thing rather than
// an agent — a common noun that is no agent noun (agentNoun), title, group head, organization
// word or definite description of an actor (the lexicon's classes) — and -1 otherwise.
func (fs *frameSentence) possessorOfThing(d *doc, h int) int {
	if fs.toks[h].UPOS != "NOUN" {
		return -1
	}
	p := -1
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel == "nmod:poss" {
			p = k
		}
	}
	if p < 0 {
		return -1
	}
	w, lemma := strings.ToLower(fs.toks[h].Form), strings.ToLower(lemmaOf(fs.toks[h]))
	if suffixedAgent(d.x, lemma) {
		return -1
	}
	for _, x := range []string{w, lemma} {
		_, group := d.Lx.GroupHeads[x]
		_, org := d.Lx.OrgWords[x]
		_, def := d.Lx.Definite[x]
		if d.Lx.Titles[x] != nil || group || org || def {
			return -1
		}
	}
	return p
}

// whPronoun are the interrogative and free-relative pronouns (CGEL ch. 12 §§7.1–7.2 and ch. 11
// §7; Quirk et al. 1985, 6.36–6.41): grammar machinery, a closed class the frame code branches on,
// so it stays in code.
var whPronoun = map[string]bool{"what": true, "whatever": true, "which": true, "whichever": true, "who": true, "whom": true, "whoever": true}

// phraseLen is the number of tokens of the phrase headed by h (span).

func (fs *frameSentence) phraseLen(h int) int {
	lo, hi := fs.span(h)
	return hi - lo
}

// generalNoun reports a target that is a general noun alone (frames class general: "things",
// "something"; Halliday & Hasan 1976, 6.4), indefinite and with no modifier but a relative
// clause ("things that we don't agree on"): it names nothing a reader can follow. With a definite
// or demonstrative determiner ("the matter", "this idea") a general noun refers back to what the
// text named before (Halliday & Hasan 1976, 6.4: general noun + reference item), and it stays.
func (fs *frameSentence) generalNoun(fr *frames.Lexicon, h int) bool {
	if !fr.InClass("general", strings.ToLower(lemmaOf(fs.toks[h]))) {
		return false
	}
	for _, k := range fs.kids[h] {
		switch fs.toks[k].DepRel {
		case "acl:relcl", "punct", "case":
		case "det", "amod", "nummod":
			// indefinite quantifiers only (UD English tags "many", "several" as adjectives)
			switch strings.ToLower(fs.toks[k].Form) {
			case "a", "an", "some", "any", "many", "several", "all", "other", "various", "few":
			default:
				return false
			}
		default:
			return false
		}
	}
	return true
}

// relativePronoun are the pronouns that open a relative clause (Quirk et al. 1985, 17.9–17.15;
// CGEL ch. 12 §3): grammar machinery, a closed class, so it stays in code.
var relativePronoun = map[string]bool{"that": true, "which": true, "who": true, "whom": true}

// relativeWord reports a token that is a relative pronoun: one of relativePronoun tagged PRON,
// or a "that" the tagger read as a subordinator (SCONJ) that the parse makes a core argument of
// its clause (subject or object: "a policy that the United States strongly supported"). The
// complementizer "that" is no constituent of its clause and is never its subject or object
// (Quirk et al. 1985, 17.10 on relative "that" and 15.3 on the complementizer), so a "that"
// filling such a role is the relative pronoun whatever its tag.
func relativeWord(t syntax.Token) bool {
	w := strings.ToLower(t.Form)
	if t.UPOS == "PRON" {
		return relativePronoun[w]
	}
	switch t.DepRel {
	case "obj", "nsubj", "nsubj:pass", "iobj":
		return w == "that"
	}
	return false
}

// lemmaOf is the token's lemma, or its form when the lemmatizer gave none.
func lemmaOf(t syntax.Token) string {
	if t.Lemma != "" && t.Lemma != "_" {
		return t.Lemma
	}
	return t.Form
}
