package frames

import (
	"slices"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/graph"
)

// penaltyWarnings adds, for each verb of saying, warning or vowing (modality.txt report, advise,
// commissive) whose that-clause says that a named party will or would undergo a penalty, the
// THREATENS of that verb's subject against the party (issue 13, classes19 class 2): "Iran vowed
// that Israel would pay a heavy price", "Putin warned that the West would regret arming Ukraine",
// "Beijing said Vilnius would face consequences". A penalty announced for another is a threat:
// Searle 1976 (a commissive whose act is unwelcome to the hearer), PLOVER THREATEN "coercive or
// forceful warnings with serious potential repercussions", CAMEO 13 (CAMEO.2.0.txt WARN block
// "* CONSEQUENCES" [130]). The clause's verb, with a will or would (announced), is:
//   - a verb of the class penalty (modality.txt: "regret", OED regret v., what a party is told it
//     will regret is the harm coming to it), or has an object of that class ("price": OED price n.,
//     "pay the price", to suffer the consequences of an action: "would pay a heavy price");
//   - face, risk or incur (as orFaceThreats and the addressed clause-warning read them) with an
//     object of the classes repercussion or hostile ("would face consequences", "sanctions");
//   - existential be with a repercussion as its subject and the party in its for-phrase: "there
//     would be consequences for Lithuania" (Quirk et al. 1985, 18.44-18.50, existential
//     there: the notional subject is the repercussion, the for-phrase names whom it falls on).
//
// The party is the clause's subject (for existential be, the for-phrase's noun): a proper noun or
// a capitalized noun ("the West"), never a pronoun ("it would pay a price" is the speaker's own
// hardship) nor a common noun ("exporters would face tariffs" names no party). The warning's
// own frames over the same clause give way: the warning verb's THREATENS whose content is the
// clause (its target is the party now) and the clause verb's own matches ("pay" is no payment
// here, CAMEO 061); an addressed clause-warning that voicedWarning already read under a verb of
// saying ("said Vilnius would face sanctions", its speaker the loader's) stays as it is. Source:
// the warning verb's subject; rule
// "frames:<frame>-warning:modality/penalty/<word>".
func (lx *Lexicon) penaltyWarnings(tr *tree, ms []Match) []Match {
	var add []Match
	for i := range tr.t {
		if tr.t[i].UPOS != "VERB" || !lx.in("report", tr.lemma(i)) && !lx.in("advise", tr.lemma(i)) && !lx.in("commissive", tr.lemma(i)) {
			continue
		}
		c := tr.child(i, "ccomp")
		if c < 0 || !lx.announced(tr, c) {
			continue
		}
		party, word := lx.penalizedParty(tr, c)
		if party < 0 {
			continue
		}
		src, frame := tr.verbSource(i, 0)
		if src < 0 {
			continue
		}
		mode, neg, hedged := lx.modality(tr, i)
		if neg {
			continue
		}
		scope, outer := lx.scope(tr, i, mode, src)
		m := Match{Cue: i, Kind: "verb", Type: graph.Threatens, Source: src, Target: party, Content: -1, Mode: mode,
			Hedged: hedged, Scope: scope, Outer: outer, Code: "130", Plover: "THREATEN",
			Rule: "frames:" + frame + "-warning:modality/penalty/" + word}
		voiced := slices.ContainsFunc(ms, func(o Match) bool {
			return o.Cue == c && o.Type == graph.Threatens && o.Target == party && strings.HasPrefix(o.Rule, "frames:clause-warning")
		})
		ms = slices.DeleteFunc(ms, func(o Match) bool {
			return o.Cue == c && !voiced || o.Cue == i && o.Type == graph.Threatens && o.Content == c
		})
		if !voiced {
			add = append(add, tr.perSource(m, src)...)
		}
	}
	return append(ms, add...)
}

// penalizedParty returns the party that clause c says will undergo a penalty (see
// penaltyWarnings) and the word that names the penalty, or -1.
func (lx *Lexicon) penalizedParty(tr *tree, c int) (int, string) {
	if tr.lemma(c) == "be" && tr.child(c, "expl") >= 0 {
		n := tr.child(c, "nsubj")
		if n < 0 || !lx.in("repercussion", tr.lemma(n)) {
			return -1, ""
		}
		for _, k := range append(slices.Clone(tr.kids[n]), tr.kids[c]...) {
			if tr.caseOf(k) == "for" && namedParty(tr, k) {
				return k, tr.lemma(n)
			}
		}
		return -1, ""
	}
	s := tr.child(c, "nsubj")
	if s < 0 || !namedParty(tr, s) {
		return -1, ""
	}
	if lx.in("penalty", tr.lemma(c)) {
		return s, tr.lemma(c)
	}
	o := tr.child(c, "obj")
	if o < 0 {
		return -1, ""
	}
	if lx.in("penalty", tr.lemma(o)) {
		return s, tr.lemma(o)
	}
	if l := tr.lemma(c); (l == "face" || l == "risk" || l == "incur") && (lx.in("repercussion", tr.lemma(o)) || lx.in("hostile", tr.lemma(o))) {
		return s, tr.lemma(o)
	}
	return -1, ""
}

// namedParty reports token k a proper noun, or a noun written with a capital inside the sentence
// ("the West": a proper noun is capitalized, Quirk et al. 1985, 5.60-5.62).
func namedParty(tr *tree, k int) bool {
	if tr.t[k].UPOS == "PROPN" {
		return true
	}
	f := []rune(tr.t[k].Form)
	return tr.t[k].UPOS == "NOUN" && k > 0 && len(f) > 0 && unicode.IsUpper(f[0])
}
