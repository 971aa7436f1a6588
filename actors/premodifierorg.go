package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// premodifierOrgWord reports a run [ts, te) of capitalized words only (no "of" complement: "Press
// Trust of India" is a name of the "Bank of England" form, left as it was) whose organization words
// (data/lexicons/orgwords.txt, ORGANIZATION kind) all stand before its last word, when that last
// word is a common English word (data/lexicons/commonwords.txt) and no organization word itself:
// "Press Gaggle", "Press Availability", "Press Secretary", "Press Correspondents' Room".
//
// The head of an English nominal is its last noun; nouns before it are premodifiers that classify
// it (Quirk et al. 1985, 17.104-17.110; Huddleston & Pullum 2002, ch. 5 §14.1), so the run names
// what its head names — an event, a room, a title — and OntoNotes 5.0's ORG ("companies,
// agencies, institutions") takes names whose head is an organization. A head that is no common
// English word ("Sky News Arabia", "Commission VI", "Unión Portuaria": a place, a numeral, a
// head-first language) is left to the name as before. Known and Phoenix names never reach here.
func premodifierOrgWord(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	k := ts
	for k < te && toks[k].Kind == text.Word && toks[k].Cap {
		k++
	}
	if k-ts < 2 || k < te {
		return false // "Press Trust of India": a head with an of-complement is a name of the "Bank of England" form
	}
	head := toks[k-1].Lower
	if _, org := d.Lx.OrgWords[head]; org || !d.Lx.Common[head] || toks[k-1].AllCaps {
		return false
	}
	for i := ts; i < k-1; i++ {
		if kind, org := d.Lx.OrgWords[toks[i].Lower]; org && kind == graph.Organization {
			return true
		}
	}
	return false
}

// commonWordLabel reports a lone word in capitals that opens its sentence before a colon and
// spells a common English word ("ANSWER:", "STORY:", "NOTE:"): a turn or document label, no
// acronym. An acronym is read letter by letter or coined as a new word (CMOS 17th ed.,
// 10.2-10.3); a common word set in capitals before a colon is the label of what follows (the
// speaker and furniture labels of transcripts and wire scripts).
func commonWordLabel(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	return ts == 0 && te == 1 && te < len(toks) && toks[te].Text == ":" && toks[ts].AllCaps &&
		len([]rune(toks[ts].Text)) >= 4 && d.Lx.Common[toks[ts].Lower]
}
