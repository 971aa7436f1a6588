package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/lexicon"
)

// actNouns: the nouns whose most frequent sense names an act or an event (WordNet 3.0's first
// sense in lexicographer file noun.act or noun.event; data/wordclasses/actnouns.txt). A judged
// phrase headed by one names the act judged whatever the CAMEO lists say of it: "The execution of
// three men is an outrage", "The crackdown was unacceptable" (judgedTarget, relation_evaluation.go).
// Read by the relations stage.
var actNouns = lexicon.WordClass("actnouns")

// actNominal reports a judged noun h that names an act: a noun of actNouns, or one that names
// the act by its form, with the verb in it:
//   - a noun identical to a CAMEO event verb (frames EventVerb), a verb converted to a noun or a
//     noun to a verb (Quirk et al. 1985, App. I.43–I.44: "an attack", "a ban", "the death
//     sentences" of "sentence" 172): the noun names the verb's act, as eventNominal's suffixed
//     nouns do;
//   - a noun in -ing with an of-phrase, the gerundial noun whose of-phrase is the verb's object
//     ("the hanging of two activists", "the shelling of the town": Quirk et al. 1985, 17.54 on
//     the deverbal -ing noun with of; Huddleston & Pullum 2002, ch. 14 on gerundial nouns): it
//     names the act whatever the verb.
//
// A noun whose verb the CAMEO dictionary lists and codes as no event ("---": "develop" of "the
// development of the coast", "situate") is none, whatever WordNet files it under: the domain's
// dictionary says what is an event of politics (cameoNoEvent).
func actNominal(fr *frames.Lexicon, fs *frameSentence, h int) bool {
	t := fs.toks[h]
	lemma := strings.ToLower(lemmaOf(t))
	if cameoNoEvent(fr, lemma) {
		return false
	}
	if fr.EventVerb(lemma) || actNouns.Has(lemma) {
		return true
	}
	if !strings.HasSuffix(strings.ToLower(t.Form), "ing") {
		return false
	}
	for _, k := range fs.kids[h] {
		if k <= h || fs.toks[k].DepRel != "nmod" {
			continue
		}
		for _, c := range fs.kids[k] {
			if fs.toks[c].DepRel == "case" && strings.EqualFold(fs.toks[c].Form, "of") {
				return true
			}
		}
	}
	return false
}

// cameoNoEvent reports a noun that is, or by one of deverbalSuffixes comes from, a verb of the
// CAMEO dictionary with no event code (frames IsVerb but not EventVerb).
func cameoNoEvent(fr *frames.Lexicon, noun string) bool {
	if fr.IsVerb(noun) && !fr.EventVerb(noun) {
		return true
	}
	for _, s := range deverbalSuffixes {
		stem, ok := strings.CutSuffix(noun, s.suffix)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, end := range strings.Split(s.endings, ",") {
			if v := stem + end; fr.IsVerb(v) && !fr.EventVerb(v) {
				return true
			}
		}
	}
	return false
}
