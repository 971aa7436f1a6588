package frames

import (
	"strconv"
	"strings"
)

// Nominal gerunds (issue 13, frames23): "the severing of diplomatic ties", "the closing of the
// border", "Ghana's freezing of the accounts". A gerund with a determiner or possessor and an
// of-phrase is a noun whose of-phrase is the verb's object (Quirk et al. 1985, 17.54: the
// "verbal noun", "the painting of the house"; its arguments are the verb's, Grimshaw 1990): it
// names the verb's act when the dictionary's verb–object pattern holds of that object. Only a
// pattern naming the object counts, never the verb's bare default ("the meeting of ministers",
// "the killing of protesters" name no stance), and only a gerund no noun entry claims
// ("warning", "funding" keep their own).

// gerundObject returns the of-phrase of nominal gerund i, -1 when i is none.
func (tr *tree) gerundObject(i int) int {
	t := tr.t[i]
	f := tr.lower[i]
	if t.UPOS != "NOUN" || t.XPOS != "NN" || len(f) < 6 || !strings.HasSuffix(f, "ing") || tr.lemma(i) != f {
		return -1
	}
	if tr.child(i, "det", "nmod:poss") < 0 {
		return -1
	}
	for _, k := range tr.kids[i] {
		if base(tr.rel(k)) == "nmod" && tr.caseOf(k) == "of" && k > i {
			return k
		}
	}
	return -1
}

// gerundVerb returns the dictionary verb of gerund form f ("severing" sever, "closing" close,
// "banning" ban), "" when none: the -ing form drops a final e and doubles a final consonant
// after a short stressed vowel (Quirk et al. 1985, App. II.3-II.5).
func (lx *Lexicon) gerundVerb(f string) string {
	b := strings.TrimSuffix(f, "ing")
	cands := []string{b, b + "e"}
	if n := len(b); n >= 2 && b[n-1] == b[n-2] {
		cands = append(cands, b[:n-1])
	}
	for _, v := range cands {
		if len(lx.verbs[v]) > 0 {
			return v
		}
	}
	return ""
}

// gerundCand is the cue of nominal gerund i: the verb's pattern that names the gerund's
// of-object, as a noun cue (its source is found as a noun's: possessor, support verb, demonym).
func (lx *Lexicon) gerundCand(tr *tree, i int) (cand, bool) {
	if tr.gerundObject(i) < 0 {
		return cand{}, false
	}
	v := lx.gerundVerb(tr.lower[i])
	if v == "" {
		return cand{}, false
	}
	var verbs []verbCue
	for _, e := range lx.verbs[v] {
		if len(e.extra) == 0 {
			verbs = append(verbs, e)
		}
	}
	bp := lx.bestPattern(tr, i, verbs)
	if bp == nil || bp.object == nil || bp.types == (Types{}) {
		return cand{}, false
	}
	var preps []string
	for _, s := range bp.preps {
		preps = append(preps, s.prep)
	}
	// the target is the of-object, as the verb's object ("the severing of ties with Israel"
	// then takes the relation's other party, as "severed ties with" does: frame)
	return cand{kind: "noun", types: bp.types, code: bp.code, plover: bp.plover,
		entry: "gerund/cameo@" + strconv.Itoa(bp.line), prep: preps, targets: append([]string{"of"}, preps...)}, true
}
