package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// personInitials resolves a one-word turn label in capitals of two to four letters (w: the label
// word in lower case; "KM:",
// "AO:") to the one person of the document whose name words, in order, begin with those letters
// (Kwaku Mensah, Abena Osei): interview and oral-history transcripts identify their speakers by
// initials once the full name is given (Baylor University Institute for Oral History, Style
// Guide, "speaker identification"; an initialism is formed from initial letters, Chicago Manual
// of Style 17th ed. 10.2). The person's full name must appear in the document outside the
// label; two people with the same initials leave the label unresolved. The label's word, if the
// actor layer read it as an acronym or a one-word name, joins the person (joinLabelAcronym).
// nil otherwise.
func personInitials(d *doc.Doc, u *discourse.Unit, w string) *doc.Entity {
	n := len([]rune(w))
	if u.Role != discourse.Turn || n < 2 || n > 4 || strings.ToUpper(u.Label) != u.Label {
		return nil
	}
	var found *doc.Entity
	for _, e := range d.Ents {
		if e.Merged != nil || e.Dropped || e.Kind != graph.Person || len(e.NameToks) != n {
			continue
		}
		ini := ""
		for _, t := range e.NameToks {
			r := []rune(t)
			if len(r) == 0 || !text.UpperFirstWord(t) {
				ini = ""
				break
			}
			ini += strings.ToLower(string(r[0]))
		}
		if ini != strings.ToLower(w) {
			continue
		}
		if found != nil && found != e {
			return nil // two people share the initials: the label names neither for certain
		}
		found = e
	}
	if found != nil {
		joinLabelAcronym(d, u, found, w)
	}
	return found
}
