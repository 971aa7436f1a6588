package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// personDescriptorName reports a name in close apposition after a descriptor noun that classifies
// people as well as firms (WordNet 3.0's first sense of "producer", "developer", "investor" is a
// person: personNouns) when the name has a personal name's shape: two to four words opening with
// a given name that a Phoenix dictionary person's name opens with, or with a middle initial
// ("the theater producer Charles Frohman", "the developer Arthur G. Cohen"). Such a descriptor
// is the person's occupation (Quirk et al. 1985, 17.65–17.70: close apposition of a role noun
// and a name), and the name stays a PERSON; "the developer Related Companies" keeps its ORG.
func personDescriptorName(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	if ts < 1 || te-ts < 2 || te-ts > 4 {
		return false
	}
	w := st.Toks[ts-1].Lower
	if !personNouns.Has(w+"s") && !personNouns.Has(w+"es") && !personNouns.Has(strings.TrimSuffix(w, "y")+"ies") {
		return false
	}
	return personalNameShape(d, st, ts, te)
}

// personalNameShape reports a run of capitalized words [ts, te) whose first word opens a Phoenix
// dictionary person's name or whose inner word is a middle initial ("Arthur G. Cohen"; CMOS 8.4).
func personalNameShape(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	for i := ts; i < te; i++ {
		if toks[i].Kind != text.Word || !toks[i].Cap || toks[i].AllCaps && len([]rune(toks[i].Text)) > 2 {
			return false
		}
	}
	if d.Phx != nil && d.Phx.PersonFirstWord(graph.NormalizeName(toks[ts].Text)) {
		return true
	}
	for i := ts + 1; i < te-1; i++ {
		if r := []rune(toks[i].Text); len(r) == 2 && r[1] == '.' && toks[i].Cap {
			return true
		}
	}
	return false
}

// pluralPartyMembers reports a run of two or more capitalized words [ts, te) ending in the plural
// of a noun naming a member of a US party (partyMembers: AP Stylebook, "party affiliation":
// "Democrats", "Republicans" capitalized as nouns), premodified by a chamber, a state or a
// community ("House Republicans", "Nevada Democrats", "Latino Republicans"): a plural noun
// phrase denotes a group of people (Quirk et al. 1985, 5.54 on plural reference; 17.113), never
// one person, whose name is a singular proper noun (ibid. 5.60–5.66). The singular "Connecticut
// Democrat" is usStateChunk's.
func pluralPartyMembers(st *doc.Sent, ts, te int) bool {
	if te-ts < 2 {
		return false
	}
	last := st.Toks[te-1]
	return last.Cap && !last.AllCaps && strings.HasSuffix(last.Lower, "s") && partyMembers.Has(strings.TrimSuffix(last.Lower, "s"))
}
