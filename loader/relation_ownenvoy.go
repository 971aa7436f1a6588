package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
)

// ownEnvoy reports a target phrase headed (syntax token t) by a noun of a state's agents abroad
// (envoyNouns: ambassador, envoy, diplomat …) with a possessive pronoun ("recalled its
// ambassador from Caracas", "withdrew their diplomats from Minsk"): the possessive is bound by
// the verb's subject, so the envoy is the subject's own, and a reduction of diplomatic relations
// (CAMEO 161 "reduce or break diplomatic relations"; PLOVER SANCTION, whose target is the actor
// the measure is directed at) is aimed at the state the envoy is withdrawn from, not at the
// envoy. The from-phrase names that state (Vienna Convention on Diplomatic Relations 1961, art. 1:
// the receiving State).
func ownEnvoy(fs *frameSentence, t int) bool {
	if t < 0 || fs.toks[t].UPOS != "NOUN" || !actors.EnvoyNouns.Has(strings.TrimSuffix(strings.ToLower(fs.toks[t].Form), "s")) {
		return false
	}
	for _, k := range fs.kids[t] {
		if fs.toks[k].DepRel == "nmod:poss" && fs.toks[k].UPOS == "PRON" {
			return true
		}
	}
	return false
}

// receivingState is the state a subject's own envoy (ownEnvoy) is withdrawn from, named in the
// from-phrase (or out-of phrase: sourcePhrase) of the envoy noun or of the verb ("from
// Washington", "pulled its ambassador out of Caracas"): the actor
// there, or the country of a capital or city the country records list (cityPlace, as PETRARCH
// codes a place by its country). nil otherwise.
func (d *doc) receivingState(st *sent, fs *frameSentence, envoy, verb int) *entity {
	heads := []int{envoy}
	if fs.toks[envoy].Head == verb {
		heads = append(heads, verb)
	}
	for _, h := range heads {
		for _, k := range fs.kids[h] {
			if r := fs.toks[k].DepRel; (r != "nmod" && r != "obl") || !fs.sourcePhrase(k) {
				continue
			}
			if e := d.partyAt(st, fs, k); e != nil {
				return e
			}
			if i := fs.at[k]; i >= 0 {
				lo := i
				for lo > 0 && st.Toks[lo-1].Cap && lo-1 > fs.at[h] {
					lo-- // the first word of a multi-word place ("Buenos Aires")
				}
				if c, _ := actors.CityPlace(d.Doc, st, lo); c != nil {
					return actors.CountryRef(d.Doc, c)
				}
			}
		}
	}
	return nil
}

// sourcePhrase reports a phrase (syntax token h) marked by "from" or by the complex preposition
// "out of", which marks the source of motion as from does when the motion leaves an enclosure, a
// community or a country (Quirk et al. 1985, 9.15–9.17: from/out of, to/into; the parser gives
// "out" and "of" both as case).
func (fs *frameSentence) sourcePhrase(h int) bool {
	var cases []string
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel == "case" {
			cases = append(cases, strings.ToLower(fs.toks[k].Form))
		}
	}
	return len(cases) == 1 && cases[0] == "from" || len(cases) == 2 && cases[0] == "out" && cases[1] == "of"
}
