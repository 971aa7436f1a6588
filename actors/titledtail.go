package actors

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// titledNameTail returns the first token of the personal name that closes a long run of
// capitalized words [ts, te) (five name words or more, outside a headline), or -1. News style puts
// a person's title, affiliation and office, capitalized, right before the name (AP Stylebook,
// "titles": "Clark County Sheriff Joe Lombardo", "Washington Political Editor Matthew Boyle"), so
// such a run is a premodified proper noun (Quirk et al. 1985, 17.89: the close appositive
// "title + name"), whose head is the name at its end; a personal name opens with a given name
// (CMOS 17th ed. 8.5). The tail is two or three words: a given name of the given-names lexicon
// (givennames.txt; no title of titles.txt, as "Major" or "Dean"), then a surname, or a middle
// name or initial and a surname, each a capitalized word; a three-word tail opens with a given
// name that is no common English word (commonwords.txt: "Sheriff" and "Judge" are listed given
// names, but before "Joe Lombardo" they are the title). Without this the run is read word by
// word, and the surname alone, a subject, became an ORGANIZATION ("Purcell said …").
func titledNameTail(d *doc.Doc, st *doc.Sent, ts, te int) int {
	if st.Headline {
		return -1
	}
	toks := st.Toks
	for _, i := range []int{te - 3, te - 2} {
		if i <= ts {
			continue
		}
		if !givenNameWord(d, st, i) || i == te-3 && (d.Lx.Common[toks[i].Lower] || givenNameWord(d, st, i-1) && !d.Lx.Common[toks[i-1].Lower]) {
			continue
		}
		ok := !cutWord(toks, te) // "Hillary Ca|n't": a word cut by the tokenizer
		for k := i + 1; k < te && ok; k++ {
			t := toks[k]
			if t.Kind != text.Word || !t.Cap || t.AllCaps && len([]rune(strings.TrimSuffix(t.Text, "."))) > 1 || d.Lx.Titles[t.Lower] != nil || d.Lx.NonActor[t.Lower] != "" {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// givenNameWord reports token i as a capitalized given name of the given-names lexicon that is no
// title word ("General", "Dean", "Judge" head titles, not names) and no nationality word.
func givenNameWord(d *doc.Doc, st *doc.Sent, i int) bool {
	t := st.Toks[i]
	return t.Kind == text.Word && t.Cap && !t.AllCaps && d.Lx.GivenName[t.Lower] != 0 &&
		d.Lx.Titles[t.Lower] == nil && !isDemonymWord(d.Lx, t.Lower) && d.Lx.NonActor[t.Lower] == ""
}

// personalNameAt reports a personal name opening at token j: a given name of the given-names
// lexicon (givenNameWord) followed by a capitalized word that is no organization word
// (orgwords.txt). After "called" or "named" such a name is a person's ("a former staffer named
// Jane Roe", "a man named Eric Lund": the verb of naming takes the person as its object
// complement, Quirk et al. 1985, 16.48), no program's name, which findPolicyNames would make of it.
func personalNameAt(d *doc.Doc, st *doc.Sent, j int) bool {
	toks := st.Toks
	if j+1 >= len(toks) || !givenNameWord(d, st, j) {
		return false
	}
	n := toks[j+1]
	_, org := d.Lx.OrgWords[n.Lower]
	return n.Kind == text.Word && n.Cap && !org && d.Lx.Titles[n.Lower] == nil
}

// cutWord reports a token at k written against the word before it that goes on as a letter or a
// contraction ("Ca" + "n't" of "Can't"): the word before it is no whole word. A comma, a full stop
// or a genitive ("'s") after a name is no such continuation.
func cutWord(toks []text.Token, k int) bool {
	if k >= len(toks) || toks[k].Space {
		return false
	}
	w := toks[k].Lower
	if w == "'s" || w == "\u2019s" {
		return false
	}
	r := []rune(w)
	return len(r) > 0 && (unicode.IsLetter(r[0]) || len(r) > 1 && (r[0] == '\'' || r[0] == '\u2019') && unicode.IsLetter(r[1])) || strings.HasPrefix(w, "n'") || strings.HasPrefix(w, "n\u2019")
}
