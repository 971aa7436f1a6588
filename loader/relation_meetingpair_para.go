package loader

// paragraphPair is the pair named by the nearest earlier sentence of st's own paragraph, else of
// the paragraph right before it (meetingPairIn), in the document's narration, for a report whose
// first sentence names no pair (meetingPair nil): a wire story that brings two actors in later
// ("MOSCOW — Delegations … gathered … ¶ France and Russia held talks on Monday. The two sides
// criticized …", or with the meeting a paragraph of its own: "… ¶ X met with Y on Monday. ¶
// Both sides opposed …"). Anaphoric "the" and "both" take their antecedent from the preceding
// discourse, the most recent fitting one (Quirk et al. 1985, 5.28; 6.49 on "both"; Lappin &
// Leass 1994 on recency), and a wire story's paragraph is often one sentence, so the search
// runs back through st's paragraph and the one before it (fix26a, new-user trial 26 point 3) and
// no further. nil and -1 when none.
func (d *doc) paragraphPair(st *sent) ([]*entity, int) {
	paras := 0
	for j := st.Idx - 1; j >= 0; j-- {
		p := d.Sents[j]
		if p.S.Paragraph != d.Sents[j+1].S.Paragraph {
			if paras++; paras > 1 {
				break
			}
		}
		if !pairNarration(p) {
			break
		}
		if ps := d.meetingPairIn(p); len(ps) >= 2 {
			return ps, j
		}
	}
	return nil, -1
}
