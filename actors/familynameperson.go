package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// familyNamePerson reports a weak organization (one capitalized word, read as an organization only
// because it is a subject) that is the family name of a person of the Phoenix person records
// (Phoenix.Countries.actors.txt, a person of a country that writes the given name first: "Castro
// said", "Klein agreed"): news style names a person by the family name alone on second reference
// (AP Stylebook, "names": "use only last names on second reference"), so a family name alone is a
// person's short form, as CoNLL-2003 and OntoNotes 5.0 tag it, even when the article spelled the
// full name in a way the reader missed (a nickname in quotation marks, an accent the page broke).
// The same guards as shortPersonName keep an organization named after a family: a common English
// word ("Gap", "Apple"), a word written after "the" in any mention ("the Ford plant"), a
// name the Phoenix dictionaries list as an organization or a place, or a known actor's name.
// The caller makes it a PERSON (rule person:dict-family-name).
func familyNamePerson(d *doc.Doc, e *doc.Entity) bool {
	if d.Phx == nil || e.Kind != graph.Organization || strings.Contains(e.Name, " ") || strings.ToUpper(e.Name) == e.Name {
		return false
	}
	if d.Lx.Common[strings.ToLower(e.Name)] || KnownByName(d, e.Name) != nil || PhoenixPlace(d, e.Name) != nil {
		return false
	}
	for _, a := range d.Phx.Lookup(e.Name) {
		if a.Kind != graph.Person {
			return false
		}
	}
	if anyMention(d, MentionsOf(d, e), afterDefiniteArticle) {
		return false
	}
	for _, a := range d.Phx.ByFamilyName(e.Name, "") {
		if a.Kind == graph.Person && !d.Phx.SurnameFirst(a.Country) {
			return true
		}
	}
	return false
}
