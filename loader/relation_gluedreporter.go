package loader

import "strings"

// A reporting clause after the reported one ("…, Chief Cabinet Secretary Osamu Fujimura said")
// that the parser splits into an apposition of the last noun (the reporter's name) and a
// subjectless clause of it (acl "said"). The reporting clause is no part of the reported clause,
// whatever its position (Quirk et al. 1985, 15.53 on direct and indirect speech: the reporting
// clause in end position; 14.29), so neither piece belongs in a target's name. The shape is a
// verb of the report class without a subject of its own, closing the sentence (nothing but
// its own dependents and punctuation after it), right after a nominal sibling that opens after
// a comma: the sibling is the verb's subject.

// subtreeBounds returns the token range [lo, hi) of the whole subtree of n.
func (fs *frameSentence) subtreeBounds(n int) (int, int) {
	lo, hi := n, n+1
	stack := []int{n}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, k := range fs.kids[x] {
			lo, hi = min(lo, k), max(hi, k+1)
			stack = append(stack, k)
		}
	}
	return lo, hi
}

// gluedReporter returns, for a subjectless reporting verb v closing the sentence, its
// misattached subject: the nominal sibling whose subtree ends right before v and opens after a
// comma; -1 otherwise.
func (fs *frameSentence) gluedReporter(v int) int {
	t := fs.toks[v]
	h := t.Head
	if fs.fr == nil || h < 0 || t.UPOS != "VERB" || !fs.fr.InClass("report", strings.ToLower(lemmaOf(t))) {
		return -1
	}
	for _, c := range fs.kids[v] {
		if strings.HasPrefix(fs.toks[c].DepRel, "nsubj") {
			return -1
		}
	}
	if _, hi := fs.subtreeBounds(v); hi < len(fs.toks) {
		for i := hi; i < len(fs.toks); i++ {
			if fs.toks[i].UPOS != "PUNCT" {
				return -1
			}
		}
	}
	for _, n := range fs.kids[h] {
		if n >= v || !nominalHead(fs.toks[n].UPOS) {
			continue
		}
		lo, hi := fs.subtreeBounds(n)
		for lo < n && fs.toks[lo].UPOS == "PUNCT" {
			lo++ // the comma the parser hangs on the apposition
		}
		if hi == v && lo > 0 && fs.toks[lo-1].UPOS == "PUNCT" && (fs.toks[lo-1].Form == "," || fs.toks[lo-1].Form == "”" || fs.toks[lo-1].Form == "\"") {
			return n
		}
	}
	return -1
}

// gluedReport reports a dependent k that is either piece of such a reporting clause.
func (fs *frameSentence) gluedReport(k int) bool {
	if fs.gluedReporter(k) >= 0 {
		return true
	}
	if h := fs.toks[k].Head; h >= 0 && nominalHead(fs.toks[k].UPOS) {
		for _, v := range fs.kids[h] {
			if v > k && fs.gluedReporter(v) == k {
				return true
			}
		}
	}
	return false
}
