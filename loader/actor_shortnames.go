package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// nameSuffixes are the generational suffixes after a personal name (data/wordclasses/namesuffixes.txt:
// Jr., Sr., II, III; CMOS 17th ed. 6.43, 8.19).
var nameSuffixes = lexicon.WordClass("namesuffixes")

// surnameWord reports whether the single word w names person p by surname on a later mention: w is
// p's last name word, or the last one before a generational suffix ("Ferdinand Marcos Jr." →
// "Marcos": the suffix follows the whole name and is no part of the surname, CMOS 17th ed. 6.43,
// 8.19), or that word without the Arabic article joined to it by a hyphen ("Mohammed Shia
// al-Sudani" → "Sudani": the article al-/el- is a prefix of the surname, which the name is filed
// under without it, CMOS 17th ed. 16.76; the same reading lexicon.nameKeys gives "al-Bashir").
// Case is ignored. p must have two name words or more.
func surnameWord(p *entity, w string) bool {
	toks := p.nameToks
	for len(toks) > 2 && nameSuffixes.Has(strings.ToLower(toks[len(toks)-1])) {
		toks = toks[:len(toks)-1]
	}
	last := toks[len(toks)-1]
	if strings.EqualFold(last, w) {
		return true
	}
	if len(toks) < 2 {
		return false
	}
	lower := strings.ToLower(last)
	for _, art := range []string{"al-", "el-"} {
		if strings.HasPrefix(lower, art) && strings.EqualFold(last[len(art):], w) {
			return true
		}
	}
	return false
}

// firstNameWord reports whether the single word w is the first word of p's name of three words or
// more and of no other person's name in the article: "Johari Abdul Ghani … Johari said",
// "Faisal bin Farhan … Prince Faisal said", "Le Hong Hiep … Le said". The first word is the given
// name in the order of Malay and Arabic names, which the press uses alone on a later mention (the
// name of a Malay or Arab person is a given name followed by the father's, CMOS 17th ed. 16.76,
// 16.83), and the family name in the order of Vietnamese, Chinese and Korean ones (CMOS 8.15-8.17);
// either way it names the one person of the article whose name opens with it. Two-word names take
// their first word already (family name first: "Mr. Ruan" → Ruan Zongze). Case is ignored.
func firstNameWord(persons []*entity, p *entity, w string) bool {
	return len(p.nameToks) >= 3 && strings.EqualFold(p.nameToks[0], w) && p.nameToks[0] != strings.ToLower(p.nameToks[0]) &&
		innerNameUnique(persons, w)
}

// demonymTail reports a single word that is the last word of a demonym of two words or more in
// countries.txt and no demonym by itself: "Korean" of "South Korean" and "North Korean". Alone it
// is the adjective of a nation that several states share (Quirk et al. 1985, 7.24-7.26: adjectives
// of nationality), which names no one country and is no name of an organization; case is ignored.
func (d *doc) demonymTail(w string) bool {
	lw := strings.ToLower(w)
	tail := false
	for _, c := range d.lx.countries {
		for _, dm := range c.Demonyms {
			l := strings.ToLower(dm)
			if l == lw {
				return false
			}
			if f := strings.Fields(l); len(f) >= 2 && f[len(f)-1] == lw {
				tail = true
			}
		}
	}
	return tail
}
