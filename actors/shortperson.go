package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// shortPersonName reports a weak organization (one capitalized word, read as an organization only
// because it is a subject) that is a given name of the Phoenix person records ("the biblical
// prophet Daniel wrote", "said the base chief known as Bob"): a first name alone names a person
// (AP Stylebook, "names": first names on second reference for children and in casual copy;
// CoNLL-2003 and OntoNotes 5.0 tag it PERSON), never an organization. A common English word
// (SCOWL commonwords.txt: "Will", "Faith") and a word written after "the" in any mention ("The
// Taj is going through hard times": a personal name takes no article, Quirk et al. 1985,
// 5.60-5.63) are left as they are, and so is the family name of a dictionary person whose country writes
// it first ("Wang said": Wang Yi's family name is the first word of his name). The caller makes it a PERSON (rule person:short-name).
func shortPersonName(d *doc.Doc, e *doc.Entity) bool {
	if e.Kind != graph.Organization || strings.Contains(e.Name, " ") || strings.ToUpper(e.Name) == e.Name {
		return false
	}
	if !givenNameFirst(d.Phx, e.Name) || d.Lx.Common[strings.ToLower(e.Name)] || anyMention(d, MentionsOf(d, e), afterDefiniteArticle) {
		return false
	}
	// the family name of a dictionary person whose country writes it first ("Wang" in Wang Yi) is
	// a surname on second reference, which the dictionary rules resolve or leave open (dictsurname.go)
	for _, a := range d.Phx.ByFamilyName(e.Name, "") {
		if d.Phx.SurnameFirst(a.Country) {
			return false
		}
	}
	return true
}

// afterDefiniteArticle reports a mention written after "the".
func afterDefiniteArticle(st *doc.Sent, ts, _ int) bool {
	return ts > 0 && st.Toks[ts-1].Lower == "the"
}
