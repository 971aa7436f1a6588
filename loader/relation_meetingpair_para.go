package loader

// paragraphPair is the pair named by the nearest earlier sentence of st's own paragraph
// (meetingPairIn) in the document's narration, for a report whose first sentence names no pair
// (meetingPair nil): a wire story that brings two actors in later ("MOSCOW — Delegations …
// gathered … ¶ France and Russia held talks on Monday. The two sides criticized …"). Anaphoric
// "the" takes its antecedent from the preceding discourse, the most recent fitting one (Quirk et
// al. 1985, 5.28; Lappin & Leass 1994 on recency), and the paragraph bounds the search as the
// turn does in turnPair. nil and -1 when none.
func (d *doc) paragraphPair(st *sent) ([]*entity, int) {
	for j := st.Idx - 1; j >= 0; j-- {
		p := d.Sents[j]
		if p.S.Paragraph != st.S.Paragraph || !pairNarration(p) {
			break
		}
		if ps := d.meetingPairIn(p); len(ps) >= 2 {
			return ps, j
		}
	}
	return nil, -1
}
