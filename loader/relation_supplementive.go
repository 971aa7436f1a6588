package loader

import "github.com/claimgraph/claimgraph/frames"

// detachedClause reports that syntax token k, a dependent of n, is a non-finite clause the parser
// hung on the noun n (UD acl) but set off from it by a comma ("banned imports of Georgian wine,
// citing health concerns"): a clause detached by punctuation is a supplementive clause, outside
// the structure of the noun phrase (Quirk et al. 1985, 15.58–15.61 supplementive clauses, whose
// implied subject is the matrix clause's subject; 17.22 on non-restrictive postmodification), so
// it is no part of a target phrase. A restrictive participle clause follows its noun without a
// comma ("imports carrying the seal") and stays.
func (fs *frameSentence) detachedClause(n, k int) bool {
	if fs.toks[k].DepRel != "acl" || k < 1 || k-1 <= n {
		return false
	}
	return fs.toks[k-1].Form == "," && fs.toks[k-1].UPOS == "PUNCT"
}

// namedInSeries reports a match whose content verb is a later conjunct of another match's
// content verb under the same cue, which that match's target already names in its series of
// acts (actConjuncts: "agreed to expand cooperation and to launch talks" is one target,
// "expanding cooperation … and launching talks …"): the coordinated predication is one act
// asked for, promised or reported (Quirk et al. 1985, 13.46-13.52), so the conjunct alone is no
// second relation of the same source and cue.
func (fs *frameSentence) namedInSeries(m frames.Match, all []frames.Match) bool {
	if m.Content < 0 {
		return false
	}
	for _, o := range all {
		if o.Cue != m.Cue || o.Content < 0 || o.Content == m.Content || o.Type != m.Type || o.Source != m.Source {
			continue
		}
		if t := fs.toks[o.Content]; t.UPOS != "VERB" && t.UPOS != "AUX" {
			continue // a nominal content names no series (relationTarget)
		}
		for _, k := range fs.actConjuncts(o.Content) {
			if k == m.Content {
				return true
			}
		}
	}
	return false
}
