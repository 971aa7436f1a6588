package frames

import "github.com/claimgraph/claimgraph/graph"

// sponsoredText matches a verb of the class sponsor (modality.txt: draft, sponsor, table, author
// …) in the passive with its agent named: "the resolution, drafted by Britain and Sierra Leone,
// was adopted" (a participle modifying the text, acl), "the bill was sponsored by two senators".
// The authors or sponsors of a draft text propose it for adoption (UN Dag Hammarskjöld Library,
// "Sponsors of draft resolutions"), which endorses it: CAMEO 051 "praise or endorse", PLOVER
// SUPPORT. CAMEO.2.0.txt has no such entry (DRAFT is uncoded, SPONSOR is FINANCE 061, paying for),
// so the class gives the code. The active ("Britain drafted the resolution") is left to the
// dictionary: drafting is then reported as an act, not a sponsorship named in passing.
//
// Source: the by-agent (each conjunct); target: the noun the participle modifies, the subject of
// the clause a participle adjunct hangs on, or the passive subject. Rule "frames:sponsor:modality/sponsor/<lemma>".
func (lx *Lexicon) sponsoredText(tr *tree, i int) []Match {
	if tr.t[i].UPOS != "VERB" || !lx.in("sponsor", tr.lemma(i)) {
		return nil
	}
	src := tr.byAgent(i)
	if src < 0 {
		return nil
	}
	tgt := -1
	if h := tr.t[i].Head; base(tr.rel(i)) == "acl" && h >= 0 && tr.t[h].UPOS == "NOUN" && h < i {
		tgt = h // "the resolution, drafted by …"
	} else if h := tr.t[i].Head; base(tr.rel(i)) == "advcl" && h >= 0 && tr.subject(i) < 0 && tr.t[i].XPOS == "VBN" {
		// "The resolution, drafted by Britain, was backed by 13 members" parsed as an adverbial
		// participle clause: its implied subject is the main clause's (Quirk et al. 1985, 15.58,
		// the attachment rule), the text drafted
		tgt = tr.child(h, "nsubj:pass", "nsubj")
	} else if tr.passive(i) {
		tgt = tr.child(i, "nsubj:pass")
	}
	if tgt < 0 || tr.t[tgt].UPOS != "NOUN" {
		return nil
	}
	mode, neg, hedged := lx.modality(tr, i)
	m := Match{Cue: i, Kind: "verb", Type: graph.Supports, Source: src, Target: tgt, Content: -1, Mode: mode,
		Negated: neg, Hedged: hedged, Scope: Own, Outer: -1, Code: "051", Plover: "SUPPORT",
		Rule: "frames:sponsor:modality/sponsor/" + tr.lemma(i)}
	return tr.perSource(m, src)
}
