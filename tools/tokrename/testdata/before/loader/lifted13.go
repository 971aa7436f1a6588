package loader

import "github.com/claimgraph/claimgraph/lexicon"

// A branch written before restruct13: lineEnd and capsWordLine were methods of doc that read
// d.runes (and d.lx), quotesIn one lifted under a new name because a package-level function has
// its name (hasQuotedWords), publisherGovernment one that read the article's outlet. The
// declarations below are main's since then, with the branch's edits inside lineEnd and
// capsWordLine still reading the receiver; headingEnd is the branch's caller, whose call of the
// function quotesIn stays.
func quotesIn(toks []string) int { return len(toks) }

func hasQuotedWords(st *sent) bool { return st != nil }

func lineEnd(runes []rune, k int) bool {
	return k >= len(d.runes) || d.runes[k] == '\n'
}

func capsWordLine(lx *lexicon.Lexicons, runes []rune, st *sent, i int) bool {
	return d.lx.Common[st.toks[i].Lower] && d.lineEnd(i)
}

func publisherGovernment(lx *lexicon.Lexicons, outlet string) *lexicon.Country { return nil }

func headingEnd(d *doc, st *sent) bool {
	return d.lineEnd(3) && d.capsWordLine(st, 0) && d.quotesIn(st) && quotesIn(nil) == 0 && d.publisherGovernment() == nil
}
