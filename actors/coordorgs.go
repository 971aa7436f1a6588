package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// partyAdjectives are the US parties' adjectives (data/wordclasses/partyadjectives.txt).
var partyAdjectives = lexicon.WordClass("partyadjectives")

// legislativeHeads are the heads of legislative bodies' names (data/wordclasses/legbodyheads.txt,
// Phoenix agents.txt sector LEG and the IPU Parline chambers).
var legislativeHeads = lexicon.WordClass("legbodyheads")

// partyBody reports a chunk [ts, te) of two words, a US party's adjective and the head of a
// legislative body's name ("a Democratic Senate", "the Republican Congress"): the adjective
// describes which party holds the chamber's majority (Quirk et al. 1985, 7.16, 17.114: a
// restrictive premodifier of a proper noun), so the chunk names the chamber, not a body called
// "Democratic Senate"; read as one, it also took the party's short form ("Democratic") from the
// party. A known name of that shape keeps its reading.
func partyBody(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	if te-ts != 2 {
		return false
	}
	a, h := st.Toks[ts], st.Toks[ts+1]
	return a.Kind == text.Word && a.Cap && partyAdjectives.Has(a.Lower) && h.Cap && legislativeHeads.Has(h.Lower) &&
		KnownByName(d, d.SpanText(st, ts, te)) == nil
}

// coordinatedBodies returns the end of the first of two bodies' names joined by "and" (or ", and")
// in the chunk [ts, te), and the start of the second; (-1, -1) when the chunk is one name. A
// name's own "and" joins premodifiers or of-complements under one head ("the Center for
// Strategic and International Studies", "the Ways and Means Committee"); two names coordinated
// each keep a head of their own (Quirk et al. 1985, 13.59-13.62 on coordinated noun phrases,
// 17.5 on the head of a noun phrase): "the House and Senate", "the National Association of
// Black Journalists and the National Association of Hispanic Journalists". So the chunk splits
// when the words before "and" end a name whose head (its last word before any "of",
// headBeforeOf) is an organization word (orgwords.txt) and the words after it are a name with
// such a head too; "House" alone counts as a head when the other conjunct's head is a
// legislative one ("the House and Senate": the House of Representatives, US Constitution art. I §2).
// An "and" inside an of-complement joins that complement's nouns ("the Institute of Politics and
// Public Service", where "Service" is an organization word too), so outside the two chambers the
// second conjunct must show it is a new noun phrase: its own article ("…, and the Muslim
// American Society") or the first conjunct's head repeated ("the National Association of Black
// Journalists and National Association of Hispanic Journalists").
func coordinatedBodies(d *doc.Doc, st *doc.Sent, ts, te int) (int, int) {
	toks := st.Toks
	for a := ts + 1; a < te-1; a++ {
		if toks[a].Lower != "and" {
			continue
		}
		le, rs := a, a+1
		if toks[le-1].Text == "," {
			le--
		}
		article := rs < te && toks[rs].Lower == "the"
		if article {
			rs++
		}
		if le <= ts || rs >= te || !toks[rs].Cap {
			continue
		}
		lh, rh := toks[headBeforeOf(st, ts, le)].Lower, toks[headBeforeOf(st, rs, te)].Lower
		_, lorg := d.Lx.OrgWords[lh]
		_, rorg := d.Lx.OrgWords[rh]
		chambers := lh == "house" && legislativeHeads.Has(rh) || rh == "house" && legislativeHeads.Has(lh)
		if chambers {
			lorg, rorg = true, true
		}
		if !chambers && !article && lh != rh {
			continue // "the Institute of Politics and Public Service": the and joins the of-complement's nouns
		}
		if lorg && rorg && headIsCap(st, ts, le) && headIsCap(st, rs, te) {
			return le, rs
		}
	}
	return -1, -1
}

// headIsCap reports a conjunct [s, e) whose head word (headBeforeOf) is capitalized: a name's
// head, not a lower-case noun inside the chunk.
func headIsCap(st *doc.Sent, s, e int) bool {
	t := st.Toks[headBeforeOf(st, s, e)]
	return t.Kind == text.Word && t.Cap
}

// bodyKind is the kind the organization word heading [ts, te) gives (orgwords.txt), or kind when
// the head is none.
func bodyKind(d *doc.Doc, st *doc.Sent, ts, te int, kind graph.Kind) graph.Kind {
	if k, ok := d.Lx.OrgWords[st.Toks[headBeforeOf(st, ts, te)].Lower]; ok {
		return k
	}
	return kind
}
