package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// honorificInsideName reports an honorific at token j (titles.txt class honorific, or a title of
// givennametitles.txt: "Sheikh", "Sultan") written between two parts of one personal name after a
// title: "President Hassan Sheikh Mohamud", "Minister Sharif Sheikh Ahmed". A title stands before
// the whole name it is given to and never between its words (Quirk et al. 1985, 17.90: the title
// premodifies the name; AP Stylebook "Arabic names": Sheikh is also a part of Somali and other
// names), so an honorific that follows the given name of a titled name and is itself followed by
// one or two capitalized name words closes no name and opens no second person: it is a word of
// the name, as titleWordSurname reads a title word that ends one (issue 14, analysis26 J4).
//
// units are the name units read so far; the last must be a chunk of one or two name words with no
// organization word right after a title unit and ending at j. Headlines (every word capitalized)
// and words the article also writes in lower case (no name) leave it; so does an honorific before
// a name already recognized (st.Ment) or a title.
func honorificInsideName(d *doc.Doc, st *doc.Sent, units []unit, j int) bool {
	last := len(units) - 1
	if last < 1 || st.Headline {
		return false
	}
	u, t := units[last], units[last-1]
	if u.kind != uChunk || u.org != "" || u.te != j || u.te-u.ts > 2 || t.kind != uTitle || t.te != u.ts {
		return false
	}
	toks := st.Toks
	ents, end := d.MatchNames(st, j)
	if len(ents) == 0 || end != j+1 {
		return false
	}
	for _, e := range ents {
		if e.Kind != lexicon.EntryTitle || e.Title.Class != "honorific" && !givenNameTitles.Has(toks[j].Lower) {
			return false
		}
	}
	for k := u.ts; k < j; k++ {
		if d.LowerSeen[toks[k].Lower] || d.Lx.Common[toks[k].Lower] {
			return false
		}
	}
	n := 0
	k := j + 1
	for ; k < len(toks) && toks[k].Kind == text.Word && toks[k].Cap; k++ {
		if toks[k].AllCaps || st.Ment[k] >= 0 || TitleAt(d, st, k) != nil || d.LowerSeen[toks[k].Lower] || d.Lx.Common[toks[k].Lower] {
			return false
		}
		n++
	}
	return n >= 1 && n <= 2
}
