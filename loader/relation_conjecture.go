package loader

import "strings"

// contentOfReportNoun reports a match whose clause is the content clause of a noun of report,
// belief or hearsay: "Rumours that Nigeria had banned imports of rice circulated …", "amid
// reports that Peru has expelled the envoy", "fears that Turkey may close the strait". A
// that-clause after such a noun is its appositive content (Quirk et al. 1985, 17.26; Huddleston &
// Pullum 2002, ch. 11 §7.2: content clauses as complements of nouns): what is rumoured, reported
// or feared, not asserted (PARC 3.0 nominal attribution cues; modality.txt classes report-noun
// and conjecture). The frames stage scopes such a clause from the tree when the parser hangs it on
// the noun; this reads the words, for the parses that lose it (the EWT parser takes the plural
// noun opening a sentence for its root and the clause's verb for an appositive): the match's
// source phrase opens right after "that", and the word before "that" is such a noun. A relative
// "that" has no subject of its own after it ("the report that criticised the ban"), so it is not
// this shape; a factive noun ("the fact that …") is in neither class; nor is the medium of a verb of
// saying ("said in a statement that …"), whose that-clause is the verb's.
func contentOfReportNoun(fs *frameSentence, src, cue int) bool {
	if src < 0 || cue <= src || fs.fr == nil {
		return false
	}
	lo, _ := fs.span(src)
	if lo < 2 || !strings.EqualFold(fs.toks[lo-1].Form, "that") {
		return false
	}
	n := fs.toks[lo-2]
	if n.UPOS != "NOUN" {
		return false
	}
	l := strings.ToLower(lemmaOf(n))
	if !fs.fr.InClass("report-noun", l) && !fs.fr.InClass("conjecture", l) {
		return false
	}
	// "said in a statement that …": the noun names the medium of a verb of saying, whose clause
	// the that-clause is (claims/reported.go reads it so)
	j := lo - 3
	for j >= 0 && (fs.toks[j].UPOS == "DET" || fs.toks[j].UPOS == "ADJ" || fs.toks[j].UPOS == "NUM" || fs.toks[j].XPOS == "PRP$") {
		j--
	}
	if j >= 1 && fs.toks[j].UPOS == "ADP" {
		v := fs.toks[j-1]
		if v.UPOS == "VERB" && (fs.fr.InClass("report", strings.ToLower(lemmaOf(v))) || fs.fr.InClass("scope", strings.ToLower(lemmaOf(v)))) {
			return false
		}
	}
	return true
}
