package frames

import "strings"

// againstToPredicate re-attaches an against-phrase the parser hung on a place adjunct to the verb
// (issue 13, classes8 class 39): "protested near the harbour against the oil terminal" parsed
// with "against the terminal" a modifier of "harbour", so the verb has no against-argument and the
// cue's target is lost (or the place is taken). A place is not opposed: "against" of opposition
// complements the predicate (Quirk et al. 1985, 9.13 on "against" as the preposition of
// opposition, and 9.15 ff. on prepositions of place, whose phrases are adjuncts of the clause).
// So an nmod "against N" whose head is a verb's obl introduced by a preposition of place becomes
// the verb's obl. Heads change in the frames tree only (newTree's copy).
func againstToPredicate(toks []Token) {
	caseOf := func(n int) string {
		for k := range toks {
			if toks[k].Head == n && toks[k].DepRel == "case" {
				return strings.ToLower(toks[k].Form)
			}
		}
		return ""
	}
	for a := range toks {
		h := toks[a].Head
		if toks[a].DepRel != "nmod" || h < 0 || caseOf(a) != "against" {
			continue
		}
		for n := 0; n < 2 && toks[h].DepRel == "nmod" && toks[h].Head >= 0 && caseOf(h) == "of"; n++ {
			h = toks[h].Head // "in front of the ministry against …": the place phrase's head
		}
		v := toks[h].Head
		if v < 0 || toks[v].UPOS != "VERB" || !strings.HasPrefix(toks[h].DepRel, "obl") || !placePrepositions[caseOf(h)] {
			continue
		}
		toks[a].Head, toks[a].DepRel = v, "obl"
	}
}

// placePrepositions are the prepositions of place and movement of Quirk et al. 1985, 9.15-9.33
// (at, on, in; near, outside, inside, past, through, across, along, around, by, in front of …).
var placePrepositions = map[string]bool{"at": true, "in": true, "on": true, "near": true, "outside": true,
	"inside": true, "past": true, "through": true, "across": true, "along": true, "around": true,
	"by": true, "before": true, "behind": true, "beside": true, "opposite": true, "throughout": true}
