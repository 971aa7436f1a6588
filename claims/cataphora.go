package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// quotesBeforeSpeaker gives a quotation with no speaker that stands as whole sentences of its own
// the speaker named right after it, in the next sentence of its paragraph or the first of the
// next paragraph, by a sentence that reports only the act of speaking: a verb of speech with no
// reported content ("“We reject this ruling.” ¶ Justice Minister Ana Costa spoke… / told
// reporters outside the court.") or "made the remarks/comments" (speech.txt nouns). News writing
// may open with the quotation and name its source in the sentence after (AP Stylebook,
// "quotations in the news": the source must be clear from context; PARC 3.0 annotates such a
// source across the sentence boundary). The parts of a quotation of several paragraphs take the
// speaker too (rule quote:cataphoric).
func quotesBeforeSpeaker(d *doc.Doc) {
	for _, q := range d.Quotes {
		if q.Speaker != nil || q.Part && !firstPart(d, q) || !segment.OpensSentence(d, q) {
			continue
		}
		last := q
		for last.Next != nil {
			last = last.Next
		}
		if !closesSentence(d, last) {
			continue
		}
		n := last.S1 + 1
		if n >= len(d.Sents) || d.Sents[n].S.Paragraph > d.Sents[last.S1].S.Paragraph+1 {
			continue
		}
		st := d.Sents[n]
		if st.Unit != nil && st.Unit.Role != discourse.Narrative || hasQuotedWords(st) {
			continue
		}
		sp, k := speakingOnly(d, st)
		if sp == nil {
			continue
		}
		for p := q; p != nil; p = p.Next {
			if p.Speaker == nil {
				p.Speaker, p.Rule, p.CueSent, p.CueTok = sp, "quote:cataphoric", n, k
			}
		}
	}
}

// firstPart reports whether q is the first paragraph of its quotation (no other quotation's next
// is q).
func firstPart(d *doc.Doc, q *doc.Quote) bool {
	for _, p := range d.Quotes {
		if p.Next == q {
			return false
		}
	}
	return true
}

// closesSentence reports whether quotation q ends its sentence: nothing but punctuation after
// its closing mark.
func closesSentence(d *doc.Doc, q *doc.Quote) bool {
	toks := d.Sents[q.S1].Toks
	for k := q.T1 + 1; k < len(toks); k++ {
		if toks[k].Kind != text.Punct && toks[k].Kind != text.Quote {
			return false
		}
	}
	return true
}

// hasQuotedWords reports whether st holds a quotation mark's words (a method quotesIn until
// restruct13; surface/target.go's quotesIn counts quotation marks).
func hasQuotedWords(st *doc.Sent) bool {
	for _, in := range st.InQuote {
		if in {
			return true
		}
	}
	return false
}

// speakingOnly returns the actor subject of st's verb of speech, or of "made" with a speech noun
// as object ("made the remarks"), and the verb's index, when the sentence reports no content: no
// claim of reported speech was read from it and no "that" follows the verb. nil otherwise.
func speakingOnly(d *doc.Doc, st *doc.Sent) (*doc.Entity, int) {
	for _, c := range d.Claims {
		if c.Sent == st.Idx && strings.HasPrefix(c.Rule, "speech:") {
			return nil, 0
		}
	}
	toks := st.Toks
	for k := range toks {
		verb := false
		if le, ok := doc.SpeechAt(d.Lx, st, k); ok && le.Form != "ing" {
			verb = true
		} else if toks[k].Lower == "made" || toks[k].Lower == "makes" {
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				verb = verb || d.Lx.SpeechNoun[toks[j].Lower]
			}
		}
		if !verb {
			continue
		}
		for j := k + 1; j < len(toks); j++ {
			if toks[j].Lower == "that" || toks[j].Text == ":" {
				return nil, 0 // a content clause or a quotation of its own follows
			}
		}
		e, _, how := surface.SubjectOf(d, st, k)
		if e == nil || !(how == "" || how == "subject") || !doc.ActorKind(e) {
			return nil, 0
		}
		return e.Final(), k
	}
	return nil, 0
}
