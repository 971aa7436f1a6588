package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// Bodies named only where no participant stands (issue 14: no junk nodes). A name can appear in
// an article without denoting anyone who takes part in what it reports:
//
//   - as a noun adjunct of a text or medium noun ("Trump said in a Twitter post", "the
//     Stabilization Fund report was published"): the compound's modifier classifies its head,
//     the post or the report, as a premodifying noun does (Quirk et al. 1985, 17.104-17.108);
//     the phrase's referent is the text, not the body whose name qualifies it;
//   - as the issuing line of a release's header, the line alone under the title ("Office of
//     the Vice President" between the headline and "For Immediate Release"): the release
//     line of a news release (AP Stylebook, "news release": headline, release line, dateline,
//     body) says who issued the page, as a label does, and states nothing.
//
// An organization or government body every mention of which is one of these, which is the
// source or target of no claim or stance and holds no member or part, and which no other actor of
// the article names under its canonical name, is no actor of the article and is dropped. A body that takes part in a relation stays, whatever its mentions: "The IMF
// report said the peso was overvalued" makes the IMF the source of the claim (the report's
// author, speech:reported+document-source), and a header line's office that the body's
// statement is attributed to speaks in it.

// mediumNouns are the text, post and broadcast nouns a name may premodify
// (data/wordclasses/mediumnouns.txt).
var mediumNouns = lexicon.WordClass("mediumnouns")

// nonParticipants drops the article's organizations and government bodies named only as a
// medium's noun adjunct or on a release's issuing line, that take part in no relation (see
// above). It runs in the codes phase, after the claims and relations stages.
func (d *doc) nonParticipants() {
	var parties map[*entity]bool
	for _, e := range d.finalActors() {
		if e.Kind != graph.Organization && e.Kind != graph.Government {
			continue
		}
		ms := d.mentionsOf(e)
		if len(ms) == 0 || !allMentions(d, ms, func(st *sent, ts, te int) bool { return d.nonParticipantMention(st, ts, te) }) {
			continue
		}
		if parties == nil {
			parties = relationParties(d)
		}
		if !parties[e] && !d.sameBodyElsewhere(e) {
			e.Dropped = true
		}
	}
}

// sameBodyElsewhere reports another actor of the article that names the same body as e under its
// canonical name ("Ministry of Maritime Affairs" on the issuing line and the "Maritime Affairs
// Minister"'s implied body in the story: canonicalBody), which a later step merges with e: the
// body then is a participant under its other name.
func (d *doc) sameBodyElsewhere(e *entity) bool {
	want := strings.ToLower(canonicalBody(d.Lx, e.Name, nil))
	for _, f := range d.finalActors() {
		if f != e && (f.Kind == graph.Government || f.Kind == graph.Organization) && strings.ToLower(canonicalBody(d.Lx, f.Name, nil)) == want {
			return true
		}
	}
	return false
}

// relationParties is the set of final entities that are the source or target of a claim or a
// stance, or the target of a MEMBER_OF or PART_OF (a body that holds a member or a part). The
// source of a structural relation is left out: "the Office of X PART_OF the United States" is a
// fact about the office that the actors stage derives from the name itself.
func relationParties(d *doc) map[*entity]bool {
	out := map[*entity]bool{}
	add := func(e *entity) {
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
func (d *doc) nonParticipantMention(st *sent, ts, te int) bool {
	return mediumAdjunct(st, te) || issuingLine(d.Sents, st, ts, te)
}

// mediumAdjunct reports a name ending at te that premodifies a lower-case medium noun right after
// it ("a Twitter post", "the Fund report"). A genitive ("the IMF's report") puts "'s" between the
// two and is no adjunct. A word of the class followed by "that" or a determiner is read as the
// verb it may also be, with its that-clause or object ("colleagues at the Programme report that
// …", "they post the figures"; Quirk et al. 1985, 16.31 and 10.2): the name is then its subject's
// complement, no adjunct.
func mediumAdjunct(st *sent, te int) bool {
	if te >= len(st.Toks) {
		return false
	}
	t := st.Toks[te]
	if t.Kind != text.Word || t.Cap || !mediumNouns.Has(t.Lower) {
		return false
	}
	if te+1 < len(st.Toks) {
		if n := st.Toks[te+1].Lower; n == "that" || determiners.Has(n) {
			return false
		}
	}
	return true
}

// issuingLine reports a mention [ts, te) that is its line's only words (a "the" before it aside)
// in a page's header: the sentence is not the article's first (the title), and every sentence
// before it is a heading line of at most twelve words with no final period (the headline, a
// repeated title, a date), as discourse's releaseOpening reads a release's opening lines.
func issuingLine(sents []*sent, st *sent, ts, te int) bool {
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
func headerLine(st *sent) bool {
	w := 0
	for _, t := range st.Toks {
		if t.Kind == text.Word {
			w++
		}
	}
	n := len(st.Toks)
	return w > 0 && w <= 12 && !(n > 0 && st.Toks[n-1].Text == ".")
}
