package loader

import "github.com/claimgraph/claimgraph/lexicon"

// A branch written before restruct11: timeWord and officeOnly were methods of doc, and talkVerbs
// a map. The declarations below are main's since then, with a branch's edit inside officeOnly's
// body (a merge kept main's signature and the branch's new line, which still reads the receiver);
// tagged is the branch's caller.
func timeWord(w string) bool { return w == "today" }

func officeOnly(lx *lexicon.Lexicons, w string) bool {
	return lx.Common[w] || d.lx.Titles[w] != nil && !d.timeWord(w) && d.officeOnly(w)
}

var talkVerbs = lexicon.WordClass("talkverbs")

func tagged(d *doc, st *sent) bool {
	w := st.toks[0].Lower
	return d.officeOnly(w) && !d.timeWord(st.toks[1].Lower) && talkVerbs[w] && d.wireLemma(w) != ""
}

// wireLemma read the Extractor's dictionaries through the receiver (d.x): main passes it first
// (ex); the branch's line still reads d.x and calls a lifted method that reads both.
type Extractor struct{ lemmas map[string]string }

func wireLemma(ex *Extractor, w string) string { return ex.lemmas[w] }

func personOrBodyNoun(ex *Extractor, lx *lexicon.Lexicons, w string) bool {
	return d.x.lemmas[w] != "" && d.wireLemma(w) == w && d.personOrBodyNoun(w) && d.lx.Common[w]
}
