package frames

import "strings"

// yieldRefusalTarget is whom a declared refusal to ease a measure is aimed at (CAMEO 124
// "decline to yield", 1241/1244 "decline to ease administrative/economic sanctions"; PLOVER
// REJECT): the party the measure is imposed on ("will not lift its sanctions on Belarus" →
// Belarus), or -1 when none is named. The measure itself is kept, not opposed: refusing to lift
// one's own sanctions maintains them (CAMEO.2.0.txt MAINTAIN "* SANCTIONS" [1244]). t is the
// target the frame found for cue i: the measure (the verb's object, or the noun cue itself), or
// already the measure's party.
func (lx *Lexicon) yieldRefusalTarget(tr *tree, i, t int) int {
	if t < 0 {
		return -1
	}
	measure := t == i || t == tr.object(i) || lx.in("hostile", tr.lemma(t))
	if !measure {
		return t // the frame's target is already the measure's party
	}
	for _, k := range tr.kids[t] {
		if base(tr.rel(k)) == "nmod" && tr.nominal(k) {
			switch tr.caseOf(k) {
			case "on", "against", "upon":
				return k // "sanctions on Belarus", "the embargo against Cuba"
			}
		}
	}
	return -1
}

// easesOwnMeasure reports a cue i that undoes its subject's own coercive measure: a reversal
// frame, or a verb whose object's head is a hostile measure (modality.txt hostile: "lift the
// sanctions", "ease restrictions"), where the measure (the object, or the noun cue itself) is
// determined by a personal possessive or "own" ("our sanctions", "its restrictions", "their own
// ban"), which refers back to the clause's subject (Quirk et al. 1985, 6.28 on possessive
// determiners). "Peru will not lift the sanctions" names no owner and stays a rejection.
func (lx *Lexicon) easesOwnMeasure(tr *tree, i int, frame string) bool {
	o := tr.object(i)
	switch {
	case strings.Contains(frame, "-reversal") && strings.HasPrefix(frame, "noun"):
		o = i
	case o < 0 || !strings.Contains(frame, "-reversal") && !lx.in("hostile", tr.lemma(o)):
		return false
	}
	for _, k := range tr.kids[o] {
		switch f := strings.ToLower(tr.t[k].Form); {
		case tr.rel(k) == "nmod:poss" && (f == "our" || f == "its" || f == "their" || f == "his" || f == "her" || f == "my"):
			return true
		case tr.rel(k) == "amod" && f == "own":
			return true
		}
	}
	return false
}
