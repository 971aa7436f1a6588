package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// Verbal attack on verbs the CAMEO dictionary files as force. CAMEO codes 18–20 (assault, fight,
// mass violence) as the use of force, which armed and state actors use (CAMEO codebook 1.1b3,
// Gerner et al. 2012, ch. 18–20); an individual person who "attacked", "assailed" or "hammered"
// a named party with no instrument names the verbal sense, WordNet 3.0 attack.v.02 "attack in
// speech or writing" (attack, assail, assault), which CAMEO codes 111 "criticize or denounce"
// (PLOVER DISAPPROVE), as the dictionary files SAVAGE and PILLORY. Whether the source is a
// person and the target a person or an organization is known only once actors are resolved, so a class line
// with need person-source carries the suffix PersonSourceRule and the loader checks it
// (loader/relation_verbalattack.go).

// PersonSourceRule is the rule suffix of the loader condition person-source (PrecedenceRules).
const PersonSourceRule = "+person-source"

// loaderCondition returns the rule suffix of the loader condition a class line needs
// (person-source), "" when it needs none.
func loaderCondition(needs map[string]bool) string {
	if needs["person-source"] {
		return PersonSourceRule
	}
	return ""
}

// PersonSource reports whether rule carries the loader condition person-source.
func PersonSource(rule string) bool { return strings.Contains(rule, PersonSourceRule) }

// personNounPlurals: plural forms of the nouns whose first WordNet 3.0 sense is in noun.person
// (data/wordclasses/personnouns.txt, tools/wordnetclass -class person).
var personNounPlurals = lexicon.WordClass("personnouns")

// nonThingObject reports that object o (-1: none) of a verb of criticism is no concrete thing
// (cue-classes.txt nonthing-object): a name (named, classCands' test), a personal pronoun, a
// noun whose first WordNet 3.0 sense is in noun.person ("blasted the governor": the person
// criticized) or in noun.act or noun.communication (wordnet-first-senses.txt: "the measures",
// "the rhetoric": what was done or said). "slammed the door", "blasted the rock" name a concrete
// thing (noun.artifact, noun.object), the literal verb's object; "knocked ten points off"
// (noun.quantity) and "ripped the heart out of" (heart.n.01 is noun.cognition) are idioms of
// other senses, so the other abstract files are left out.
func (lx *Lexicon) nonThingObject(tr *tree, o int, named bool) bool {
	if o < 0 {
		return false
	}
	if named || tr.t[o].UPOS == "PRON" && tr.t[o].XPOS == "PRP" && tr.lower[o] != "it" {
		return true
	}
	if tr.t[o].UPOS != "NOUN" {
		return false
	}
	l := tr.lemma(o)
	lex := lx.firstSense[l]
	return lex == "noun.act" || lex == "noun.communication" || personNoun(l, tr.lower[o], tr.t[o].XPOS)
}

// personNoun reports a noun of personNounPlurals: its plural form, or the regular plural of its
// lemma (the rules the class was written with: -es after s, x, z, ch, sh; consonant + y → -ies;
// -man → -men; else -s; CGEL ch. 18).
func personNoun(lemma, lower, xpos string) bool {
	if xpos == "NNS" {
		return personNounPlurals.Has(lower)
	}
	switch {
	case strings.HasSuffix(lemma, "man"):
		return personNounPlurals.Has(strings.TrimSuffix(lemma, "man") + "men")
	case strings.HasSuffix(lemma, "s"), strings.HasSuffix(lemma, "x"), strings.HasSuffix(lemma, "z"), strings.HasSuffix(lemma, "ch"), strings.HasSuffix(lemma, "sh"):
		return personNounPlurals.Has(lemma + "es")
	case len(lemma) > 1 && strings.HasSuffix(lemma, "y") && !strings.ContainsRune("aeiou", rune(lemma[len(lemma)-2])):
		return personNounPlurals.Has(lemma[:len(lemma)-1] + "ies")
	}
	return personNounPlurals.Has(lemma + "s")
}
