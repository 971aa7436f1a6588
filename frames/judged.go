package frames

// Judgement verbs and the act they judge (holders31).
//
// A verb of judging (Levin 1993, 33 "Judgment verbs": praise, criticize, blame, condemn, thank,
// punish …) names the one judged as its object and the reason in a for-phrase ("They praised
// the volunteers for their dedication"; Levin 33: the for-phrase is predicated of the object).
// The act in that phrase is the object's: "criticized the governor for opposing the plan" says
// the governor opposes it, and "criticized the governor over his call for tolls" that the call
// is the governor's (the covert subject of the gerund and the possessive pronoun are bound by
// the object, the participant the reason is ascribed to; Huddleston & Pullum 2002, 14.5 on the
// controller of a non-finite complement: "blame X for V-ing" has object control). Reading the
// matrix subject there credits the critic with the act criticized.

// judgedReason returns the one judged (the object, or the subject of a passive "was criticized
// for …") when token i is a reason phrase of a judgement verb (modality.txt judged): a gerund or
// noun introduced by for or over hung on the verb. -1 otherwise.
func (tr *tree) judgedReason(i int) int {
	if tr.lx == nil {
		return -1
	}
	h := tr.t[i].Head
	if h >= 0 && tr.t[h].UPOS == "NOUN" && base(tr.rel(h)) == "obl" && h < i && placeTimeCase[tr.caseOf(h)] {
		// "rebuked the envoy at the summit in Oslo over her remarks …" with the reason phrase
		// hung on the adjunct of place or time before it: a place or an occasion is judged for
		// nothing, so the phrase is the verb's (the parser's attachment of a PP after another PP
		// is the ambiguity Quirk et al. 1985, 9.5 note, resolved by meaning)
		h = tr.t[h].Head
	}
	if h < 0 || h < i && tr.t[h].UPOS != "VERB" || !tr.lx.in("judged", tr.lemma(h)) {
		return -1
	}
	if m := tr.caseOf(i); m != "for" && m != "over" {
		return -1
	}
	if r := base(tr.rel(i)); r != "advcl" && r != "obl" && r != "acl" && r != "nmod" {
		return -1
	}
	o := tr.object(h)
	if o < 0 || o > i || !tr.nominal(o) {
		return -1
	}
	return o
}

// placeTimeCase are the prepositions of an adjunct of place or time ("in the parliament", "at the
// rally", "on Tuesday", "during the debate").
var placeTimeCase = map[string]bool{"in": true, "at": true, "on": true, "during": true}

// judgedPossessor returns the one judged for a noun cue n with possessive pronoun p when n is
// the reason phrase of a judgement verb (judgedReason): "criticized the governor over his call
// for tolls". -1 otherwise, and for a reflexive or first-person possessor.
func (tr *tree) judgedPossessor(n, p int) int {
	if tr.t[p].UPOS != "PRON" {
		return -1
	}
	switch tr.lower[p] {
	case "my", "our", "your":
		return -1 // the speaker's or addressee's own: not bound by the object
	}
	if o := tr.judgedReason(n); o >= 0 && o != p {
		return o
	}
	return -1
}

// adjunctController is the controller of a subjectless adjunct clause i found before the
// general adjunct rules of verbSource: the one judged for a reason phrase of a judgement verb
// (judgedReason), else the subject of a supplementive clause (supplementive, attachment.go).
func (tr *tree) adjunctController(i, depth int) (int, string) {
	if tr.t[i].XPOS == "VBG" && tr.child(i, "nsubj") < 0 {
		if o := tr.judgedReason(i); o >= 0 {
			return o, "verb-judged"
		}
	}
	return tr.supplementive(i, depth)
}
