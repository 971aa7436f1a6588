package loader

import "github.com/claimgraph/claimgraph/lexicon"

// A branch written before restruct10: the doc floor's helpers were methods of doc. The
// functions below are main's since then (the declarations a merge brings in); the calls in
// said are the branch's, nested ones included.
func speechAt(lx *lexicon.Lexicons, st *sent, i int) (lexicon.Entry, bool) {
	_, ok := lx.Speech[st.toks[i].Lower]
	return lexicon.Entry{}, ok
}

func bodyStart(st *sent) int { return len(st.toks) }

func publisherBody(lx *lexicon.Lexicons, outlet string) (string, *lexicon.Country) {
	return outlet, lx.ByCode["USA"]
}

func said(d *doc, st *sent) bool {
	_, ok := d.speechAt(st, d.bodyStart(st))
	body, _ := d.publisherBody()
	return ok && body != "" && other{}.bodyStart(st) == 0
}

// restruct10's lexicon accessors: the doc methods and the loader's matchWords that walked the
// tries are gone; the edit inside matchWords' second argument (tkWord) still applies.
func cueNoun(d *doc, lx *lexicon.Lexicons, w string) bool {
	ents, n := matchWords(&lx.Bodies, []string{w, string(rune(tkWord))})
	return d.nounCue(w) && !d.demonymWord(w) && n == len(ents)
}

// capRun: restruct10's capitals' helpers, one of them now in the package text.
func capRun(d *doc, st *sent, i int) bool {
	end := d.capRunEnd(st, i+1)
	return d.givenNameCapital(st, i, end)
}

// other has a method of a moved name: its calls stay.
type other struct{}

func (other) bodyStart(st *sent) int { return len(st.toks) }
