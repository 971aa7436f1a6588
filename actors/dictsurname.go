package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// DictSurnameSubject reports a capitalized word standing alone as the subject of a verb ("Putin
// said", "Lavrov told reporters", "Merkel met …") that is the family name of exactly one Phoenix
// person (data/lexicons/phoenix, PETRARCH2, MIT) in office on the article's date, and the name of
// no organization of that dictionary: the press names a known person by surname alone after the
// first mention, and often with no first mention at all for heads of state and ministers (AP
// Stylebook "names": on second reference use only the last name; the Phoenix records list the
// bare surname, +PUTIN_, as another name of VLADIMIR_PUTIN_). Such a word is that person, not an
// organization of its own name (rule person:dict-surname); the codes phase then gives it the
// dictionary's full name, country and code (familyNameOnly, dict:family). Two persons of that
// family name in office on the date ("Wang", "Kim"), none, or a dictionary body of that name
// leave the word as it was.
func DictSurnameSubject(phx *lexicon.Actors, w, date string) bool {
	if phx == nil || phx.Unique(w, graph.Organization) != nil {
		return false
	}
	var found *lexicon.Actor
	for _, a := range phx.ByFamilyName(w, date) {
		if a.Kind != graph.Person || len(a.Dated) == 0 || a.Country == "" {
			continue
		}
		if found != nil && found.Name != a.Name {
			return false
		}
		found = a
	}
	return found != nil
}

// OtherBearer reports another entity of the article that bears w as a word of its name ("Senator
// Obama", "Nigerian Senator Obama" … "Obama said"): the article's own person of that name, titled
// or named in full, is who the bare word names (coreference, coref.go), not the dictionary's.
func OtherBearer(ents []*doc.Entity, e *doc.Entity, w string) bool {
	for _, o := range ents {
		if o == e || o.Dropped {
			continue
		}
		for _, t := range o.NameToks {
			if strings.EqualFold(t, w) {
				return true
			}
		}
	}
	return false
}

// documentParts label a document's parts (data/wordclasses/documentparts.txt; CMOS 17th ed. 1.4).
var documentParts = lexicon.WordClass("documentparts")

// DocumentPartNames drops a one-word person name made by a title word before a label of a
// document's part ("Executive Summary", "Minister Foreword", "Secretary General Remarks"): a
// common noun of that class has no name shape (CGEL 5.20: a proper name is no common noun of the
// lexicon), so the heading names no person and its text has no speaker (rule junk:document-part).
func DocumentPartNames(d *doc.Doc) {
	for _, e := range FinalActors(d) {
		if e.Kind == graph.Person && len(e.Roles) > 0 && !strings.Contains(e.Name, " ") && documentParts.Has(strings.ToLower(e.Name)) {
			e.Dropped = true
		}
	}
}
