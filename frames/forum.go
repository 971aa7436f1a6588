package frames

import (
	"slices"
	"strings"
)

// complaintForum reports whether k, the with-phrase noun found for the target of a complaint
// noun i ("complaint", "protest": CAMEO 114 "complain officially" and 115 "bring lawsuit
// against", class lines of cue-classes.txt), names the forum the complaint is lodged with rather
// than the party complained of: its head is the head noun of an international body or a court
// (modality.txt classes igo-head and court: "filed a complaint with the World Trade
// Organization", "lodged a protest with the UN"). CAMEO.2.0.txt writes the forum into the
// pattern itself, LODGE * COMPLAINT (WITH COURT) [115]: the with-phrase is where the complaint is
// filed, and the party complained of is the noun's against / about / over complement (Quirk et
// al. 1985, 9.44: with of accompaniment and of the addressee, not of the opponent). A with-phrase
// naming a state ("lodged a protest with Beijing") stays the target: a diplomatic protest is
// delivered to the party protested against (Satow's Diplomatic Practice, 7th ed. 2017).
func (tr *tree) complaintForum(i, k int, c cand, kind string) bool {
	if kind != "noun" || tr.lx == nil || !slices.Contains([]string{"114", "115"}, c.code+c.lineCode) {
		return false
	}
	l := strings.ToLower(tr.lemma(k))
	return tr.lx.in("igo-head", l) || tr.lx.in("court", l)
}
