package loader

import "github.com/claimgraph/claimgraph/lexicon"

// A branch written before restruct12: titleWord and descriptionBefore were methods of doc,
// lifted under new names because package-level functions have theirs (isTitleWord,
// orgDescriptionBefore), and headFinalKind a method that read d.x and d.lx. The declarations
// below are main's since then; bodyHead is the branch's caller, whose call of the function
// titleWord stays.
func titleWord(w string) string { return w }

func isTitleWord(lx *lexicon.Lexicons, w string) bool { return lx.Titles[w] != nil }

func orgDescriptionBefore(lx *lexicon.Lexicons, st *sent, start, end int) bool { return start < end }

func headFinalKind(ex *Extractor, lx *lexicon.Lexicons, st *sent, ts, te int) string { return "" }

func bodyHead(d *doc, st *sent) bool {
	w := titleWord(st.toks[0].Lower)
	return d.titleWord(w) && d.descriptionBefore(st, 0, 1) && d.headFinalKind(st, 0, 1) == ""
}
