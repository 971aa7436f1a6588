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

// forumCondition gives a complaint lodged with a forum under a condition the target the condition
// names: "would file a complaint with the WTO if the bans were not lifted" complains of the bans.
// When complaint noun i (support verb sup, -1 for none) has no target or content of its own and
// its with-phrase was a forum (complaintForum), the subject of an if- or unless-clause on the
// support verb (Quirk et al. 1985, 15.34: the condition on which the act depends) is the matter
// complained of, the frame becoming noun-support-condition. Otherwise target and frame come back
// unchanged. A pronoun or an actor-free clause subject is taken as the parse gives it.
func (tr *tree) forumCondition(i, sup, target, content int, c cand, frame string) (int, string) {
	if target >= 0 || content >= 0 || sup < 0 || frame != "noun-support" {
		return target, frame
	}
	w := tr.argOf(i, "with")
	if w < 0 {
		w = tr.argOf(sup, "with")
	}
	if w < 0 || !tr.complaintForum(i, w, c, "noun") {
		return target, frame
	}
	for _, k := range tr.kids[sup] {
		if base(tr.rel(k)) != "advcl" {
			continue
		}
		if m := tr.caseOf(k); m != "if" && m != "unless" {
			continue
		}
		if s := tr.child(k, "nsubj", "nsubj:pass"); s >= 0 && tr.t[s].UPOS == "NOUN" {
			return s, "noun-support-condition"
		}
	}
	return target, frame
}
