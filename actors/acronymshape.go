package actors

import (
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// shapeOnlyAcronym reports an organization read from the shape of a capitalized word alone (rule
// org:acronym: no dictionary entry; the caller has found no expansion or other context evidence)
// that is no organization's initials:
//   - words in full capitals that are all common English words ("she'll HATE it", "I have NEVER
//     been prouder", "USED NEWS"): capitals set for emphasis, as italics would be (Chicago Manual
//     of Style, 17th ed., 7.50: emphasis; news copy and tweets use capitals where print uses
//     italics). The common words are data/lexicons/commonwords.txt (SCOWL), words of three
//     letters or more;
//   - a US postal code alone ("news from FL", "Hillary won SC"): a state, no body (usPostalCodes:
//     USPS Publication 28, Appendix B; AP Stylebook, "state names", keeps the codes for addresses,
//     so in copy they are quoted tweets' and notes' short forms of the state).
//
// A word coordinated with names ("Wells Fargo, and UPS") is left alone: conjoins are alike in
// kind (Quirk et al. 1985, 13.18), so it is a name there, written in capitals.
func shapeOnlyAcronym(d *doc.Doc, e *doc.Entity) bool {
	if e.Kind != graph.Organization || e.Rule != "org:acronym" {
		return false
	}
	words := strings.Fields(e.Name)
	if len(words) == 1 && utf8.RuneCountInString(words[0]) == 2 && strings.ToUpper(words[0]) == words[0] && usPostalCodes[words[0]] {
		return true
	}
	for _, w := range words {
		if utf8.RuneCountInString(w) < 3 || strings.ToUpper(w) != w || !d.Lx.Common[strings.ToLower(w)] {
			return false
		}
	}
	return len(words) > 0 && !anyMention(d, MentionsOf(d, e), coordinatedWithName)
}

// coordinatedWithName reports a mention [ts, te) with a capitalized word on the other side of a
// coordinator or list comma next to it: "Wells Fargo, and UPS", "UPS and FedEx".
func coordinatedWithName(st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	capWord := func(i int) bool { return i >= 0 && i < len(toks) && toks[i].Cap && toks[i].Kind == text.Word }
	coord := func(i int) bool {
		return i >= 0 && i < len(toks) && (toks[i].Lower == "and" || toks[i].Lower == "or" || toks[i].Text == ",")
	}
	if coord(ts-1) && (capWord(ts-2) || coord(ts-2) && capWord(ts-3)) {
		return true
	}
	return coord(te) && (capWord(te+1) || coord(te+1) && capWord(te+2))
}
