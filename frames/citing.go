package frames

import "strings"

// The citable test of the participial ", citing X" adjunct (issue 13, frames18, blind round 8
// class 14): frame (args.go) drops a CITES whose object is a reason, not a source.

// citable reports noun n as something one can cite as evidence or authority (contract CITES
// "invokes as evidence or authority"): a text, finding or ruling (modality.txt evidence), a noun
// of saying (report-noun), a person or body that informs (informant), a name (PROPN), or a noun
// whose nmod is one of these ("its obligations under the Montreux Convention").
func (lx *Lexicon) citable(tr *tree, n, depth int) bool {
	l := tr.lemma(n)
	if tr.t[n].UPOS == "PROPN" || lx.in("evidence", l) || lx.in("report-noun", l) || lx.in("informant", l) {
		return true
	}
	if depth > 1 {
		return false
	}
	for k := range tr.t {
		if tr.t[k].Head == n && (base(tr.rel(k)) == "nmod" || tr.rel(k) == "compound") && lx.citable(tr, k, depth+1) {
			return true // "intelligence reports", "a report by the United Nations"
		}
	}
	return false
}

// splitCompoundHead reports the word right after object o of cue i, hung on o or i, whose form is
// a citable noun (modality.txt evidence, report-noun): "citing the court ruling" with "ruling"
// tagged a verb, the parser's split of a noun compound whose head is its last noun (Quirk et al.
// 1985, 17.104).
func (lx *Lexicon) splitCompoundHead(tr *tree, i, o int) bool {
	k := o + 1
	if k >= len(tr.t) || tr.t[k].Head != o && tr.t[k].Head != i {
		return false
	}
	f := strings.ToLower(tr.t[k].Form)
	return lx.in("evidence", f) || lx.in("report-noun", f)
}
