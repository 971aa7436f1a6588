package claims

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// quotedAsSpeaker is the speaker of the participle "saying" at k when "as" stands right before
// it and the phrase is the complement of "quote": the actor named as the active verb's object
// ("quoted Lavrov as saying") or the passive's subject ("Lavrov was quoted by TASS as saying"),
// and the index of "quote"'s form; nil when the shape is not that.
func quotedAsSpeaker(d *doc.Doc, st *doc.Sent, k int) (*doc.Entity, int) {
	toks := st.Toks
	if k < 3 || toks[k].Lower != "saying" || toks[k-1].Lower != "as" {
		return nil, -1
	}
	if m := actors.MentionAt(d, st, k-2); m != nil && m.Te == k-1 && m.Ts > 0 && quoteForm(toks[m.Ts-1].Lower) && doc.ActorKind(m.Ent) {
		return m.Ent.Final(), m.Ts - 1 // active: the object
	}
	q := -1 // the passive's "quoted": before "as", or before "by" and the agent's noun phrase
	if toks[k-2].Lower == "quoted" || toks[k-2].Lower == "cited" {
		q = k - 2
	}
	for j := k - 3; q < 0 && j >= 1 && j >= k-9; j-- {
		if (toks[j].Lower == "quoted" || toks[j].Lower == "cited") && toks[j+1].Lower == "by" {
			q = j
		}
		if toks[j].Kind != text.Word || d.Lx.BeForms[toks[j].Lower] {
			break // no clause boundary or second verb between "quoted by" and "as"
		}
	}
	if q < 1 || !d.Lx.BeForms[toks[q-1].Lower] {
		return nil, -1
	}
	if e, _, _ := surface.SubjectOf(d, st, q); e != nil && doc.ActorKind(e) {
		return e.Final(), q // passive: the subject
	}
	return nil, -1
}

// quoteForm reports a form of the verb "quote", or of "cite", which takes the same object and
// as-complement ("The newspaper cited officials as saying that …": Merriam-Webster "cite" 1, to
// quote by way of authority; issuer22, class L26): the outlet carries the words, the object says
// them.
func quoteForm(w string) bool {
	switch w {
	case "quoted", "quotes", "quote", "quoting", "cited", "cites", "cite", "citing":
		return true
	}
	return false
}

// madeClearAt reports the index of "clear" when token k opens "make clear" or "make it clear"
// followed by a that-clause, or -1.
func madeClearAt(st *doc.Sent, k int) int {
	toks := st.Toks
	switch toks[k].Lower {
	case "made", "make", "makes", "making":
	default:
		return -1
	}
	c := k + 1
	if c < len(toks) && toks[c].Lower == "it" {
		c++
	}
	if c >= len(toks) || toks[c].Lower != "clear" {
		return -1
	}
	for j := c + 1; j < len(toks) && j <= c+6; j++ {
		if toks[j].Lower == "that" {
			return c
		}
		if toks[j].Kind != text.Word || toks[j].Cap && !text.IsDayOrMonth(toks[j].Lower) {
			return -1 // only adverbials before "that": "made clear on Monday that …"
		}
	}
	return -1
}

// madeClearSpeech adds the claims of "make (it) clear that" in st (see above); reportedSpeech
// reads the quoted-as frame at its participle (quotedAsSpeaker).
func madeClearSpeech(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for k := 1; k < len(toks); k++ {
		if c := madeClearAt(st, k); c > 0 && !st.InQuote[k] {
			src, _, _ := surface.SubjectOf(d, st, k)
			if src == nil || !doc.ActorKind(src) || src.Final().Kind == graph.Policy {
				continue
			}
			if cs, ce := ClauseAfter(d.Lx, st, c); ce > cs {
				addReported(d, st, src.Final(), k, cs, ce, "speech:made-clear", 0.8)
			}
		}
	}
}

// quotedAsTrailing returns the span of the clause a quoted-as frame closing the sentence
// reports: "Russia will expel the envoy, Ryabkov was quoted as saying.", "…, the agency quoted
// Ryabkov as saying." (issue 13, trailing20 T2). A reporting clause after the clause it reports
// is a comment clause set off by a comma (Quirk et al. 1985, 15.53-15.54), whatever its verb's
// form, so the report is the words before the comma that opens the frame. q is the index of
// the form of "quote" (quotedAsSpeaker); the frame opens at the last comma before it, at most
// twelve words back, and must close the sentence (attributionEnds). The reported clause has
// three words at least, as for "CLAUSE, X said" (reportedSpeech). Returns start == end when the
// shape is not that.
func quotedAsTrailing(d *doc.Doc, st *doc.Sent, k, q int) (int, int) {
	toks := st.Toks
	if !surface.AttributionEnds(d, st, k) {
		return 0, 0
	}
	c := -1
	for j := q - 1; j > 0 && j >= q-12; j-- {
		if toks[j].Text == "," {
			c = j
			break
		}
		if toks[j].Kind != text.Word {
			return 0, 0
		}
	}
	if c < 0 || speakers.WordCount(st, 0, c) < 3 || actors.Subordinators.Has(toks[0].Lower) {
		return 0, 0
	}
	start := 0
	for start < c && toks[start].Kind == text.Quote {
		start++
	}
	return start, c
}
