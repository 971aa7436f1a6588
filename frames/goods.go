package frames

import "strings"

// goodsHead returns the noun that names what object o of a transfer verb transfers: o itself, or,
// when o is a measure, typical or quantifying partitive with an of-phrase ("200 tonnes of grain",
// "a shipment of rifles", "hundreds of doctors", "thousands of rounds of ammunition"), the noun of
// that of-phrase, followed through nested partitives. In a partitive the of-noun is the head of
// the meaning (Quirk et al. 1985, 5.8-5.9 on partitives of measure and typical partitives, 5.25 on
// quantifying nouns); the nouns are the modality.txt classes measure, unit and partitive (cues27,
// analysis26 4b). o < 0 gives -1; a noun that is no partitive, or has no of-phrase, gives o.
func (lx *Lexicon) goodsHead(tr *tree, o int) int {
	for hops := 0; o >= 0 && hops < 3; hops++ {
		l := tr.lemma(o)
		if !lx.in("measure", l) && !lx.in("unit", l) && !lx.in("partitive", l) {
			return o
		}
		n := tr.oblWith(o, "of")
		if n < 0 {
			return o
		}
		o = n
	}
	return o
}

// goodsIn reports whether noun n (an index, -1 for none) is of the modality.txt class by its
// lemma or its lower-cased form: WordNet lists plural-only goods nouns ("arms", "munitions") that
// the lemmatizer reduces to another word ("arm").
func (lx *Lexicon) goodsIn(tr *tree, n int, class string) bool {
	return n >= 0 && (lx.in(class, tr.lemma(n)) || lx.in(class, tr.lower[n]) || lx.titledName(tr, n, class))
}

// spellVariant returns the other spelling of lemma l, British for American and American for
// British, or "" when l has none: -ce/-se for the nouns of modality.txt class spelling-ce
// (licence/license), -our/-or for those of spelling-our (honour/honor), -isation/-ization for
// any noun, and programme/program (Peters 2004, The Cambridge Guide to English Usage, the
// entries -ce/-se, -our/-or, -ise/-ize and program(me)). CAMEO.2.0.txt mixes both spellings
// ("CANCEL * LICENCE" [160], "DEFENSE", "FAVOR" and "FAVOUR"), so its pattern words match
// either (sameWord; cues27, analysis26 4c).
func (lx *Lexicon) spellVariant(l string) string {
	switch {
	case l == "programme":
		return "program"
	case l == "program":
		return "programme"
	case strings.HasSuffix(l, "isation"):
		return strings.TrimSuffix(l, "isation") + "ization"
	case strings.HasSuffix(l, "ization"):
		return strings.TrimSuffix(l, "ization") + "isation"
	case strings.HasSuffix(l, "ce") && lx.in("spelling-ce", l):
		return strings.TrimSuffix(l, "ce") + "se"
	case strings.HasSuffix(l, "se") && lx.in("spelling-ce", strings.TrimSuffix(l, "se")+"ce"):
		return strings.TrimSuffix(l, "se") + "ce"
	case strings.HasSuffix(l, "our") && lx.in("spelling-our", l):
		return strings.TrimSuffix(l, "our") + "or"
	case strings.HasSuffix(l, "or") && lx.in("spelling-our", strings.TrimSuffix(l, "or")+"our"):
		return strings.TrimSuffix(l, "or") + "our"
	}
	return ""
}

// infinitiveVerb returns the to-infinitive of verb i, its xcomp ("ordered to leave") or a
// to-marked acl of its object ("told the envoy to leave", as the parser may attach it; object +
// to-infinitive complementation, Quirk et al. 1985, 16.63), or -1.
func (tr *tree) infinitiveVerb(i int) int {
	if x := tr.child(i, "xcomp"); x >= 0 && tr.t[x].UPOS == "VERB" {
		return x
	}
	if o := tr.child(i, "obj"); o >= 0 {
		for _, a := range tr.children(o, "acl") {
			if m := tr.child(a, "mark"); m >= 0 && strings.EqualFold(tr.t[m].Form, "to") && m < a {
				return a
			}
		}
	}
	return -1
}
