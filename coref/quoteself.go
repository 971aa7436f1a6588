package coref

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/segment"
)

// QuoteSpeakerSelf returns the speaker of the direct quotation that holds token i of sentence s,
// whom a third-person pronoun inside it cannot refer to; nil when the token is in no such
// quotation or its speaker is unknown.
//
// In direct speech the words are the original speaker's, with the speaker's own deixis: the
// speaker refers to himself or herself in the first person, so "he"/"she" in the quoted words is
// someone else ('"He is against the establishment," Bright said': not Bright; Quirk et al. 1985,
// 14.29–14.31 on direct speech, whose pronouns are not shifted as those of indirect speech are;
// Levinson 1983, 2.2.1 on person deixis). Only a quotation that opens the sentence, follows a
// colon or runs on from an earlier sentence is taken as direct speech: a short quotation inside
// indirect speech ('said he "would do what he must"') may have been fitted to the reporter's
// sentence, where "he" is the speaker.
func QuoteSpeakerSelf(d *doc.Doc, s, i int) *doc.Entity {
	q := segment.QuoteAt(d, s, i)
	if q == nil || q.Speaker == nil {
		return nil
	}
	st := d.Sents[q.S0]
	direct := q.S0 < s || q.T0 == 0
	if !direct && q.T0 > 0 {
		prev := st.Toks[q.T0-1].Text
		direct = prev == ":" || q.T0 == 1 && !st.Toks[0].Cap
	}
	if !direct {
		return nil
	}
	return q.Speaker.Final()
}
