package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// LocativePreps are the prepositions of location and direction whose object is a place
// (Quirk et al. 1985, 9.15-9.27) but never a person.
var LocativePreps = lexicon.WordClass("locativepreps") // data/wordclasses/locativepreps.txt

// settlementNouns are the nouns of settlements and areas (GeoNames feature classes A and P, and
// their inhabitants) whose of-complement or appositive is a place name.
var settlementNouns = lexicon.WordClass("settlementnouns") // data/wordclasses/settlementnouns.txt

// waterParts are nouns of the parts of rivers, lakes and seas (GeoNames feature class H: mouth,
// estuary, banks …) whose of-complement is the water feature's name: "the mouth of the Amazon",
// "the banks of the Nile".
var waterParts = lexicon.WordClass("waterparts") // data/wordclasses/waterparts.txt

// jurisdictionTitles are the titles of the heads of a territory's government, whose of-complement
// names the territory they govern, never a person: "the governor of Nuevo León", "the mayor of
// Ciudad Juárez", "the premier of Nova Scotia" (Merriam-Webster: governor "the elected chief
// executive of a state", mayor "an official elected or appointed as the chief executive of a city";
// the Phoenix agents GOVERNOR, MAYOR, CHIEF_MINISTER, PREMIER code them as the state's officials).
var jurisdictionTitles = lexicon.PhraseClass("jurisdictiontitles") // data/wordclasses/phrases/jurisdictiontitles.txt

// ofJurisdiction reports a name at ts that is the of-complement of a jurisdiction title ("the
// governor of Nuevo León"); the title is read back over one or two words before "of".
func ofJurisdiction(st *doc.Sent, ts int) bool {
	toks := st.Toks
	k := ts - 1
	if k < 1 || toks[k].Lower != "of" {
		return false
	}
	if jurisdictionTitles.Has(toks[k-1].Lower) {
		return true
	}
	return k >= 2 && jurisdictionTitles.Has(toks[k-2].Lower+" "+toks[k-1].Lower)
}

// ofPlace reports a name at ts that is the of-complement, with or without "the", of a settlement
// noun or a water feature's part ("the town of X", "the mouth of the Amazon").
func ofPlace(st *doc.Sent, ts int) bool {
	toks := st.Toks
	k := ts - 1
	if k > 0 && toks[k].Lower == "the" {
		k--
	}
	return k > 0 && toks[k].Lower == "of" && (settlementNouns.Has(toks[k-1].Lower) || waterParts.Has(toks[k-1].Lower))
}

// placeContext reports a run [ts, te) that the sentence marks as a place (see the file comment).
func placeContext(st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	if te < len(toks) && (toks[te].Lower == "'s" || toks[te].Lower == "\u2019s" || toks[te].Text == "'" || toks[te].Text == "\u2019") {
		return false
	}
	if ts > 0 {
		p := toks[ts-1].Lower
		if LocativePreps.Has(p) && !toks[ts-1].Cap {
			return true
		}
		if ofPlace(st, ts) || ofJurisdiction(st, ts) {
			return true
		}
	}
	// "Wad Madani, a city in central Sudan": an appositive headed by a settlement noun. The head
	// comes before the appositive's postmodifiers and is no possessive determiner (Quirk et al.
	// 1985, 17.2, 5.115): "Maria Castell, the mayor of the town" and "…, the town's mayor" are
	// headed by "mayor", a person's title
	if te+2 < len(toks) && toks[te].Text == "," {
		switch toks[te+1].Lower {
		case "a", "an", "the":
			for k := te + 2; k < len(toks) && k < te+6; k++ {
				if settlementNouns.Has(toks[k].Lower) {
					return k+1 >= len(toks) || !possessiveMark(toks[k+1])
				}
				if toks[k].Cap || toks[k].Kind != text.Word || text.IsPrep(toks[k].Lower) {
					break
				}
			}
		}
	}
	return false
}

// possessiveMark reports the clitic or bare apostrophe of a possessive ("the town's", "the towns'").
func possessiveMark(t text.Token) bool {
	return t.Lower == "'s" || t.Lower == "\u2019s" || t.Text == "'" || t.Text == "\u2019"
}

// PhoenixPlace is the country of a name the Phoenix country records list as a place of that
// country (a city, region, river, landmark or another name of the country: GENEVA_ and HELVETIA_
// under SWITZERLAND_ [CHE]; data/lexicons/phoenix/places.txt) when no dictionary lists the name
// as an actor, else nil. Such a name written alone is never an organization: as a political
// subject ("Geneva urged calm") the dictionary codes it as its country, as countries.txt codes a
// capital (metonymy:capital); anywhere else it is a place.
//
// The country records list a few movements among their synonyms (FATAH_ under PALESTINE_); a
// name the actor dictionaries list with the Arabic article, which English transliteration
// writes or drops ("Al-Fatah", ORGANIZATION MEAREB), is that actor's and no place.
func PhoenixPlace(d *doc.Doc, name string) *lexicon.Country {
	if d.Phx == nil || KnownByName(d, name) != nil || d.Phx.Unique("Al-"+name, "") != nil {
		return nil
	}
	if iso, ok := d.Phx.Place(name); ok {
		return d.Lx.ByCode[iso]
	}
	return nil
}
