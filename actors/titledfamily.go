package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
)

// titledFamilyName is the Phoenix person a titled family name names on the article's date
// ("Prime Minister Cameron" in June 2015: DAVID_CAMERON_, GBRGOV from 2010-05-01), though the
// article names neither the person's country (dict:family) nor a form the record lists
// (dict:listed-form). The press writes a formal title before the surname alone on later
// references (AP Stylebook, "titles": "capitalize formal titles used directly before an
// individual's name"), and the title and the date then say who it is when, and only when, the
// dictionary agrees on every side (issue 14: a bare surname joins a dictionary person only when
// the title and the article's date make it unambiguous):
//
//   - the article has a full date, and exactly one Phoenix person bears the family name on it
//     (ByFamilyName: a namesake in office, or one the dictionary dates not at all, is another
//     candidate, and two leave the name as written: "President Kim");
//   - that person holds a dated office on the date (Phoenix "Date restriction", dictionaries.rst),
//     not merely a default code, and the office's CAMEO sector is the title's (the Phoenix agents
//     code the title: "prime minister" GOV; titleSectorAgrees on the code of that very date);
//   - the title's head noun is one the dictionary uses for that person's state, when it records
//     that state's title forms (titleforms.txt: "Chancellor Cameron" is no British office, as
//     "chancellor" heads only Germany's titles there; recordsCabinet: a state whose cabinet titles
//     the dictionary does not record keeps a "minister");
//   - nothing in the article ties the person to another state: no stated country of e's own, no
//     membership of another state's body, and no dateline of another country when the article
//     never names the person's (a story filed from Santiago means Chile's "President X").
//
// Nil when any side disagrees.
func titledFamilyName(d *doc.Doc, e *doc.Entity, own map[string]bool, date string) *lexicon.Actor {
	day := strings.ReplaceAll(date, "-", "")
	if len(day) != 8 || len(e.Roles) == 0 {
		return nil
	}
	cands := d.Phx.ByFamilyName(e.Name, date)
	if len(cands) != 1 {
		return nil
	}
	a := cands[0]
	if a.Country == "" || !heldOn(a, day) {
		return nil
	}
	if len(own) > 0 && !own[a.Country] || e.Country != nil && !e.Guessed && e.Country.Code != a.Country {
		return nil
	}
	if !titleSectorAgrees(d.Phx, e, &lexicon.Actor{Code: a.CodeAt(date)}) {
		return nil
	}
	for _, r := range e.Roles {
		if h := lexicon.TitleHead(r.Title); h != "" && !titleFormOf(d, h, a.Country) {
			return nil
		}
	}
	if dc := DatelineCountry(d); dc != nil && dc.Code != a.Country && !NamesCountry(d, a.Country) {
		return nil
	}
	return a
}

// heldOn reports a dated code of a whose range holds day (YYYYMMDD): an office held on that day.
func heldOn(a *lexicon.Actor, day string) bool {
	for _, r := range a.Dated {
		if (r.From == "" || r.From <= day) && (r.To == "" || day <= r.To) {
			return true
		}
	}
	return false
}

// titleFormOf reports that a title with head noun h may be an office of state code by the
// dictionary's title forms (titleforms.txt): the state uses h, or the forms record h for no
// state, or record none of the state's titles, or h heads a cabinet title and the forms record
// none of the state's cabinet titles (recordsCabinet: absence of evidence, as in
// TitleFormDefault).
func titleFormOf(d *doc.Doc, h, code string) bool {
	users := d.Lx.TitleForms[h]
	if len(users) == 0 || users[code] || !d.Lx.TitleFormCountries[code] {
		return true
	}
	return cabinetHeads.Has(h) && !recordsCabinet(d, code)
}
