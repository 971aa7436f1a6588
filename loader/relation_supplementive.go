package loader

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
