package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// mediumNouns are the text, post and broadcast nouns a name may premodify
// (data/wordclasses/mediumnouns.txt).
var mediumNouns = lexicon.WordClass("mediumnouns")

// nonParticipants drops the article's organizations and government bodies named only as a
// medium's noun adjunct or on a release's issuing line, that take part in no relation (see
// above). It runs in the codes phase, after the claims and relations stages.
func nonParticipants(d *doc.Doc) {
	var parties map[*doc.Entity]bool
	for _, e := range FinalActors(d) {
		if e.Kind != graph.Organization && e.Kind != graph.Government {
			continue
		}
		ms := MentionsOf(d, e)
		if len(ms) == 0 || !allMentions(d, ms, func(st *doc.Sent, ts, te int) bool { return nonParticipantMention(d, st, ts, te) }) {
			continue
		}
		if parties == nil {
			parties = relationParties(d)
		}
		if !parties[e] && !sameBodyElsewhere(d, e) {
			e.Dropped = true
		}
	}
}

// sameBodyElsewhere reports another actor of the article that names the same body as e under its
// canonical name ("Ministry of Maritime Affairs" on the issuing line and the "Maritime Affairs
// Minister"'s implied body in the story: canonicalBody), which a later step merges with e: the
// body then is a participant under its other name.
func sameBodyElsewhere(d *doc.Doc, e *doc.Entity) bool {
	want := strings.ToLower(CanonicalBody(d.Lx, e.Name, nil))
	for _, f := range FinalActors(d) {
		if f != e && (f.Kind == graph.Government || f.Kind == graph.Organization) && strings.ToLower(CanonicalBody(d.Lx, f.Name, nil)) == want {
			return true
		}
	}
	return false
}

// relationParties is the set of final entities that are the source or target of a claim or a
// stance, or the target of a MEMBER_OF or PART_OF (a body that holds a member or a part). The
// source of a structural relation is left out: "the Office of X PART_OF the United States" is a
// fact about the office that the actors stage derives from the name itself.
func relationParties(d *doc.Doc) map[*doc.Entity]bool {
	out := map[*doc.Entity]bool{}
	add := func(e *doc.Entity) {
		if e != nil {
			out[e.Final()] = true
		}
	}
	for _, r := range d.StanceRels() {
		add(r.Src)
		add(r.Tgt)
	}
	for _, r := range d.Structure {
		add(r.Tgt)
	}
	return out
}

// nonParticipantMention reports a mention [ts, te) that is a medium noun's adjunct or a
// release's issuing line (see above).
func nonParticipantMention(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	return mediumAdjunct(st, te) || issuingLine(d.Sents, st, ts, te)
}

// mediumAdjunct reports a name ending at te that premodifies a lower-case medium noun right after
// it ("a Twitter post", "the Fund report"). A genitive ("the IMF's report") puts "'s" between the
// two and is no adjunct. A word of the class followed by "that" or a determiner is read as the
// verb it may also be, with its that-clause or object ("colleagues at the Programme report that
// …", "they post the figures"; Quirk et al. 1985, 16.31 and 10.2): the name is then its subject's
// complement, no adjunct.
func mediumAdjunct(st *doc.Sent, te int) bool {
	if te >= len(st.Toks) {
		return false
	}
	t := st.Toks[te]
	if t.Kind != text.Word || t.Cap || !mediumNouns.Has(t.Lower) {
		return false
	}
	if te+1 < len(st.Toks) {
		if n := st.Toks[te+1].Lower; n == "that" || Determiners.Has(n) {
			return false
		}
	}
	return true
}

// issuingLine reports a mention [ts, te) that is its line's only words (a "the" before it aside)
// in a page's header: the sentence is not the article's first (the title), and every sentence
// before it is a heading line of at most twelve words with no final period (the headline, a
// repeated title, a date), as discourse's releaseOpening reads a release's opening lines.
func issuingLine(sents []*doc.Sent, st *doc.Sent, ts, te int) bool {
	if st.Idx == 0 || st.Idx > len(sents) {
		return false
	}
	for k, t := range st.Toks {
		if (k < ts || k >= te) && t.Kind == text.Word && !(k == ts-1 && t.Lower == "the") {
			return false
		}
	}
	for _, p := range sents[:st.Idx] {
		if !headerLine(p) {
			return false
		}
	}
	return true
}

// headerLine reports a sentence of at most twelve words that does not end in a period: a
// heading, a date or a release line, not a sentence of the story.
func headerLine(st *doc.Sent) bool {
	w := 0
	for _, t := range st.Toks {
		if t.Kind == text.Word {
			w++
		}
	}
	n := len(st.Toks)
	return w > 0 && w <= 12 && !(n > 0 && st.Toks[n-1].Text == ".")
}
